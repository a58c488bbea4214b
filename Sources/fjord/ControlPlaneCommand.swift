import ArgumentParser
import ControlPlane
import ControlPlaneRPC
import ControlPlaneServer
import Foundation
import Logging
import Metrics
import Policy
import Prometheus

/// `fjord control-plane`: the service agents call, backed by PostgreSQL.
struct ControlPlaneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "control-plane",
        abstract: "Run a control-plane replica: topics, offsets, the batch index and consumer groups, in PostgreSQL."
    )

    @Option(
        help:
            "PostgreSQL URL: postgres://USER:PASSWORD@HOST:PORT[,HOST:PORT...]/DATABASE[?sslmode=require][&target_session_attrs=read-write] (several hosts: the control plane follows the primary to a promoted standby); or set FJORD_POSTGRES_URL, which keeps the password out of the process list. PGPASSWORD is used when the URL has no password."
    )
    var postgres: String?

    @Option(help: "Address agents call.")
    var listen = HostPort(argument: "127.0.0.1:9700")!

    @Option(help: "URL other replicas and agents reach this one at (default http://LISTEN).")
    var advertise: String?

    @Option(help: "Drop an agent from the registry (and refuse its commits) after this long without a heartbeat.")
    var agentExpiry = Milliseconds(argument: "10s")!

    @Option(help: "TLS certificate chain (PEM): serve agents over HTTPS.")
    var tlsCert: String?

    @Option(help: "TLS private key (PEM), with --tls-cert. Both files are read again on SIGHUP.")
    var tlsKey: String?

    @Option(help: "A policy file (Policies/): stored as version 1 when PostgreSQL has no policy yet. Later versions come from `fjord policy apply`.")
    var policy: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .notice

    func run() async throws {
        guard (tlsCert == nil) == (tlsKey == nil) else { throw CommandFailure("--tls-cert and --tls-key go together") }
        var initialPolicy: (source: String, file: String)?
        if let policy {
            do {
                initialPolicy = try PolicyCommand.read(policy)
                _ = try PolicyParser.parse(initialPolicy!.source, file: policy)
            } catch {
                throw CommandFailure("the policy is invalid:\n\(error)")
            }
        }
        guard let postgres = postgres ?? ProcessInfo.processInfo.environment["FJORD_POSTGRES_URL"], !postgres.isEmpty else {
            throw CommandFailure("no PostgreSQL URL: pass --postgres or set FJORD_POSTGRES_URL")
        }
        let logger = Terminal.makeLogger(level: logLevel)
        let store: PostgresMetadataStore
        do {
            store = try await PostgresMetadataStore(
                url: PostgresConnectionURL(postgres), agentExpiry: .milliseconds(agentExpiry.value), logger: logger)
        } catch {
            throw CommandFailure(ControlPlaneError.message(for: error))
        }
        var configuration = ControlPlaneService.Configuration()
        configuration.host = listen.host
        configuration.port = listen.port
        configuration.advertisedURL = advertise
        configuration.agentExpiry = .milliseconds(agentExpiry.value)
        if let tlsCert, let tlsKey {
            do {
                configuration.tls = try ReloadableCertificate(certificateChain: tlsCert, privateKey: tlsKey)
            } catch {
                throw CommandFailure("\(error)")
            }
        }
        let reloading = configuration.tls?.reloadOnHangUp(logger: logger)
        defer { reloading?.cancel() }
        configuration.initialPolicy = initialPolicy
        let scheme = tlsCert == nil ? "http" : "https"
        let listen = self.listen
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        configuration.metricsText = {
            var text: [UInt8] = []
            registry.emit(into: &text)
            return String(decoding: text, as: UTF8.self)
        }
        configuration.onListening = { Terminal.say("control plane listening on \(scheme)://\(listen) (PostgreSQL \(store.url))") }
        let service = ControlPlaneService(store: store, configuration: configuration, logger: logger)
        do {
            try await Lifecycle.run([service], logger: logger, gracePeriod: .seconds(10))
        } catch {
            store.shutdown()
            throw CommandFailure("control plane stopped: \(ControlPlaneError.message(for: error))")
        }
        store.shutdown()
        Terminal.say("stopped")
    }
}

/// `fjord keys create|revoke|list`: agent keys, per agent group.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Manage agent keys. The database keeps only a hash of each key.",
        subcommands: [Create.self, Revoke.self, List.self]
    )

    struct Database: ParsableArguments {
        @Option(help: "PostgreSQL URL of the control plane.")
        var postgres: String

        init() {}
        init(postgres: String) { self.postgres = postgres }

        func open() async throws -> PostgresMetadataStore {
            do {
                return try await PostgresMetadataStore(url: PostgresConnectionURL(postgres), logger: Logger(label: "fjord") { _ in SwiftLogNoOpLogHandler() })
            } catch {
                throw CommandFailure(ControlPlaneError.message(for: error))
            }
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a key for an agent group and print it (it is shown only once).")
        @OptionGroup var database: Database
        @Option(help: "The agent group the key belongs to.")
        var group: String

        func run() async throws {
            let store = try await database.open()
            defer { store.shutdown() }
            do {
                Terminal.say(try await AgentKeys.create(group: group, in: store).key)
            } catch {
                throw CommandFailure(ControlPlaneError.message(for: error))
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key, by its id or the whole key. Agents using it are refused within seconds.")
        @OptionGroup var database: Database
        @Argument(help: "The key's id (as `fjord keys list` shows) or the key itself.")
        var key: String

        func run() async throws {
            let store = try await database.open()
            defer { store.shutdown() }
            guard (try? await AgentKeys.revoke(key, in: store)) == true else { throw CommandFailure("no such key") }
            Terminal.say("revoked")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List key ids and their groups.")
        @OptionGroup var database: Database

        func run() async throws {
            let store = try await database.open()
            defer { store.shutdown() }
            for key in try await AgentKeys.list(in: store) { Terminal.say("\(key.id)  \(key.group)  \(key.createdAt)") }
        }
    }
}
