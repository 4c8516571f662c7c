import Foundation
import Testing
import PostgresNIO
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

    /// libpq's `hostaddr`: the address is connected to, the name (if any) is the server's,
    /// which the certificate must carry and the password file is matched against.
    @Test func hostaddrGivesTheAddressAndHostStillNamesTheServer() throws {
        let named = try settings("postgres://u@db.example.com/d?hostaddr=10.0.0.5&sslmode=verify-full", environment: [:])
        #expect(named.endpoint == .tcp(host: "10.0.0.5", port: 5432))
        #expect(named.serverName == "db.example.com")
        let configuration = try PostgresTLSChoice.configuration(for: named)
        #expect(configuration.host == "10.0.0.5")
        #expect(configuration.options.tlsServerName == "db.example.com")
        let bare = try settings("postgres://u@/d", environment: ["PGHOSTADDR": "::1"])
        #expect(bare.endpoint == .tcp(host: "::1", port: 5432))
        #expect(bare.serverName == nil)
        #expect(throws: PostgresURLError.badHostAddress("db")) { try settings("postgres://h", environment: ["PGHOSTADDR": "db"]) }
    }

    /// libpq's `connect_timeout`: seconds, at least 2; zero, negative or none, no limit of its own.
    @Test(arguments: [
        ("postgres://h", [:], nil), ("postgres://h?connect_timeout=10", [:], 10), ("postgres://h?connect_timeout=1", [:], 2),
        ("postgres://h?connect_timeout=0", [:], nil), ("postgres://h?connect_timeout=-3", [:], nil),
        ("postgres://h", ["PGCONNECT_TIMEOUT": "7"], 7), ("postgres://h?connect_timeout=3", ["PGCONNECT_TIMEOUT": "7"], 3),
    ] as [(String, [String: String], Int?)])
    func connectTimeoutIsReadAsLibpqReadsIt(text: String, environment: [String: String], seconds: Int?) throws {
        let settings = try settings(text, environment: environment)
        #expect(settings.connectTimeout == seconds)
        let configuration = try PostgresTLSChoice.configuration(for: settings)
        #expect(configuration.options.connectTimeout == seconds.map { .seconds(Int64($0)) } ?? PostgresTLSChoice.unlimited)
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
