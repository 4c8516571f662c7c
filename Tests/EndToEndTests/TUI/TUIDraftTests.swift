import Foundation
import Persistence
import Testing
import TestSupport

/// What was typed and not sent survives the chat ending in any way: a closed window, `kill`,
/// `kill -9` after a pause, or a plain quit.
extension TUITests {
    @Test func aClosedWindowKeepsTheUnsentMessageForTheConversation() async throws {
        let sandbox = try Sandbox()
        _ = try await sandbox.conversationService().startConversation(with: NewMessage(role: .user, content: "Groceries"))
        let first = try await TmuxScreen(sandbox, running: "chattui -r 1")
        try await first.waitFor("· #1 · offline/engine")
        // Typed and closed at once, before any pause could save it
        try await first.type("a long thought about 日本語 and")
        try await first.press("M-Enter")
        try await first.type("its second line")
        try await first.waitFor("its second line")
        try await first.closeWindow()

        let second = try await TmuxScreen(sandbox, chattui: "-r 1")
        let restored = try await second.waitFor("Restored the message you had not sent.")
        #expect(restored.contains("› a long thought about 日本語 and\n  its second line"))
    }

    @Test func killNineAfterAPauseLosesNothingOfANewConversationsMessage() async throws {
        let sandbox = try Sandbox()
        let first = try await TmuxScreen(sandbox, running: "sh -c 'echo $$ > chattui.pid; exec chattui'")
        try await first.waitFor(Self.freshStatus)
        try await first.type("remember to call the bank")
        try await first.waitFor("› remember to call the bank")
        let pidText = try String(contentsOf: sandbox.folder.appendingPathComponent("chattui.pid"), encoding: .utf8)
        let pid = try #require(pid_t(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
        // A pause of two ticks saves it; poll the database rather than sleep a guess
        let conversations = try sandbox.conversationService()
        try await eventually { try conversations.draft(for: nil) != nil }
        #expect(kill(pid, SIGKILL) == 0)

        let second = try await TmuxScreen(sandbox, chattui: "")
        let restored = try await second.waitFor("Restored the message you had not sent.")
        #expect(restored.contains("› remember to call the bank"))
        // Sent, it is gone for good
        try await second.press("Enter")
        try await second.waitFor("· #1 · offline/engine")
        #expect(try conversations.draft(for: nil) == nil)
    }

    /// A pause saves the input; with the database held by another program past the busy
    /// timeout the pane says the message was not kept, and why, and the text stays in the
    /// input; closing the window once the lock is gone keeps it (it was lost before).
    @Test func anUnsentMessageALockedDatabaseCannotTakeIsSaidToBeUnkeptAndKeptAtTheEnd() async throws {
        let sandbox = try Sandbox()
        let conversations = try sandbox.conversationService()
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor(Self.freshStatus)
        let holder = try OtherSQLiteProgram.holdWriteLock(on: sandbox.databasePath)

        try await screen.type("remember to call the bank")

        let text = try await screen.waitFor("Could not keep the message you had not sent", within: 30)
        #expect(text.contains("is busy"), "\(text)")
        #expect(text.contains("› remember to call the bank"), "\(text)")
        #expect(try holder.release() == .exited(0))
        // Once the other program is done, closing the window keeps it, unchanged since
        try await screen.closeWindow()
        let kept = try await eventually(within: .seconds(30)) { try conversations.draft(for: nil) } until: {
            $0 == "remember to call the bank"
        }
        #expect(kept == "remember to call the bank")
    }
}
