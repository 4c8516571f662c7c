import Foundation
import Testing

/// The task panel under tmux at 140×40: it follows the offline engine's turn in this window
/// and another process's write, without a key press.
extension TUITests {
    @Test func thePanelFollowsTheAgentAndAnotherProcess() async throws {
        let sandbox = try Sandbox()
        let screen = try await TmuxScreen(sandbox, chattui: "", cols: 140, rows: 40)
        try await screen.waitFor("F3 panel")
        try await screen.press("F3")
        try await screen.waitFor("Tasks · 0 pending")

        try await screen.type("add buy groceries tomorrow")
        try await screen.press("Enter")
        let added = try await screen.waitFor("the added task in the panel") {
            $0.contains("Tasks · 1 pending") && $0.contains("tmrw     Buy groceries")
        }
        #expect(added.contains("│ tmrw     Buy groceries"))

        let other = try await sandbox.launch(["ask", "--offline", "add call the plumber"])
        #expect(other.status == 0, "\(other.stderr)")
        let followed = try await screen.waitFor("the other process's task in the panel") {
            $0.contains("Tasks · 2 pending") && $0.contains("Call the plumber")
        }
        #expect(followed.contains("tmrw     Buy groceries"))

        // Narrower than 120 columns the panel hides; widened again, it is back.
        try await screen.resize(cols: 100, rows: 40)
        // (The screen is read until the app has redrawn: tmux first cuts the old rows at 100.)
        let narrow = try await screen.waitFor("the panel hidden") {
            $0.contains("F2 tasks · Ctrl-O chats") && !$0.contains("│")
        }
        #expect(narrow.contains("› add buy groceries tomorrow"))
        try await screen.resize(cols: 140, rows: 40)
        try await screen.waitFor("Tasks · 2 pending")
    }
}
