import Foundation
import Persistence
import Testing

/// Ctrl-F on the real binary: the matches across conversations, and Enter opening the
/// conversation scrolled back to the matched message.
extension TUITests {
    @Test(arguments: StoreBackend.available)
    func ctrlFFindsAMessageAndEnterOpensTheConversationAtIt(backend: StoreBackend) async throws {
        let sandbox = try Sandbox(backend: backend)
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

/// More matches than one window holds: the header counts them all and `G` reaches the oldest.
extension TUITests {
    @Test func ctrlFPagesThroughMoreThanTwoHundredMatches() async throws {
        let sandbox = try Sandbox()
        let conversations = try sandbox.conversationService()
        let (bills, _) = try await conversations.startConversation(with: NewMessage(role: .user, content: "Paperwork"))
        try conversations.append(
            contentsOf: (0..<260).map { NewMessage(role: $0.isMultiple(of: 2) ? .assistant : .user, content: "invoice \($0)") },
            to: bills.id)
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor(Self.freshStatus)

        try await screen.press("C-f")
        try await screen.waitFor("Search:")
        try await screen.type("invoice")
        try await screen.press("Enter")
        // The header counts the matches before the newest page of them is painted.
        let found = try await screen.waitFor("Search “invoice” · 260 matches") { screen in
            screen.contains("Search “invoice” · 260 matches") && screen.contains("invoice 259")
        }
        #expect(found.contains("invoice 259"))

        try await screen.press("G")
        let oldest = try await screen.waitFor("the oldest match") { screen in
            screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "invoice 0" }
        }
        #expect(!oldest.contains("invoice 259"))
        #expect(oldest.contains("Search “invoice” · 260 matches"))
    }
}
