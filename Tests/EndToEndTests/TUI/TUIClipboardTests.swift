import Foundation
import Testing
import TestSupport

/// `/copy` reaches the clipboard through the terminal (OSC 52), so it works over SSH and in
/// tmux, where no local clipboard tool could.
extension TUITests {
    @Test func slashCopyPutsTheLastReplyOnTheTerminalsClipboard() async throws {
        let screen = try await TmuxScreen(try Sandbox(), chattui: "")
        try await screen.waitFor(Self.freshStatus)
        try await screen.type("add a task to call mum")
        try await screen.press("Enter")
        try await screen.waitFor("idle · #1")

        try await screen.type("/copy")
        try await screen.press("Enter")

        try await screen.waitFor("Copied the last reply.")
        let copied = try await eventually { try await screen.clipboard() } until: { $0.contains("Call mum") }
        #expect(copied.contains("Added #1 Call mum"), "\(copied)")
        #expect(!copied.contains("add a task"), "the message sent was copied, not the reply: \(copied)")
    }
}
