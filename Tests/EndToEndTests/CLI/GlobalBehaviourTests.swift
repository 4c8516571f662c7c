import Foundation
import Testing

@Suite(.serialized) struct GlobalBehaviourTests {
    @Test func versionPrintsTheVersionAndSucceeds() throws {
        let run = try Sandbox().run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.trimmingCharacters(in: .newlines).split(separator: ".").count == 3)
        #expect(run.stderr.isEmpty)
    }

    /// `--version` alone is answered before the parser is built; with any other argument the
    /// parser answers it. Both must print the same.
    @Test func versionAloneAndThroughTheParserPrintTheSame() throws {
        let sandbox = try Sandbox()
        let alone = try sandbox.run(["--version"])
        let parsed = try sandbox.run(["--db", sandbox.databasePath, "--version"])
        #expect(alone.status == 0 && parsed.status == 0)
        #expect(!alone.stdout.isEmpty && alone.stdout == parsed.stdout)
    }

    @Test func helpNamesEverySubcommand() throws {
        let run = try Sandbox().run(["--help"])
        #expect(run.status == 0)
        for name in ["tasks", "conversations", "show", "mcp"] {
            #expect(run.stdout.contains(name))
        }
    }

    @Test func anUnknownFlagIsAUsageError() throws {
        let run = try Sandbox().run(["tasks", "--colour"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--colour"))
        #expect(run.stdout.isEmpty)
    }

    @Test func aChatOptionGivenToAReadOnlyCommandIsAUsageError() throws {
        for arguments in [["tasks", "--model", "x"], ["--offline", "conversations"], ["show", "1", "-r", "2"]] {
            let run = try Sandbox().run(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr.contains("does not apply"), "\(arguments)")
        }
    }

    @Test func theDatabaseFileIsPrivate() throws {
        let sandbox = try Sandbox()
        let run = try sandbox.run(["tasks"])
        #expect(run.status == 0)
        let file = try FileManager.default.attributesOfItem(atPath: sandbox.databasePath)
        let folder = try FileManager.default.attributesOfItem(
            atPath: URL(fileURLWithPath: sandbox.databasePath).deletingLastPathComponent().path)
        #expect((file[.posixPermissions] as? Int) == 0o600)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
    }

    @Test func dbFlagWorksBeforeAndAfterTheSubcommand() throws {
        let sandbox = try Sandbox()
        let other = sandbox.folder.appendingPathComponent("other.db").path
        _ = try sandbox.run(["--db", other, "tasks"])
        #expect(FileManager.default.fileExists(atPath: other))
        let second = sandbox.folder.appendingPathComponent("second.db").path
        _ = try sandbox.run(["tasks", "--db", second])
        #expect(FileManager.default.fileExists(atPath: second))
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))
    }

    @Test func chattuiDBEnvironmentChoosesTheFile() throws {
        let sandbox = try Sandbox()
        let path = sandbox.folder.appendingPathComponent("env.db").path
        sandbox.environment["CHATTUI_DB"] = path
        #expect(try sandbox.run(["conversations"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func aFileThatIsNotADatabaseGivesOneLineAndStatusOne() throws {
        let sandbox = try Sandbox()
        let path = sandbox.folder.appendingPathComponent("notes.txt").path
        try String(repeating: "not a database\n", count: 200).write(toFile: path, atomically: true, encoding: .utf8)
        let run = try sandbox.run(["tasks", "--db", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains(path))
        #expect(run.stderr.trimmingCharacters(in: .newlines).split(separator: "\n").count == 1)
    }
}
