import Foundation
import Persistence
import Testing

/// Where an end-to-end test keeps its data: the sandbox's SQLite file, or a database on
/// the PostgreSQL test cluster when there is one (always under CI, where its absence fails).
enum StoreBackend: String, CaseIterable, Sendable {
    case sqlite, postgres

    static let available: [StoreBackend] = PostgresScratchDatabase.shouldRun ? allCases : [.sqlite]
}

/// An empty database on the test cluster `make test` starts (`CHATTUI_TEST_POSTGRES_URL`),
/// made with `psql` as its owner and dropped when the last reference goes.
///
/// Without the URL the suites using it are skipped, except under CI, where they fail.
final class PostgresScratchDatabase {
    static let baseURL = ProcessInfo.processInfo.environment["CHATTUI_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let shouldRun = baseURL != nil || !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty
    static let skipNote: Comment = "no PostgreSQL test cluster: set CHATTUI_TEST_POSTGRES_URL (make test does)"

    let name: String
    /// The database's URL with the owner's password in it, as a user would type it.
    let url: String
    let password: String

    init() throws {
        guard let text = Self.baseURL else { throw MissingCluster() }
        let base = try PostgresURL(parsing: text)
        name = "chattui_e2e_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        password = base.password ?? ""
        url = "postgresql://\(base.user ?? ""):\(password)@\(base.host ?? ""):\(base.port ?? 5432)/\(name)"
        try Self.psql(text, "CREATE DATABASE \(name)")
    }

    deinit {
        if let text = Self.baseURL {
            try? Self.psql(text, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }

    /// Tasks of the database's owner, written through Persistence as chattui would.
    func tasks() throws -> TaskService {
        let database = try AppDatabase.open(location: DatabaseLocation(url), environment: [:])
        let clock = TaskClock(timeZone: TimeZone(secondsFromGMT: 0) ?? .current)
        return TaskService(database: database, user: UserID("ignored"), clock: clock, source: .cli)
    }

    /// Polls the server until no connection to this database is left, such as the one a
    /// killed chattui held (the server drops it when the socket closes); false if one is
    /// still there after `seconds`. Close this process's own handles first.
    func waitUntilNobodyIsConnected(within seconds: Double) throws -> Bool {
        guard let base = Self.baseURL else { throw MissingCluster() }
        let deadline = Date().addingTimeInterval(seconds)
        let sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = '\(name)' AND client_port IS NOT NULL"
        repeat {
            if try Self.psqlValue(base, sql) == "0" { return true }
            usleep(20_000)
        } while Date() < deadline
        return false
    }

    /// The single value `sql` selects, as psql prints it unaligned.
    private static func psqlValue(_ url: String, _ sql: String) throws -> String {
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", url, "-c", sql]
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PsqlFailed(sql: sql) }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func psql(_ url: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", sql]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PsqlFailed(sql: sql) }
    }

    struct MissingCluster: Error, CustomStringConvertible {
        var description: String { "CI is set but CHATTUI_TEST_POSTGRES_URL is not: make test starts the cluster" }
    }

    struct PsqlFailed: Error, CustomStringConvertible {
        let sql: String
        var description: String { "psql failed: \(sql)" }
    }
}
