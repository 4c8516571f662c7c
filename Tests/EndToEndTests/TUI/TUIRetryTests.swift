import AgentCore
import Foundation
import Persistence
import Testing
import TestSupport

/// A reply whose stream drops, then Ctrl-R: the screen and the database tell the same story.
extension TUITests {
    @Test func aDroppedStreamIsMarkedInterruptedAndCtrlRAnswersAgain() async throws {
        let (sandbox, server) = try await DroppedStory.sandbox()
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor("idle · new · 127.0.0.1")

        // Given a reply whose connection drops after "Once upo"
        try await screen.type("Tell me a story")
        try await screen.press("Enter")
        let failed = try await screen.waitFor("Press Ctrl-R to try again.")
        #expect(failed.contains("Once upo\n(interrupted)"), "\(failed)")

        // When the person presses Ctrl-R
        try await screen.press("C-r")

        // Then the message is answered again, and the database holds what the screen shows
        let answered = try await screen.waitFor("idle · #1")
        #expect(answered.contains("Once upo\n(interrupted)"), "\(answered)")
        #expect(answered.contains("Once upon a time there was a list."), "\(answered)")
        let messages = try await sandbox.storedMessages(in: 1)
        #expect(messages.map(\.content) == ["Tell me a story", "Once upo", "Once upon a time there was a list."])
        #expect(messages.map(\.interrupted) == [false, true, false])
        try server.expectEveryRequestValid()
    }
}

/// A message left unanswered by an earlier run is answered after a restart.
extension TUITests {
    @Test func anUnansweredMessageIsMarkedAndCtrlRAnswersItAfterResuming() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"text": "Pack a hat."}]"#)
        let sandbox = try Sandbox()
        sandbox.use(server)
        // Given a conversation whose last message nobody answered (the earlier run crashed)
        let conversations = try sandbox.conversationService()
        let (conversation, _) = try await conversations.startConversation(
            with: NewMessage(role: .user, content: "What should I pack?"))

        // When it is resumed
        let screen = try await TmuxScreen(sandbox, chattui: "-r \(conversation.id)")
        let opened = try await screen.waitFor("not answered — Ctrl-R to retry")
        #expect(opened.contains("not answered · #\(conversation.id)"))

        // Then Ctrl-R answers it, without storing it twice
        try await screen.press("C-r")
        let answered = try await screen.waitFor("idle · #\(conversation.id)")
        #expect(answered.contains("Pack a hat."))
        #expect(!answered.contains("not answered"))
        let messages = try await sandbox.storedMessages(in: conversation.id)
        #expect(messages.map(\.content) == ["What should I pack?", "Pack a hat."])
        try server.expectEveryRequestValid()
    }
}
