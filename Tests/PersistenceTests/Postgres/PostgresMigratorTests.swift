import Foundation
import PostgresNIO
import Testing
@testable import Persistence

@Suite(.enabled(if: PostgresTestCluster.shouldRun, PostgresTestCluster.skipNote))
struct PostgresMigratorTests {
    @Test func theOwnersFirstRunMigratesAndRecordsEveryMigration() throws {
        let database = try PostgresTestDatabase()
        _ = try database.open()
        let raw = try PostgresSession.connect(PostgresTestCluster.settings(database.url))
        defer { raw.close() }
        let names = try raw.fetch("SELECT name FROM chattui_migrations ORDER BY applied_at, name") { try $0[0].decode(String.self) }
        #expect(Set(names) == Set(Schema.migrator.migrations).union(PostgresSchema.postgresOnly))
        let shared = PostgresSchema.migrations.map(\.name).filter { !PostgresSchema.postgresOnly.contains($0) }
        #expect(shared == Schema.migrator.migrations)
        // A second open finds nothing due and changes nothing.
        _ = try database.open()
        #expect(try raw.fetch("SELECT count(*) FROM chattui_migrations") { try $0[0].decode(Int64.self) } == [Int64(names.count)])
    }

    @Test func anotherRoleCannotMigrateAndIsToldWhoCan() throws {
        let database = try PostgresTestDatabase()
        let dave = try database.makePerson("dave")
        let owner = try #require(PostgresTestCluster.url?.user)
        #expect(throws: PostgresBackendError.notMigrated(url: dave.redacted, owner: owner)) {
            try AppDatabase.open(location: .postgres(dave), environment: [:])
        }
    }

    @Test func aDatabaseMigratedByANewerChattuiIsRefusedUntouched() throws {
        let database = try PostgresTestDatabase()
        _ = try database.open()
        let raw = try PostgresSession.connect(PostgresTestCluster.settings(database.url))
        defer { raw.close() }
        try raw.transaction { try $0.execute("INSERT INTO chattui_migrations (name) VALUES ('from-the-future')") }
        let before = try raw.fetch("SELECT name, applied_at FROM chattui_migrations ORDER BY name") {
            "\(try $0[0].decode(String.self)) \(try $0[1].decode(Date.self))"
        }
        #expect(throws: PostgresBackendError.newerSchema(url: database.url.redacted)) { try database.open() }
        #expect(try raw.fetch("SELECT name, applied_at FROM chattui_migrations ORDER BY name") {
            "\(try $0[0].decode(String.self)) \(try $0[1].decode(Date.self))"
        } == before)
    }

    @Test func aWrongPasswordIsAnErrorThatDoesNotShowIt() throws {
        var url = try PostgresTestCluster.requiredURL()
        url.password = "not-the-password"
        do {
            _ = try AppDatabase.open(location: .postgres(url), environment: [:])
            Issue.record("a wrong password connected")
        } catch {
            #expect("\(error)".hasPrefix("cannot connect to \(url.redacted)"))
            #expect(!"\(error)".contains("not-the-password"))
        }
    }
}
