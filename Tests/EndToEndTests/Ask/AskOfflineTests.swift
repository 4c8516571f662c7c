import AgentCore
import Foundation
import Persistence
import Testing

/// `chattui ask` on the offline engine: no server, the same turn loop and database.
@Suite(.serialized) struct AskOfflineTests {
    @Test(arguments: StoreBackend.available)
    func aTaskAddedInOneProcessIsListedByTheNext(backend: StoreBackend) async throws {
        let sandbox = try Sandbox(backend: backend)

        let add = try await sandbox.launch(["ask", "add", "a", "task", "to", "buy", "groceries"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout == "Added #1 Buy groceries.\n")
        #expect(add.errorLines == ["✓ add_task  #1 Buy groceries", "conversation 1"])

        let show = try await sandbox.launch(["ask", "-r", "1", "show my tasks"])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("#1 ☐ Buy groceries"))
        #expect(show.errorLines == ["✓ list_tasks  1 task", "conversation 1"])

        #expect(try await sandbox.listedTasks().map { $0["title"]?.stringValue } == ["Buy groceries"])
        let messages = try await sandbox.storedMessages(in: 1)
        #expect(messages.map(\.role) == [.user, .assistant, .tool, .assistant, .user, .assistant, .tool, .assistant])
        #expect(messages.filter { $0.role == .assistant }.allSatisfy { $0.model == "offline" })
    }

    /// Escape sequences typed or pasted into the message (a terminal title, a clear screen)
    /// are kept in the saved message, as every byte is, and are no part of the task's title.
    @Test func escapeSequencesInTheMessageLeaveNoTraceInTheTask() async throws {
        let sandbox = try Sandbox(backend: .sqlite)

        let add = try await sandbox.launch(["ask", "add \u{1B}]0;pwned\u{07}buy milk \u{1B}[2Jtomorrow"])

        #expect(add.status == 0, "\(add.stderr)")
        #expect(try await sandbox.listedTasks().map { $0["title"]?.stringValue } == ["Buy milk"])
        #expect(try await sandbox.storedMessages(in: 1).first?.content == "add \u{1B}]0;pwned\u{07}buy milk \u{1B}[2Jtomorrow")
    }

    @Test(arguments: StoreBackend.available)
    func undoThatRevertsTheNewestChangeEvenOneMadeElsewhere(backend: StoreBackend) async throws {
        // Given a task added through the chat and then completed by another process
        let sandbox = try Sandbox(backend: backend)
        _ = try await sandbox.launch(["ask", "add a task to buy milk"])
        _ = try sandbox.taskService().complete(id: 1)

        // When the person asks to undo, twice
        let first = try await sandbox.launch(["ask", "-c", "undo that"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Undid"))
        #expect(try await sandbox.listedTasks().map { $0["completed"] } == [false])
        let second = try await sandbox.launch(["ask", "-c", "undo"])
        #expect(second.stdout.contains("Undid"))

        // Then the completion and then the add are gone
        #expect(try await sandbox.listedTasks().isEmpty)
        let third = try await sandbox.launch(["ask", "-c", "undo"])
        #expect(third.stdout == "There's nothing to undo.\n")
    }

    @Test func sharedOptionsWorkBeforeTheSubcommandToo() async throws {
        let sandbox = try Sandbox()
        _ = try await sandbox.launch(["ask", "add a task to pay bills"])

        let run = try await sandbox.launch(["--offline", "-r", "1", "ask", "what's pending?"])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("#1 ☐ Pay bills"))
        #expect(run.errorLines.last == "conversation 1")
    }

    @Test(arguments: StoreBackend.available)
    func continueTakesTheMostRecentConversationOrStartsOne(backend: StoreBackend) async throws {
        let sandbox = try Sandbox(backend: backend)

        let first = try await sandbox.launch(["ask", "-c", "add a task to call mom"])
        let second = try await sandbox.launch(["ask", "-c", "show my tasks"])

        #expect(first.errorLines.last == "conversation 1")
        #expect(second.errorLines.last == "conversation 1")
        #expect(second.stdout.contains("Call mom"))
    }

    @Test func aDashReadsTheMessageFromStdin() async throws {
        let sandbox = try Sandbox()

        let dash = try await sandbox.launch(["ask", "-"], stdin: "add a task to water the plants\n")
        let piped = try await sandbox.launch(["ask", "-r", "1"], stdin: "show my tasks")

        #expect(dash.status == 0, "\(dash.stderr)")
        #expect(dash.stdout == "Added #1 Water the plants.\n")
        #expect(piped.stdout.contains("Water the plants"))
        #expect(try await sandbox.storedMessages(in: 1).first?.content == "add a task to water the plants\n")
    }

    @Test func textAfterADoubleDashIsTheMessageEvenWithDashes() async throws {
        let sandbox = try Sandbox()

        let run = try await sandbox.launch(["ask", "--", "remove", "task", "-1"])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(try await sandbox.storedMessages(in: 1).first?.content == "remove task -1")
    }

    @Test func anEmptyMessageIsAUsageError() async throws {
        let sandbox = try Sandbox()
        for (arguments, stdin) in [(["ask", "  "], nil), (["ask"], ""), (["ask", "-"], "\n\n")] as [([String], String?)] {
            let run = try await sandbox.launch(arguments, stdin: stdin)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr.contains("The message is empty"), "\(arguments)")
            #expect(run.stderr.contains("Usage: chattui ask"), "\(arguments)")
        }
        #expect(try await sandbox.launch(["conversations", "--json"]).stdout.contains("[]"))
    }

