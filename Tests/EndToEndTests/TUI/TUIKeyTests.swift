import Foundation
import Persistence
import Testing

/// Keys as a terminal sends them, decoded by the real curses under tmux-256color.
extension TUITests {
    @Test func ctrlEndFollowsAgainAfterPageUp() async throws {
        let sandbox = try Sandbox()
        let conversations = try sandbox.conversationService()
        let (conversation, _) = try await conversations.startConversation(
            with: NewMessage(role: .user, content: "message 1"))
        for number in 2...60 {
            let role: MessageRole = number.isMultiple(of: 2) ? .assistant : .user
            _ = try await conversations.append(NewMessage(role: role, content: "message \(number)"), to: conversation.id)
        }
        let screen = try await TmuxScreen(sandbox, chattui: "-r \(conversation.id)")
        try await screen.waitFor("message 60")

        // Given the pane scrolled up a page and a draft in the input, so End edits it
        try await screen.type("draft")
        try await screen.press("PPage")
        try await screen.waitFor("End or Ctrl-End to follow")

        // When Ctrl-End is pressed
        try await screen.press("C-End")

        // Then the pane follows the newest message again, the draft untouched
        let text = try await screen.waitFor("the newest message") {
            $0.contains("message 60") && !$0.contains("to follow")
        }
        #expect(text.contains("draft"))
    }
}
