import Foundation
import PostgresNIO
import Testing
@testable import Persistence

/// The throw-away cluster `make test` starts (scripts/postgres/), found through
/// `CHATTUI_TEST_POSTGRES_URL`: its owner role, which is not a superuser (superusers
/// bypass row-level security), may create databases and roles.
///
/// Without the URL, a test that needs it fails under CI and is skipped elsewhere, so a
/// CI run that lost its cluster cannot pass by running nothing.
enum PostgresTestCluster {
    static let url: PostgresURL? = ProcessInfo.processInfo.environment["CHATTUI_TEST_POSTGRES_URL"]
        .flatMap { try? PostgresURL(parsing: $0) }

    static let isRequired = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false

    /// For `.enabled(if:)`: run when there is a cluster, or when CI requires one.
    static let shouldRun = url != nil || isRequired

    static let skipNote: Comment =
        "no PostgreSQL test cluster: set CHATTUI_TEST_POSTGRES_URL, e.g. scripts/postgres/with_cluster.sh swift test"

    /// The cluster's URL, or a failure saying why there is none.
    static func requiredURL() throws -> PostgresURL {
        guard let url else { throw MissingCluster() }
        return url
    }

    /// `base` with another user, password or database, read back from text so that its
    /// redacted form names them too. The test cluster's names need no escaping.
    static func url(_ base: PostgresURL, user: String? = nil, password: String? = nil, database: String) -> PostgresURL {
        let login = [user ?? base.user, (password ?? base.password).map { ":" + $0 }].compactMap(\.self).joined()
        let host = base.host.map { $0.contains(":") ? "[\($0)]" : $0 } ?? ""
        let port = base.port.map { ":\($0)" } ?? ""
        let text = "postgresql://\(login)@\(host)\(port)/\(database)"
        guard let url = try? PostgresURL(parsing: text) else { preconditionFailure("unreadable test URL") }
        return url
    }

    static func settings(_ url: PostgresURL) throws -> PostgresSettings {
        try PostgresSettings(url, environment: [:], loginName: "chattui", home: nil)
    }

    struct MissingCluster: Error, CustomStringConvertible {
        var description: String {
            "CI is set but CHATTUI_TEST_POSTGRES_URL is not: `make test` starts the cluster (scripts/postgres/start.sh)"
        }
    }
}

/// A database of its own on the test cluster, created empty and dropped (with its
/// connections) when the last reference goes, as `TestFolder` removes its folder.
final class PostgresTestDatabase: Sendable {
    let url: PostgresURL
    let name: String
    private let admin: PostgresSession

    init() throws {
        let base = try PostgresTestCluster.requiredURL()
        admin = try PostgresSession.connect(PostgresTestCluster.settings(base))
        name = "chattui_t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try admin.run("CREATE DATABASE \(name)")
        url = PostgresTestCluster.url(base, database: name)
    }

    /// The database opened as chattui opens it, as the owner (so it is migrated).
    func open() throws -> AppDatabase {
        try AppDatabase.open(location: .postgres(url), environment: [:])
    }

    /// A login role in `chattui_users` with a password, dropped with the database.
    func makePerson(_ prefix: String) throws -> PostgresURL {
        let role = "\(prefix)_\(name.suffix(12))"
        // The group may not exist yet when this test runs before any database is migrated.
        try admin.run(PostgresSchema.groupRole)
        try admin.run("CREATE ROLE \(role) LOGIN PASSWORD 'pw-\(role)' IN ROLE chattui_users")
        roles.withLock { $0.append(role) }
        return PostgresTestCluster.url(url, user: role, password: "pw-\(role)", database: name)
    }

    deinit {
        try? admin.run("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        for role in roles.withLock({ $0 }) {
            try? admin.run("DROP ROLE IF EXISTS \(role)")
        }
        admin.close()
    }

    private let roles = LockedBox<[String]>([])
}

/// A value behind a lock, for state a `Sendable` class changes.
final class LockedBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        try lock.withLock { try body(&value) }
    }
}

extension PostgresSession {
    /// Runs one statement outside any transaction (CREATE DATABASE refuses to run in one).
    func run(_ sql: String) throws {
        _ = try connection.query(PostgresQuery(unsafeSQL: sql), logger: Self.logger).wait()
    }

    /// The rows of `sql` in a transaction, each decoded by `decode`.
    func fetch<T>(_ sql: PostgresQuery, _ decode: (PostgresRandomAccessRow) throws -> T) throws -> [T] {
        try transaction { try $0.rows(sql).map { try decode($0.makeRandomAccess()) } }
    }
}
