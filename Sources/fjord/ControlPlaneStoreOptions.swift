import ArgumentParser
import ControlPlane

/// Where the control plane keeps its users and API-managed ACLs: `--postgres URL`, or
/// `--data-dir DIR` of a playground (`fjord users`, `fjord acls`, `fjord policy history`).
struct ControlPlaneStoreOptions: ParsableArguments {
    @Option(help: "PostgreSQL URL of the control plane.")
    var postgres: String?
    @Option(help: "Data directory of a playground (its SQLite control plane), instead of --postgres.")
    var dataDir: String?

    func validate() throws {
        guard (postgres == nil) != (dataDir == nil) else { throw ValidationError("give one of --postgres and --data-dir") }
    }

    /// The store, and how to close it.
    func open() async throws -> (store: any UserStore & ACLStore, close: () -> Void) {
        try await Self.open(postgres: postgres, dataDir: dataDir)!
    }

    /// The control plane's store at `postgres` or in a playground's `dataDir` (nil when
    /// neither is given), and how to close it.
    static func open(postgres: String?, dataDir: String?) async throws -> (store: any UserStore & ACLStore, close: () -> Void)? {
        if let dataDir {
            do {
                return (try SQLiteMetadataStore(path: dataDir + "/metadata.sqlite"), {})
            } catch {
                throw CommandFailure(ControlPlaneError.message(for: error))
            }
        }
        guard let postgres else { return nil }
        let store = try await KeysCommand.Database(postgres: postgres).open()
        return (store, { store.shutdown() })
    }
}
