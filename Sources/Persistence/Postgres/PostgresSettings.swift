/// Everything needed to connect, once the URL's gaps are filled the way libpq fills them:
/// `PGHOST`, `PGHOSTADDR`, `PGPORT`, `PGUSER`, `PGDATABASE`, `PGSSLMODE`,
/// `PGCONNECT_TIMEOUT`, then the defaults (Debian's
/// socket folder, port 5432, the login name, a database named after the user, `prefer`).
///
/// The password comes from the URL, else `PGPASSWORD`, else the password file; it is
/// never part of ``redacted`` or of any message.
public struct PostgresSettings: Hashable, Sendable {
    public enum Endpoint: Hashable, Sendable {
        /// The folder holding the server's socket `.s.PGSQL.<port>`.
        case socket(folder: String, port: Int)
        case tcp(host: String, port: Int)
    }

    public var endpoint: Endpoint
    public var user: String
    public var database: String
    public var password: String?
    public var sslMode: PostgresURL.SSLMode
    /// The name the server's certificate must carry when `hostaddr` gave the address to
    /// connect to and `host` the server's name; nil when the endpoint's host is that name.
    public var serverName: String?
    /// libpq's `connect_timeout`: how long connecting may take, in seconds, at least 2 (a
    /// 1 counts as 2); nil, from zero, a negative number or none given, waits as long as
    /// the system lets a connection attempt run.
    public var connectTimeout: Int?
    /// The URL as typed, password masked: for every message.
    public var redacted: String
    /// Said once to the person, such as a password file ignored for its permissions.
    public var warnings: [String]

    /// Where libpq on Debian looks for the server's socket when no host is named.
    public static let defaultSocketFolder = "/var/run/postgresql"

    /// A `PGSSLMODE` that is not one of libpq's values is refused, as a bad `sslmode` is.
    public init(
        _ url: PostgresURL, environment: [String: String], loginName: String, home: String?
    ) throws(PostgresURLError) {
        func variable(_ name: String) -> String? {
            environment[name].flatMap { $0.isEmpty ? nil : $0 }
        }
        let named = url.host ?? variable("PGHOST")
        var address = url.hostAddress
        if address == nil, let text = variable("PGHOSTADDR") { address = try PostgresURL.hostAddress(text) }
        // With only an address, libpq names the server by it, in the password file too.
        let host = named ?? address ?? Self.defaultSocketFolder
        let port = url.port ?? variable("PGPORT").flatMap(Int.init) ?? 5432
        if let address {
            endpoint = .tcp(host: address, port: port)
            serverName = host == address || host.hasPrefix("/") ? nil : host
        } else {
            endpoint = host.hasPrefix("/") ? .socket(folder: host, port: port) : .tcp(host: host, port: port)
        }
        var timeout = url.connectTimeout
        if timeout == nil, let text = variable("PGCONNECT_TIMEOUT") { timeout = try PostgresURL.connectTimeout(text) }
        connectTimeout = timeout.flatMap { $0 > 0 ? max($0, 2) : nil }
        user = url.user ?? variable("PGUSER") ?? loginName
        database = url.database ?? variable("PGDATABASE") ?? user
        if let mode = url.sslMode {
            sslMode = mode
        } else if let text = variable("PGSSLMODE") {
            guard let mode = PostgresURL.SSLMode(rawValue: text) else { throw .badSSLMode(text) }
            sslMode = mode
        } else {
            sslMode = .prefer
        }
        redacted = url.redacted
        warnings = []
        password = url.password ?? variable("PGPASSWORD")
        guard password == nil else { return }
        switch PasswordFile.load(environment: environment, home: home) {
        case .none:
            break
        case .ignored(let warning):
            warnings.append(warning)
        case .file(let file):
            let matchedHost = host == Self.defaultSocketFolder ? "localhost" : host
            password = file.password(host: matchedHost, port: port, database: database, user: user)
        }
    }
}
