import AgentCore
import Testing
@testable import ChatTUI

@Suite struct ToolActivityLineTests {
    static func line(_ name: String, _ result: JSONValue, error: Bool = false) -> String {
        ToolActivityLine.text(for: ToolCall(id: "c", name: name, arguments: "{}"), result: result, isError: error)
    }

    @Test func aChangedTaskShowsItsNumberAndTitle() {
        #expect(Self.line("add_task", ["task_id": 5, "status": "created", "title": "Buy groceries"])
            == "✓ add_task  #5 Buy groceries")
        #expect(Self.line("complete_task", ["task_id": 3, "status": "completed", "title": "Water", "next_task_id": 4])
            == "✓ complete_task  #3 Water (next: #4)")
    }

    @Test func aListShowsHowManyMatched() {
        #expect(Self.line("list_tasks", ["tasks": [], "count": 0, "truncated": false]) == "✓ list_tasks  0 tasks")
        #expect(Self.line("list_tasks", ["tasks": [], "count": 1, "truncated": false]) == "✓ list_tasks  1 task")
    }

    @Test func anErrorShowsItsMessage() {
        #expect(Self.line("complete_task", ["error": "task 42 not found"], error: true)
            == "✗ complete_task  task 42 not found")
    }

    @Test func aTitleCannotReachTheTerminalWithControls() {
        #expect(Self.line("add_task", ["task_id": 1, "title": "Evil\u{1B}]0;x\u{07}\ntitle"]) == "✓ add_task  #1 Evil title")
    }
}
