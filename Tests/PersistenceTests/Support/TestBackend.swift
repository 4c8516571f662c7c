import Foundation
import Testing
@testable import Persistence

/// The backends a parameterised suite runs on: SQLite always, PostgreSQL when the test
/// cluster is there (and under CI, where its absence must fail, not skip).
enum TestBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    static let available: [TestBackend] = PostgresTestCluster.shouldRun ? allCases : [.sqlite]

    var testDescription: String { rawValue }

    /// A fresh, empty chattui database on this backend, and whose tasks the services see
    /// there: chattui's user on SQLite, the connecting role on PostgreSQL. Keep `lifetime`
    /// alive as long as the database.
    func makeDatabase() throws -> (database: AppDatabase, user: UserID, lifetime: AnyObject) {
        switch self {
        case .sqlite:
            let (database, folder) = try makeTestDatabase()
            return (database, UserID("alice"), folder)
        case .postgres:
            let holder = try PostgresTestDatabase()
            let database = try holder.open()
            return (database, UserID(try #require(holder.url.user)), holder)
        }
    }

    /// Another person on the database `makeDatabase()` made, and who they are: another
    /// `CHATTUI_USER` on the same SQLite file, another role in `chattui_users` on PostgreSQL.
    func otherPerson(_ lifetime: AnyObject) throws -> (database: AppDatabase, user: UserID) {
        switch self {
        case .sqlite:
            return (try reopen(lifetime), UserID("bob"))
        case .postgres:
            let url = try #require(lifetime as? PostgresTestDatabase).makePerson("bob")
            return (try AppDatabase.open(location: .postgres(url), environment: [:]), UserID(try #require(url.user)))
        }
    }

    /// A second handle on the database `makeDatabase()` made, as another chattui process
    /// opens it: its own SQLite connections, or its own PostgreSQL connection.
    func reopen(_ lifetime: AnyObject) throws -> AppDatabase {
        switch self {
        case .sqlite: return try AppDatabase.open(path: try #require(lifetime as? TestFolder).databasePath)
        case .postgres: return try #require(lifetime as? PostgresTestDatabase).open()
        }
    }
}
