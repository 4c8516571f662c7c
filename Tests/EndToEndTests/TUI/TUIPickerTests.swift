import Foundation
import Persistence
import Testing

/// The conversation picker (Ctrl-O) on the real binary: a title or content filter as it is
/// typed, and its keys behind `?`.
extension TUITests {
    @Test func thePickerFiltersByTitleAsItIsTyped() async throws {
        let sandbox = try Sandbox()
        let conversations = try sandbox.conversationService()
        for title in ["Pay the gas bill", "Dentist on Friday", "Split the bills with Sam", "Groceries"] {
            _ = try await conversations.startConversation(with: NewMessage(role: .user, content: title))
        }
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor(Self.freshStatus)

        try await screen.press("C-o")
        try await screen.waitFor("Conversations (4)")
        try await screen.type("/bill")
        let filtered = try await screen.waitFor("Conversations (2) · matching “bill”")
        #expect(filtered.contains("Split the bills with Sam"))
        #expect(filtered.contains("Pay the gas bill"))
        #expect(!filtered.contains("Dentist"))

        try await screen.press("Enter", "Enter")
        try await screen.waitFor("· #3 · offline/engine")
    }

    @Test func thePickerFiltersByWhatTheMessagesSay() async throws {
        let sandbox = try Sandbox()
        let conversations = try sandbox.conversationService()
        let (groceries, _) = try await conversations.startConversation(with: NewMessage(role: .user, content: "Groceries"))
        _ = try await conversations.append(NewMessage(role: .assistant, content: "And call the plumber."), to: groceries.id)
        _ = try await conversations.startConversation(with: NewMessage(role: .user, content: "Dentist on Friday"))
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor(Self.freshStatus)

        try await screen.press("C-o")
        try await screen.waitFor("Conversations (2)")
        try await screen.type("/plumb")
        let filtered = try await screen.waitFor("Conversations (1) · matching “plumb”")
        #expect(filtered.contains("#1  Groceries · in messages · 2 messages"))
        #expect(!filtered.contains("Dentist"))
    }

    @Test func questionMarkListsThePickersKeys() async throws {
        let sandbox = try Sandbox()
        _ = try await sandbox.conversationService().startConversation(with: NewMessage(role: .user, content: "Groceries"))
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor(Self.freshStatus)

        try await screen.press("C-o")
        let picker = try await screen.waitFor("Conversations (1)")
        #expect(picker.contains("?\u{A0}help  Enter\u{A0}open"))
        try await screen.type("?")
        let help = try await screen.waitFor("bring back the last one deleted this session")
        #expect(help.contains("↑/↓ PgUp/PgDn scroll · other keys: back"))
        try await screen.press("Escape")
        try await screen.waitFor("#1  Groceries")
    }
}
