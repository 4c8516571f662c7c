import AgentCore
import Foundation
import Persistence
import Testing

/// `chattui mcp` against its real peer: the official Python `mcp` client (PyPI `mcp`
/// 2.3.0), run by `Tests/Fixtures/mcp_client/drive.py`, which reports what it checked.
@Suite(.serialized) struct OfficialClientTests {
    /// `auto` is the client's default: it probes `server/discover` and falls back to
    /// `initialize`; `legacy` goes straight to `initialize`.
    /// On each backend: a SQLite file, and a PostgreSQL database when the test cluster runs.
    @Test(arguments: ["auto", "legacy"], StoreBackend.available)
    func theOfficialClientUsesEveryToolAndSeesOtherProcessesChanges(mode: String, backend: StoreBackend) throws {
        let sandbox = try Sandbox()
        let postgres = backend == .postgres ? try PostgresScratchDatabase() : nil
        let database = postgres?.url ?? sandbox.databasePath
        sandbox.environment["CHATTUI_NOW"] = "2026-11-26T09:30:00Z"
        let handshake = sandbox.folder.appendingPathComponent("handshake", isDirectory: true)
        try FileManager.default.createDirectory(at: handshake, withIntermediateDirectories: true)
        let expectations = sandbox.folder.appendingPathComponent("tools.json")
        try Data(Self.toolsAsAgentCoreDefinesThem.text.utf8).write(to: expectations)
        let reportURL = sandbox.folder.appendingPathComponent("report.json")
        let driverErrors = try sandbox.outputFile("driver-stderr")

        let driver = try ChildProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", Self.driverPath, "--binary", Sandbox.binary.path, "--db", database,
                "--mode", mode, "--expect", expectations.path, "--handshake", handshake.path,
                "--report", reportURL.path,
            ],
            environment: sandbox.environment, stdin: FileHandle.nullDevice, stdout: driverErrors.handle,
            stderr: driverErrors.handle)
        let ready = handshake.appendingPathComponent("ready").path
        let reachedHandshake = driver.waitUntil(within: 120) { FileManager.default.fileExists(atPath: ready) }

        // Another process changes the tasks while the server runs: this one, through TaskService.
        if reachedHandshake {
            let tasks = try postgres?.tasks() ?? sandbox.taskService()
            let added = try tasks.add(TaskDraft(title: "Added by another process"))
            let go: JSONValue = ["task_id": .int(added.id), "title": .string(added.title)]
            try Data(go.text.utf8).write(to: handshake.appendingPathComponent("go"), options: .atomic)
        }
        let ending = driver.waitForExit(within: 120)
        let log = (try? String(contentsOf: driverErrors.url, encoding: .utf8)) ?? ""
        try #require(reachedHandshake, "the driver stopped before the handshake:\n\(log)")
        #expect(ending == .exited(0), "\(log)")

        let report = try JSONValue(parsing: String(contentsOf: reportURL, encoding: .utf8))
        #expect(report["failures"] == .array([]), "\(report.prettyText)\n\(log)")
        #expect((report["passed"]?.arrayValue?.count ?? 0) >= 50, "\(report.prettyText)")
        // Neither mode leaves a choice here: the SDK does not answer server/discover.
        #expect(report["handshake"] == "initialize")
        #expect(report["protocol_version"]?.stringValue?.hasPrefix("20") == true)

        let tasks = try sandbox.run(["tasks", "--json", "--db", database])
        let titles = try JSONValue(parsing: tasks.stdout)["tasks"]?.arrayValue?.compactMap { $0["title"]?.stringValue }
        #expect(
            titles == ["Buy groceries and fruits", "Water the plants", "Water the plants", "Added by another process"])

        // The agent's next turn rebuilds from the same file, so it answers with what MCP changed.
        // (Conversations, and so `ask`, do not run on PostgreSQL yet: docs/postgres.md.)
        guard backend == .sqlite else { return }
        let ask = try sandbox.run(["ask", "--offline", "show everything"])
        #expect(ask.status == 0, "\(ask.stderr)")
        #expect(ask.stdout.contains("Buy groceries and fruits"))
        #expect(ask.stdout.contains("Added by another process"))
    }

    /// What `tools/list` must say, straight from AgentCore: one definition, not two.
    static var toolsAsAgentCoreDefinesThem: JSONValue {
        [
            "tools": .array(
                TaskTool.allCases.map { tool in
                    [
                        "name": .string(tool.rawValue), "description": .string(tool.definition.description),
                        "inputSchema": tool.inputSchema, "outputSchema": tool.outputSchema,
                    ]
                })
        ]
    }

    static var driverPath: String {
        Sandbox.repositoryRoot.appendingPathComponent("Tests/Fixtures/mcp_client/drive.py").path
    }
}
