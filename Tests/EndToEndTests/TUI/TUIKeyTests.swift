import Foundation
import Persistence
import Testing

/// Keys as a terminal sends them, decoded by the real curses under tmux-256color.
extension TUITests {
    /// A sandbox holding one conversation of 60 short messages; its id.
    private func seededConversation(in sandbox: Sandbox) async throws -> Int64 {
        let conversations = try sandbox.conversationService()
        let (conversation, _) = try await conversations.startConversation(
            with: NewMessage(role: .user, content: "message 1"))
        for number in 2...60 {
            let role: MessageRole = number.isMultiple(of: 2) ? .assistant : .user
            _ = try await conversations.append(NewMessage(role: role, content: "message \(number)"), to: conversation.id)
        }
        return conversation.id
    }

    @Test func ctrlEndFollowsAgainAfterPageUp() async throws {
        let sandbox = try Sandbox()
        let id = try await seededConversation(in: sandbox)
        let screen = try await TmuxScreen(sandbox, chattui: "-r \(id)")
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

    /// Where terminfo lists other sequences than tmux sends, the raw ones are decoded.
    @Test(arguments: ["vt100", "linux", "screen"])
    func pagingKeysWorkOnOlderTerminalTypes(term: String) async throws {
        let sandbox = try Sandbox()
        let id = try await seededConversation(in: sandbox)
        let screen = try await TmuxScreen(sandbox, running: "TERM=\(term) chattui -r \(id); echo EXITED $?; exec cat")
        try await screen.waitFor("message 60")

        try await screen.press("PPage")
        try await screen.waitFor("to follow")
        try await screen.press("Home")
        try await screen.waitFor("the top") { $0.contains("message 1\n") || $0.contains("message 1 ") }
        try await screen.press("NPage")
        try await screen.press("End")
        try await screen.waitFor("the bottom again") { $0.contains("message 60") && !$0.contains("to follow") }
    }

    /// tmux reports the wheel only to a program that asked for mouse reports, in the form it
    /// asked for: curses asks where terminfo names a mouse, the app itself elsewhere (vt100).
    @Test(arguments: ["tmux-256color", "vt100", "linux", "screen"])
    func theWheelScrollsOnEveryTerminalType(term: String) async throws {
        let sandbox = try Sandbox()
        let id = try await seededConversation(in: sandbox)
        let screen = try await TmuxScreen(sandbox, running: "TERM=\(term) chattui -r \(id); echo EXITED $?; exec cat")
        try await screen.waitFor("message 60")

        let modes = try await screen.mouseModes()
        #expect(modes.reports, "no mouse reports asked for under \(term)")
        // The wheel turned up at column 10, row 5.
        let wheelUp = modes.sgr ? Array("\u{1B}[<64;10;5M".utf8) : [0x1B, 0x5B, 0x4D, 32 + 64, 32 + 10, 32 + 5]
        for _ in 0..<3 { try await screen.send(bytes: wheelUp) }
        let text = try await screen.waitFor("to follow")
        #expect(!text.contains(";10;5") && !text.contains("+&"), "a report typed its bytes into the input")
        // And turned down as far, back to following the newest text.
        let wheelDown = modes.sgr ? Array("\u{1B}[<65;10;5M".utf8) : [0x1B, 0x5B, 0x4D, 32 + 65, 32 + 10, 32 + 5]
        for _ in 0..<3 { try await screen.send(bytes: wheelDown) }
        try await screen.waitFor("the bottom again") { $0.contains("message 60") && !$0.contains("to follow") }
    }

    @Test func f1ShowsEveryKeyAndEscGoesBack() async throws {
        let screen = try await TmuxScreen(try Sandbox(), chattui: "")
        try await screen.waitFor(Self.freshStatus)
        try await screen.press("F1")
        // Waiting for the title alone can catch the overlay half painted.
        let help = try await screen.waitFor("put back what was cut last")
        #expect(help.contains("Keys and commands"))
        #expect(help.contains("Ctrl-Y                  put back what was cut last"))
        try await screen.press("End")
        try await screen.waitFor("/resume ID")
        try await screen.press("Escape")
        try await screen.waitFor("Tell me what to remember")
    }
}
