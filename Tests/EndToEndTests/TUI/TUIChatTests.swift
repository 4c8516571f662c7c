import AgentCore
import Foundation
import Persistence
import Testing
import TestSupport

/// Talking in the chat: offline, streaming from a server, interrupting, resuming.
extension TUITests {
    @Test(arguments: StoreBackend.available)
    func anOfflineMessageShowsTheReplyAndTheToolLine(backend: StoreBackend) async throws {
        let sandbox = try Sandbox(backend: backend)
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor(Self.freshStatus)

        try await screen.type("add a task to buy groceries")
        try await screen.press("Enter")

        // The turn is over once the status is idle again, in the conversation it created.
        let text = try await screen.waitFor("idle · #1 · offline/engine")
        #expect(text.contains("› add a task to buy groceries"))
        #expect(text.contains("✓ add_task  #1 Buy groceries"))
        #expect(text.contains("Added #1 Buy groceries."))
        let tasks = try await sandbox.listedTasks()
        #expect(tasks.map { $0["title"]?.stringValue } == ["Buy groceries"])
    }

    @Test func aStreamedReplyAppearsAsItArrivesAndEscStopsIt() async throws {
        // About 20 s of stream, so a busy machine's slow screen polls still see it unfinished;
        // Esc ends the test long before.
        let full = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen"
            + " and on it goes with many more words until the very last one which is fourteen"
        let server = try await FakeOpenAIServer.start(script: """
            [{"text": "\(full)", "chunk_size": 4, "delay_between_chunks": 0.5}]
            """)
        let sandbox = try Sandbox()
        sandbox.use(server)
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor("idle · new · 127.0.0.1")

        try await screen.type("Count for me")
        try await screen.press("Enter")

        // Part of the reply shows while the rest is still coming.
        let partial = try await screen.waitFor("the first words") { $0.contains("One two") }
        #expect(!partial.contains("the very last one"))
        #expect(partial.contains("streaming"))
        try await screen.press("Escape")
        let stopped = try await screen.waitFor("(interrupted)")
        #expect(stopped.contains("idle · #1"))
        #expect(!stopped.contains("the very last one"))

        // The turn saves what had streamed after the screen has moved on.
        let reply = try await eventually { try await sandbox.storedMessages(in: 1).last } until: { $0?.role == .assistant }
        let saved = try #require(reply)
        #expect(saved.role == .assistant)
        #expect(saved.interrupted)
        #expect(full.hasPrefix(saved.content) && saved.content.count < full.count && !saved.content.isEmpty)
        try server.expectEveryRequestValid()
    }

    @Test(arguments: StoreBackend.available)
    func resumingShowsTheConversationsHistory(backend: StoreBackend) async throws {
        let sandbox = try Sandbox(backend: backend)
        let conversations = try sandbox.conversationService()
        let (conversation, _) = try await conversations.startConversation(
            with: NewMessage(role: .user, content: "What should I pack for the trip?"))
        _ = try await conversations.append(
            NewMessage(role: .assistant, content: "Sunscreen, a hat and **good shoes**."), to: conversation.id)

        let screen = try await TmuxScreen(sandbox, chattui: "-r \(conversation.id)")

        _ = try await screen.waitFor("Sunscreen, a hat and good shoes.")
        // A capture can land between the transcript and the status bar of one frame.
        let text = try await screen.waitFor("idle · #\(conversation.id) · offline/engine")
        #expect(text.contains("Sunscreen, a hat and good shoes."))
        #expect(text.contains("› What should I pack for the trip?"))
    }

    @Test func anUnknownConversationIsAOneLineErrorBeforeTheScreenOpens() async throws {
        let screen = try await TmuxScreen(try Sandbox(), chattui: "-r 42")
        let text = try await screen.waitFor("EXITED 1")
        #expect(text.contains("Error: No conversation 42. Run 'chattui conversations' to list them."))
        #expect(!text.contains("idle"))
    }

    @Test func aHostileEscapeSequenceInAReplyNeverReachesTheTerminal() async throws {
        let hostile = #"Safe \u001b[2J\u001b]0;pwned\u0007text \u001b[31mred\u001b[0m end"#
        let server = try await FakeOpenAIServer.start(script: #"[{"text": "\#(hostile)", "chunk_size": 3}]"#)
        let sandbox = try Sandbox()
        sandbox.use(server)
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor("idle · new")

        try await screen.type("hello")
        try await screen.press("Enter")

        let text = try await screen.waitFor("idle · #1")
        #expect(text.contains("Safe text red end"))
        #expect(!text.contains("[2J"))
        #expect(!text.contains("pwned"))
        #expect(!text.contains("[31m"))
        #expect(text.contains("› hello"))
        #expect(try await screen.title() != "pwned\n")
    }
}

/// The open conversation follows what another process appends to it: through
/// `data_version` on SQLite, through the role's change notices on PostgreSQL.
extension TUITests {
    @Test(arguments: StoreBackend.available)
    func aMessageAppendedByAskAppearsInTheOpenChat(backend: StoreBackend) async throws {
        let sandbox = try Sandbox(backend: backend)
        let conversations = try sandbox.conversationService()
        let (conversation, _) = try await conversations.startConversation(
            with: NewMessage(role: .user, content: "What should I pack for the trip?"))
        let screen = try await TmuxScreen(sandbox, chattui: "-r \(conversation.id)")
        try await screen.waitFor("What should I pack for the trip?")

        // When another process adds a turn to the open conversation
        let run = try await sandbox.launch(["ask", "-r", "\(conversation.id)", "add a task to buy sunscreen"])
        #expect(run.status == 0, "\(run.stderr)")

        // Then its message, tool line and reply appear, each once
        let text = try await screen.waitFor("the appended turn") {
            $0.contains("› add a task to buy sunscreen") && $0.contains("add_task")
        }
        #expect(text.components(separatedBy: "add a task to buy sunscreen").count == 2)
    }
}
