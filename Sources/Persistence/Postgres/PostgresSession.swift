import Foundation
internal import Logging
internal import PostgresNIO

/// One connection to a PostgreSQL server, used by the synchronous services as SQLite's
/// pool is: a call blocks its thread until the server has answered.
///
/// The blocking is `EventLoopFuture.wait()`: the work it waits for runs on SwiftNIO's
/// own event-loop threads, never on Swift's cooperative pool, so a caller that happens to
/// be on that pool (two threads here) holds one thread for a round trip but can never
/// deadlock it, which waiting on a `Task` could. Calls are serialised by a lock, so one
/// transaction owns the connection at a time, as one writer owns a SQLite file.
final class PostgresSession: Sendable {
    let connection: PostgresConnection
    /// The role that connected: the owner of every row this session may see.
    let sessionUser: String
    let redactedURL: String
    /// Other connections' change notices, heard once the chat screen first asks.
    let changes = PostgresChangeListener()
    private let lock = NSLock()

    private init(connection: PostgresConnection, sessionUser: String, redactedURL: String) {
        self.connection = connection
        self.sessionUser = sessionUser
        self.redactedURL = redactedURL
    }

    /// Connects, with TLS as `sslMode` asks on TCP (a Unix socket never uses TLS, as in libpq).
    static func connect(_ settings: PostgresSettings) throws -> PostgresSession {
        let configuration: PostgresConnection.Configuration
        do {
            configuration = try PostgresTLSChoice.configuration(for: settings)
        } catch {
            throw PostgresBackendError.cannotConnect(url: settings.redacted, reason: "TLS could not be set up: \(error)")
        }
        let loop = PostgresConnection.defaultEventLoopGroup.next()
        let connection: PostgresConnection
        do {
            connection = try PostgresConnection.connect(on: loop, configuration: configuration, id: 1, logger: logger).wait()
        } catch {
            throw PostgresBackendError.cannotConnect(url: settings.redacted, reason: PostgresErrorText.reason(error))
        }
        do {
            let user = try PostgresTransaction(connection: connection).value(String.self, "SELECT session_user::text")
            return PostgresSession(connection: connection, sessionUser: user, redactedURL: settings.redacted)
        } catch {
            try? connection.close().wait()
            throw error
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: (PostgresTransaction) throws -> T) throws -> T {
        try lock.withLock {
            let transaction = PostgresTransaction(connection: connection)
            try transaction.execute("BEGIN")
            do {
                let result = try body(transaction)
                try transaction.execute("COMMIT")
                return result
            } catch {
                try? transaction.execute("ROLLBACK")
                throw error
            }
        }
    }

    /// Runs `body`, which sends one statement, as that statement's own transaction: no
    /// `BEGIN` and `COMMIT` around it, so it costs one round trip instead of three. A
    /// statement is atomic and reads one snapshot by itself. A `body` that sends more than
    /// one (a diagnosis after a statement that matched nothing) must not need them together.
    func statement<T>(_ body: (PostgresTransaction) throws -> T) throws -> T {
        try lock.withLock { try body(PostgresTransaction(connection: connection)) }
    }

    /// Runs `body` as `span` says: in a transaction, or as the single statement it sends.
    func run<T>(_ span: PostgresSpan, _ body: (PostgresTransaction) throws -> T) throws -> T {
        switch span {
        case .transaction: return try transaction(body)
        case .statement: return try statement(body)
        }
    }

    /// Closes the connection; the session is unusable afterwards.
    func close() {
        try? connection.close().wait()
    }

    /// postgres-nio requires a connection closed before it goes away; the callback keeps it
    /// until the close is done, so nothing here waits.
    deinit {
        let connection = connection
        connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    /// postgres-nio's own log stays silent: chattui's front ends own stderr and the screen.
    static let logger = Logger(label: "chattui.postgres") { _ in SwiftLogNoOpLogHandler() }
}
