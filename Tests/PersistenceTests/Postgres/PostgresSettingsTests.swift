import Foundation
import Testing
@testable import Persistence

struct PostgresSettingsTests {
    @Test func libpqDefaultsFillWhatTheURLLeavesOut() throws {
        let settings = try settings("postgresql://", environment: [:])
        #expect(settings.endpoint == .socket(folder: "/var/run/postgresql", port: 5432))
        #expect(settings.user == "me")
        #expect(settings.database == "me")
        #expect(settings.sslMode == .prefer)
        #expect(settings.password == nil)
    }

    @Test func theEnvironmentComesBeforeTheDefaults() throws {
        let environment = ["PGHOST": "db", "PGPORT": "6000", "PGUSER": "bob", "PGDATABASE": "tasks", "PGSSLMODE": "require"]
        let settings = try settings("postgres://", environment: environment)
        #expect(settings.endpoint == .tcp(host: "db", port: 6000))
        #expect(settings.user == "bob")
        #expect(settings.database == "tasks")
        #expect(settings.sslMode == .require)
        let explicit = try self.settings("postgres://carol@h:7/d?sslmode=disable", environment: environment)
        #expect(explicit.endpoint == .tcp(host: "h", port: 7))
        #expect(explicit.user == "carol")
        #expect(explicit.sslMode == .disable)
    }

    @Test func aBadPGSSLModeIsRefused() {
        #expect(throws: PostgresURLError.badSSLMode("on")) { try settings("postgres://h", environment: ["PGSSLMODE": "on"]) }
    }

    @Test func thePasswordComesFromTheURLThenPGPASSWORDThenThePasswordFile() throws {
        let folder = try TestFolder()
        let passfile = folder.path + "/.pgpass"
        try "h:5432:d:u:from-file\nlocalhost:5432:d:u:socket-file\n".write(toFile: passfile, atomically: true, encoding: .utf8)
        chmod(passfile, 0o600)
        #expect(try settings("postgres://u:from-url@h/d", environment: ["PGPASSWORD": "env"], home: folder.path).password == "from-url")
        #expect(try settings("postgres://u@h/d", environment: ["PGPASSWORD": "env"], home: folder.path).password == "env")
        #expect(try settings("postgres://u@h/d", environment: [:], home: folder.path).password == "from-file")
        // The default socket folder matches `localhost`, as in libpq.
        #expect(try settings("postgres://u@/d", environment: [:], home: folder.path).password == "socket-file")
        #expect(try settings("postgres://u@h/d", environment: ["PGPASSFILE": folder.path + "/none"], home: folder.path).password == nil)
    }

    @Test func aPasswordFileOthersMayReadIsIgnoredWithAWarning() throws {
        let folder = try TestFolder()
        let passfile = folder.path + "/.pgpass"
        try "*:*:*:*:leaked\n".write(toFile: passfile, atomically: true, encoding: .utf8)
        chmod(passfile, 0o640)
        let settings = try settings("postgres://u@h/d", environment: [:], home: folder.path)
        #expect(settings.password == nil)
        #expect(settings.warnings == [
            "WARNING: password file \"\(passfile)\" has group or world access; permissions should be u=rw (0600) or less",
        ])
        chmod(passfile, 0o400)
        #expect(try self.settings("postgres://u@h/d", environment: [:], home: folder.path).password == "leaked")
    }

    @Test func aFolderInPlaceOfThePasswordFileIsIgnoredWithAWarning() throws {
        let folder = try TestFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/.pgpass", withIntermediateDirectories: false)
        let settings = try settings("postgres://u@h/d", environment: [:], home: folder.path)
        #expect(settings.warnings == ["WARNING: password file \"\(folder.path)/.pgpass\" is not a plain file"])
    }

    private func settings(_ text: String, environment: [String: String], home: String? = nil) throws -> PostgresSettings {
        try PostgresSettings(PostgresURL(parsing: text), environment: environment, loginName: "me", home: home)
    }
}
