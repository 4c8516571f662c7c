/// Which backend holds the data, decided by how `--db` / `CHATTUI_DB` is written: a
/// `postgres://` or `postgresql://` URL names a PostgreSQL database, anything else is
/// the path of a SQLite file.
public enum DatabaseLocation: Hashable, Sendable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresURL)

    /// A malformed PostgreSQL URL is refused here, before anything connects.
    public init(_ text: String) throws(PostgresURLError) {
        if PostgresURL.isURL(text) {
            self = .postgres(try PostgresURL(parsing: text))
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The path, or the URL with its password masked: safe for any message.
    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let url): url.redacted
        }
    }
}
