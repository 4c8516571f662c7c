import Foundation
import Persistence
import Testing

/// The task review (F2): the same task service as the tools, and its undo.
extension TUITests {
    @Test(arguments: StoreBackend.available)
    func theReviewCompletesUndoesAndReturnsToTheChat(backend: StoreBackend) async throws {
        let sandbox = try Sandbox(backend: backend)
        let tasks = try sandbox.taskService()
        let groceries = try tasks.add(TaskDraft(title: "Buy groceries"))
        _ = try tasks.add(TaskDraft(title: "Call the dentist"))
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor(Self.freshStatus)

        try await screen.press("F2")
        // The header counts the tasks before their rows arrive, so wait for the rows.
        let review = try await screen.waitFor("#2 ☐ Call the dentist")
        #expect(review.contains("Tasks · pending (2)"))
        #expect(review.contains("#1 ☐ Buy groceries"))

        try await screen.press("Space")
        try await screen.waitFor("Completed #1 Buy groceries.")
        #expect(try tasks.task(id: groceries.id).completed)

        try await screen.press("u")
        try await screen.waitFor("Undid: completed #1 Buy groceries")
        #expect(try !tasks.task(id: groceries.id).completed)

        try await screen.press("q")
        let chat = try await screen.waitFor("the chat") { $0.contains("F2 tasks · Ctrl-O chats") }
        #expect(!chat.contains("Tasks · pending"))
    }

    @Test func theOpenReviewShowsWhatAnotherProcessAdds() async throws {
        let sandbox = try Sandbox()
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor(Self.freshStatus)
        try await screen.press("F2")
        try await screen.waitFor("Tasks · pending (0)")

        _ = try sandbox.taskService().add(TaskDraft(title: "Added elsewhere"))

        try await screen.waitFor("#1 ☐ Added elsewhere")
    }
}
