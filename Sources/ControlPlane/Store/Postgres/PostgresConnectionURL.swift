import Foundation
import KafkaProtocol
import Logging
import NIOSSL
import PostgresNIO

/// Parses `postgres://USER[:PASSWORD]@HOST[:PORT][,HOST[:PORT]...]/DATABASE[?OPTIONS]` into
/// postgres-nio configurations, as libpq reads it. A URL without a password takes `PGPASSWORD`.
///
/// Options: `sslmode=disable|prefer|require` and `target_session_attrs=any|read-write|primary`.
/// With several hosts, connections go to the first that answers; with `read-write` or
/// `primary`, to the first that is not a standby, so that a promoted standby is found after a
/// failover (RDS, Patroni). `PostgresPrimaryPool` follows the primary as it moves.
public struct PostgresConnectionURL: Sendable, CustomStringConvertible {
    /// One server: a host and its port.
    public struct Server: Sendable, Hashable, CustomStringConvertible {
        public var host: String
        public var port: Int
        public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
    }

    public var servers: [Server]
    public var username: String
    public var password: String?
    public var database: String
    public var sslMode: String
    public var targetSessionAttrs: String

    /// The first server's host and port.
    public var host: String { servers[0].host }
    public var port: Int { servers[0].port }

    /// Whether connections must land on a server that takes writes.
    public var requiresPrimary: Bool { targetSessionAttrs != "any" }

    public init(_ text: String) throws {
        let usage = "'\(Self.redacted(text))' is not a PostgreSQL URL (postgres://USER:PASSWORD@HOST:PORT[,HOST:PORT...]/DATABASE)"
        guard let schemeEnd = text.range(of: "://") else { throw ControlPlaneError(.invalidRequest, usage) }
        // libpq's host lists ("h1:5432,h2:5433") are not one URL authority: each host is parsed
        // on its own, and the rest of the URL with the first host in place of the list.
        let afterScheme = text[schemeEnd.upperBound...]
        let authorityEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" } ?? afterScheme.endIndex
        let authority = afterScheme[..<authorityEnd]
        let userInfoEnd = authority.lastIndex(of: "@")
        let hostList = userInfoEnd.map { authority[authority.index(after: $0)...] } ?? authority
        let userInfo = userInfoEnd.map { String(authority[...$0]) } ?? ""
        var servers: [Server] = []
        for part in hostList.split(separator: ",", omittingEmptySubsequences: false) {
            guard let parsed = URLComponents(string: "postgres://\(part)"), let host = parsed.host, !host.isEmpty else {
                throw ControlPlaneError(.invalidRequest, usage)
            }
            // IPv6 literals keep their brackets in URLComponents; connections want the address.
            let address = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
            servers.append(Server(host: address, port: parsed.port ?? 5432))
        }
        let rest = String(text[..<schemeEnd.upperBound]) + userInfo + (hostList.split(separator: ",").first.map(String.init) ?? "")
        guard let url = URLComponents(string: rest + afterScheme[authorityEnd...]), ["postgres", "postgresql"].contains(url.scheme ?? ""), !servers.isEmpty
        else {
            throw ControlPlaneError(.invalidRequest, usage)
        }
        self.servers = servers
        self.username = url.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        self.password = url.password.flatMap { $0.removingPercentEncoding } ?? ProcessInfo.processInfo.environment["PGPASSWORD"]
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        self.database = path.isEmpty ? self.username : path
        self.sslMode = url.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        guard ["disable", "prefer", "require"].contains(sslMode) else {
            throw ControlPlaneError(.invalidRequest, "sslmode must be disable, prefer or require, got '\(sslMode)'")
        }
        self.targetSessionAttrs = url.queryItems?.first { $0.name == "target_session_attrs" }?.value ?? "any"
        guard ["any", "read-write", "primary"].contains(targetSessionAttrs) else {
            throw ControlPlaneError(
                .invalidRequest,
                "target_session_attrs must be any, read-write or primary (Fjord writes, so standbys are no use to it), got '\(targetSessionAttrs)'")
        }
    }

    /// The URL without its password, for messages.
    public var description: String { "postgres://\(username)@\(servers.map(\.description).joined(separator: ","))/\(database)" }

    private static func redacted(_ text: String) -> String {
        text.replacingOccurrences(of: #"([^:/@]+):[^@/]+@"#, with: "$1:***@", options: .regularExpression)
    }

    /// The pool's configuration for one server.
    func clientConfiguration(_ server: Server) throws -> PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS =
            switch sslMode {
            case "disable": .disable
            case "require": .require(.makeClientConfiguration())
            default: .prefer(.makeClientConfiguration())
            }
        var configuration = PostgresClient.Configuration(
            host: server.host, port: server.port, username: username, password: password, database: database, tls: tls)
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }

    /// A single connection's configuration for one server (the first by default). A TLS
    /// context that cannot be made is an error, never a silent fall back to plain text.
    public func connectionConfiguration(_ server: Server? = nil) throws -> PostgresConnection.Configuration {
        let server = server ?? servers[0]
        let tls: PostgresConnection.Configuration.TLS =
            switch sslMode {
            case "disable": .disable
            case "require": .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            default: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
        var configuration = PostgresConnection.Configuration(
            host: server.host, port: server.port, username: username, password: password, database: database, tls: tls)
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }

    /// The first server that answers and, if `requiresPrimary`, takes writes, as libpq picks
    /// one. Throws, naming each server and why it was passed over, when none fits.
    public func connect(id: Int, logger: Logger) async throws -> (PostgresConnection, Server) {
        var passedOver: [String] = []
        for server in servers {
            let connection: PostgresConnection
            do {
                connection = try await PostgresConnection.connect(configuration: try connectionConfiguration(server), id: id, logger: logger)
            } catch {
                passedOver.append("\(server): \(String(describing: error).prefix(200))")
                continue
            }
            guard requiresPrimary else { return (connection, server) }
            do {
                if try await Self.takesWrites(connection, logger: logger) { return (connection, server) }
                passedOver.append("\(server): a standby or read-only")
            } catch {
                passedOver.append("\(server): \(String(describing: error).prefix(200))")
            }
            try? await connection.close()
        }
        throw ControlPlaneError(
            .kafkaStorageError, "no \(requiresPrimary ? "read-write " : "")PostgreSQL server at \(self): \(passedOver.joined(separator: "; "))")
    }

    /// Whether the server behind `connection` takes writes (not in recovery, not read-only).
    static func takesWrites(_ connection: PostgresConnection, logger: Logger) async throws -> Bool {
        let rows = try await connection.query(
            "SELECT NOT pg_is_in_recovery() AND current_setting('transaction_read_only') = 'off'", logger: logger)
        for try await writable in rows.decode(Bool.self) { return writable }
        return false
    }
}
