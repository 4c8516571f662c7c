/// Where a PostgreSQL database is and how to reach it, as a `postgres://` or
/// `postgresql://` URL in libpq's form says: every part may be missing, and the
/// connection settings (``PostgresSettings``) fill the gaps as libpq does.
///
/// The password is kept only to connect; ``redacted`` is the form for any message.
public struct PostgresURL: Hashable, Sendable {
    public var user: String?
    public var password: String?
    /// A host name, an IP address (an IPv6 one without its brackets), or, starting with
    /// `/`, the folder holding the server's Unix socket.
    public var host: String?
    public var port: Int?
    public var database: String?
    public var sslMode: SSLMode?
    /// libpq's `hostaddr`: the server's numeric IP address, connected to without looking a
    /// name up; `host`, when given too, still names the server for the certificate check
    /// and the password file.
    public var hostAddress: String?
    /// libpq's `connect_timeout` in seconds, as written: see ``PostgresSettings/connectTimeout``.
    public var connectTimeout: Int?
    /// The text it was read from, with the password masked.
    public let redacted: String

    public init(
        user: String? = nil, password: String? = nil, host: String? = nil, port: Int? = nil,
        database: String? = nil, sslMode: SSLMode? = nil, hostAddress: String? = nil, connectTimeout: Int? = nil,
        redacted: String
    ) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.sslMode = sslMode
        self.hostAddress = hostAddress
        self.connectTimeout = connectTimeout
        self.redacted = redacted
    }

    /// libpq's `sslmode` values: whether TLS is tried, required, and what it checks.
    public enum SSLMode: String, Hashable, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    /// True when the text names a PostgreSQL database rather than a SQLite file.
    public static func isURL(_ text: String) -> Bool {
        schemes.contains { text.hasPrefix($0) }
    }

    static let schemes = ["postgresql://", "postgres://"]
}
