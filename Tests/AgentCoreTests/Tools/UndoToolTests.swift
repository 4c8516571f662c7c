import Persistence
import Testing
@testable import AgentCore

@Suite struct UndoToolTests {
    @Test func undoRevertsTheNewestChangeFromAnySource() throws {
        // Given a task added by the agent and completed in the review
        let store = try ToolTestStore()
        _ = try store.call("add_task", #"{"title": "Buy groceries"}"#)
        let review = TaskService(database: store.tasks.database, user: store.tasks.user, clock: ToolTestStore.clock, source: .tui)
        _ = try review.complete(id: 1)

        // When the agent undoes twice
        let first = try store.tasks.transaction { AgentTools.run(name: UndoTool.name, arguments: "{}", editor: $0) }
        let second = try store.tasks.transaction { AgentTools.run(name: UndoTool.name, arguments: "", editor: $0) }

        // Then the completion is reverted, then the add, and a third undo has nothing left
        #expect(first["status"] == "undone")
        #expect(first["action"] == "complete")
        #expect(first["summary"]?.stringValue?.contains("Buy groceries") == true)
        #expect(second["action"] == "add")
        #expect(try store.tasks.list(TaskQuery()).count == 0)
        let third = try store.tasks.transaction { AgentTools.run(name: UndoTool.name, arguments: "{}", editor: $0) }
        #expect(third == ["error": "there is nothing to undo"])
    }

    @Test func undoTakesNoArgumentsAndIsNotOneOfTheFiveTools() throws {
        let store = try ToolTestStore()
        let result = try store.tasks.transaction { AgentTools.run(name: UndoTool.name, arguments: #"{"task_id": 3}"#, editor: $0) }
        #expect(result["error"]?.stringValue?.contains("unknown argument 'task_id'") == true)
        #expect(!TaskTool.definitions.map(\.name).contains(UndoTool.name))
        #expect(TaskTool.isError(try store.call(UndoTool.name, "{}")))
    }
}