    @Test func anUnknownConversationIsOneLineAndStatusOne() async throws {
        let sandbox = try Sandbox()

        let run = try await sandbox.launch(["ask", "-r", "99", "hello"])

        #expect(run.status == 1)
        #expect(run.errorLines == ["Error: No conversation 99. Run 'chattui conversations' to list them."])
        #expect(run.stdout.isEmpty)
        #expect(try await sandbox.launch(["conversations", "--json"]).stdout.contains("[]"))
    }

    @Test func jsonPrintsOneObjectWithTheReplyAndTheToolCalls() async throws {
        let sandbox = try Sandbox()

        let run = try await sandbox.launch(["ask", "--json", "add a task to buy milk"])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let object = try JSONValue(parsing: run.stdout)
        #expect(object["conversation_id"] == 1)
        #expect(object["reply"] == "Added #1 Buy milk.")
        #expect(object["interrupted"] == false)
        #expect(object["cut_off"] == false)
        #expect(object["usage"] == .null)
        #expect(object["model"] == "offline")
        let call = try #require(object["tool_calls"]?.arrayValue?.first)
        #expect(call["name"] == "add_task")
        #expect(try JSONValue(parsing: call["arguments"]?.stringValue ?? "")["title"] == "Buy milk")
        #expect(call["result"]?["task_id"] == 1)
        #expect(call["result"]?["status"] == "created")
    }

    @Test func aReaderThatGoesAwayDoesNotStopTheTurnBeingSaved() async throws {
        let sandbox = try Sandbox()

        let status = try await ClosedStdoutRun(sandbox: sandbox, arguments: ["ask", "add a task to read a book"]).status()

        #expect(status == 0)
        #expect(try await sandbox.listedTasks().count == 1)
        #expect(try await sandbox.storedMessages(in: 1).last?.content == "Added #1 Read a book.")
    }
}

/// Runs `chattui` with stdout a pipe whose reading end is already closed, as with
/// `chattui ask … | true`: every write to stdout fails with EPIPE.
private struct ClosedStdoutRun: @unchecked Sendable {
    let sandbox: Sandbox
    let arguments: [String]

    func status() async throws -> Int32 {
        let process = Process()
        process.executableURL = Sandbox.binary
        process.arguments = arguments
        process.environment = sandbox.environment
        let output = Pipe()
        try output.fileHandleForReading.close()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        return try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
    }
}
