/// What went wrong with a PostgreSQL database, worded for the person running chattui.
///
/// Every case names the database by its redacted URL: none carries a password.
public enum PostgresBackendError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The server could not be reached or refused the login.
    case cannotConnect(url: String, reason: String)
    /// The server refused a statement; `state` is its SQLSTATE.
    case server(message: String, state: String)
    /// Nobody has migrated the database yet, and only its owner may.
    case notMigrated(url: String, owner: String)
    /// A newer chattui migrated it: this one does not know its schema and leaves it alone.
    case newerSchema(url: String)
    /// A part of chattui that does not run on PostgreSQL yet.
    case notYetSupported(String)

    public var description: String {
        switch self {
        case .cannotConnect(let url, let reason):
            "cannot connect to \(url): \(reason)"
        case .server(let message, let state):
            "the PostgreSQL server refused: \(message) (SQLSTATE \(state))"
        case .notMigrated(let url, let owner):
            "\(url) has no chattui tables yet; its owner (\(owner)) must run chattui on it once to create them"
        case .newerSchema(let url):
            "\(url) was set up by a newer chattui; upgrade chattui to use it (it was left untouched)"
        case .notYetSupported(let feature):
            "\(feature) does not work on a PostgreSQL database yet; use a SQLite file for it"
        }
    }
}
