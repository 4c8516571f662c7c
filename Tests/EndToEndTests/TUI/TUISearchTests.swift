import Foundation
import Persistence
import Testing

/// Ctrl-F on the real binary: the matches across conversations, and Enter opening the
/// conversation scrolled back to the matched message.
extension TUITests {
    @Test func ctrlFFindsAMessageAndEnterOpensTheConversationAtIt() async throws {
        let sandbox = try Sandbox()
        let conversations = try sandbox.conversationService()
        let (dentist, _) = try await conversations.startConversation(with: NewMessage(role: .user, content: "Dentist"))
        // The match is the second message of 61: far above the newest page's bottom screen.
        try conversations.append(
            contentsOf: [NewMessage(role: .assistant, content: "Ask about the molar crown.")]
                + (1...59).map { NewMessage(role: $0.isMultiple(of: 2) ? .user : .assistant, content: "filler \($0)") },
            to: dentist.id)
        _ = try await conversations.startConversation(with: NewMessage(role: .user, content: "Groceries"))
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor(Self.freshStatus)

        try await screen.press("C-f")
        try await screen.waitFor("Search:")
        try await screen.type("molar")
        try await screen.press("Enter")
        let found = try await screen.waitFor("Search “molar” · 1 match")
        #expect(found.contains("Dentist · "))
        #expect(found.contains("Ask about the molar crown."))

        try await screen.press("Enter")
        let opened = try await screen.waitFor("· #1 · offline/engine")
        #expect(opened.contains("Ask about the molar crown."))
        #expect(!opened.contains("filler 59"))
    }
}
