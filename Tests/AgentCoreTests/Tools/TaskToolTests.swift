import Persistence
import Testing
@testable import AgentCore

@Suite struct TaskToolTests {
    @Test func addTaskCreatesTheTaskAndEchoesNormalisedFields() throws {
        let store = try ToolTestStore()
        let result = try store.call(
            "add_task", ##"{"title": "  Call the dentist ", "due": "tomorrow", "priority": "high", "tags": ["#Health"]}"##)
        #expect(result["status"] == "created")
        #expect(result["title"] == "Call the dentist")
        #expect(result["due"] == "2026-11-27")
        #expect(result["priority"] == "high")
        #expect(result["tags"] == ["health"])
        let id = try #require(result["task_id"]?.intValue)
        #expect(try store.tasks.task(id: id).title == "Call the dentist")
    }

    @Test func addTaskAcceptsARecurrenceAndADateTime() throws {
        let store = try ToolTestStore()
        let result = try store.call(
            "add_task", #"{"title": "Water the plants", "recurrence": "weekly", "due": "2026-11-28T18:00:00+01:00"}"#)
        #expect(result["recurrence"] == "weekly")
        #expect(result["due"] == "2026-11-28T18:00:00+01:00")
    }

    /// DESIGN.md: "every Monday" is weekly, due next Monday; the review's `r` does the same.
    @Test func everyMondayMovesTheDueDateToTheNextMondayKeepingItsTime() throws {
        // Given, on Thursday 26 November, a task due Thursday 3 December at 17:00
        let store = try ToolTestStore()
        _ = try store.call("add_task", #"{"title": "Service the car", "due": "2026-12-03T17:00:00Z"}"#)
        // When a model sets it to repeat every Monday
        let result = try store.call("update_task", #"{"task_id": 1, "recurrence": "every monday"}"#)
        // Then it is weekly and due Monday 30 November at 17:00
        #expect(result["recurrence"] == "weekly")
        #expect(result["due"] == "2026-11-30T17:00:00Z")
        // A date given with it wins, and a repeat without a weekday keeps the date
        let dated = try store.call("update_task", #"{"task_id": 1, "recurrence": "every monday", "due": "2026-12-14"}"#)
        #expect(dated["due"] == "2026-12-14")
        #expect(try store.call("update_task", #"{"task_id": 1, "recurrence": "daily"}"#)["due"] == "2026-12-14")
        // And a new task repeating every Monday is first due next Monday
        #expect(try store.call("add_task", #"{"title": "Gym", "recurrence": "every monday"}"#)["due"] == "2026-11-30")
    }

    @Test func listTasksReturnsTheContractShape() throws {
        let store = try ToolTestStore()
        _ = try store.call("add_task", #"{"title": "Buy groceries", "tags": ["home"]}"#)
        _ = try store.call("add_task", #"{"title": "Write report", "tags": ["work"]}"#)
        let all = try store.call("list_tasks", "{}")
        #expect(all["count"] == 2)
        #expect(all["truncated"] == false)
        let first = try #require(all["tasks"]?.arrayValue?.first)
        for key in ["task_id", "title", "description", "completed", "priority", "tags", "due", "recurrence", "created_at"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        let work = try store.call("list_tasks", ##"{"tag": "#WORK", "status": "pending"}"##)
        #expect(work["tasks"]?.arrayValue?.map { $0["title"] } == ["Write report"])
    }

    @Test func listTasksLimitsToFiftyByDefaultAndSaysItTruncated() throws {
        let store = try ToolTestStore()
        try store.tasks.transaction { editor in
            for index in 1...60 { _ = try editor.add(TaskDraft(title: "Task \(index)")) }
        }
        let page = try store.call("list_tasks", "{}")
        #expect(page["tasks"]?.arrayValue?.count == 50)
        #expect(page["count"] == 60)
        #expect(page["truncated"] == true)
        #expect(try store.call("list_tasks", #"{"limit": 201}"#)["error"] != nil)
    }

    @Test func listTasksReadsOnFromAnOffsetUntilNothingIsLeftOut() throws {
        let store = try ToolTestStore()
        try store.tasks.transaction { editor in
            for index in 1...60 { _ = try editor.add(TaskDraft(title: "Task \(index)")) }
        }
        let rest = try store.call("list_tasks", #"{"offset": 50}"#)
        #expect(rest["tasks"]?.arrayValue?.map { $0["title"] } == (51...60).map { .string("Task \($0)") })
        #expect(rest["count"] == 60)
        #expect(rest["truncated"] == false)
        #expect(try store.call("list_tasks", #"{"offset": 60}"#)["tasks"]?.arrayValue?.isEmpty == true)
        #expect(try store.call("list_tasks", #"{"offset": -1}"#)["error"] == "offset must be 0 or more, not -1")
    }

    @Test func completeTaskOfARecurringTaskReportsTheNextOccurrence() throws {
        let store = try ToolTestStore()
        let added = try store.call("add_task", #"{"title": "Water the plants", "recurrence": "weekly", "due": "2026-11-26"}"#)
        let id = try #require(added["task_id"]?.intValue)
        let result = try store.call("complete_task", #"{"task_id": \#(id)}"#)
        #expect(result["status"] == "completed")
        #expect(result["next_due"] == "2026-12-03")
        let next = try #require(result["next_task_id"]?.intValue)
        #expect(try store.tasks.task(id: next).completed == false)
    }

    @Test func completeTaskSaysWhenTheTaskWasAlreadyDone() throws {
        let store = try ToolTestStore()
        _ = try store.call("add_task", #"{"title": "Call mom"}"#)
        let first = try store.call("complete_task", #"{"task_id": 1}"#)
        #expect(first == ["task_id": 1, "status": "completed", "title": "Call mom"])
        let again = try store.call("complete_task", #"{"task_id": 1}"#)
        #expect(again == ["task_id": 1, "status": "completed", "title": "Call mom", "already_completed": true])
        #expect(try store.tasks.history(of: 1, limit: 10).count == 2)
    }

    @Test func deleteTaskHidesTheTask() throws {
        let store = try ToolTestStore()
        _ = try store.call("add_task", #"{"title": "Old task"}"#)
        let result = try store.call("delete_task", ##"{"task_id": "#1"}"##)
        #expect(result == ["task_id": 1, "status": "deleted", "title": "Old task"])
        #expect(try store.call("list_tasks", "{}")["count"] == 0)
    }

    @Test func updateTaskSetsAndClearsFields() throws {
        let store = try ToolTestStore()
        _ = try store.call("add_task", #"{"title": "Call mom", "priority": "low", "due": "friday"}"#)
        let result = try store.call(
            "update_task", #"{"task_id": 1, "title": "Call mom tonight", "priority": null, "due": null, "tags": ["family"]}"#)
        #expect(result["status"] == "updated")
        #expect(result["title"] == "Call mom tonight")
        let task = try store.tasks.task(id: 1)
        #expect(task.priority == nil && task.due == nil && task.tags == ["family"])
        _ = try store.call("update_task", #"{"task_id": 1, "completed": true}"#)
        #expect(try store.tasks.task(id: 1).completed)
    }

    @Test(arguments: [
        ("add_task", #"{"title": ""}"#, "title must not be empty"),
        ("add_task", #"{}"#, "title is required"),
        ("add_task", #"{"title": 5}"#, "title must be a string"),
        ("add_task", #"{"name": "x"}"#, "unknown argument 'name'"),
        ("add_task", #"{"title": "x", "due": "someday"}"#, "someday"),
        ("add_task", #"{"title": "x", "recurrence": "sometimes"}"#, "sometimes"),
        ("add_task", #"{"title": "x", "priority": "urgent"}"#, "urgent"),
        ("add_task", #"{"title": "x", "tags": ["not a tag!"]}"#, "tag"),
        ("add_task", #"not json"#, "not valid JSON"),
        ("add_task", #"[1, 2]"#, "must be a JSON object"),
        ("complete_task", #"{"task_id": 42}"#, "task 42 not found"),
        ("complete_task", #"{"task_id": "three"}"#, "task_id must be an integer"),
        ("delete_task", #"{}"#, "task_id is required"),
        ("update_task", #"{"task_id": 1}"#, "nothing to change"),
        ("update_task", #"{"task_id": 1, "title": null}"#, "title must not be empty"),
        ("list_tasks", #"{"status": "done"}"#, "status must be"),
        ("list_tasks", #"{"sort": "colour"}"#, "sort must be"),
        ("launch_rockets", #"{}"#, "unknown tool 'launch_rockets'"),
    ])
    func badCallsComeBackAsErrorResults(tool: String, arguments: String, message: String) throws {
        let store = try ToolTestStore()
        _ = try store.call("add_task", #"{"title": "Existing"}"#)
        let result = try store.call(tool, arguments)
        let error = try #require(result["error"]?.stringValue, "\(result.text)")
        #expect(error.contains(message), "\(error)")
        #expect(TaskTool.isError(result))
        #expect(try store.tasks.list(TaskQuery()).count == 1)
    }

    @Test func anotherUsersTaskIsNotFound() throws {
        let store = try ToolTestStore()
        let other = TaskService(
            database: store.tasks.database, user: UserID("someone-else"), clock: ToolTestStore.clock, source: .agent)
        let theirs = try other.add(TaskDraft(title: "Theirs"))
        let result = try store.call("delete_task", #"{"task_id": \#(theirs.id)}"#)
        #expect(result["error"] == .string("task \(theirs.id) not found"))
        #expect(try other.task(id: theirs.id).deletedAt == nil)
    }

    @Test func everyToolHasAStrictObjectSchema() throws {
        for tool in TaskTool.allCases {
            let schema = try JSONValue(parsing: tool.definition.parametersSchema)
            #expect(schema["type"] == "object")
            #expect(schema["additionalProperties"] == false)
            let properties = try #require(schema["properties"])
            for required in schema["required"]?.arrayValue ?? [] {
                #expect(properties[required.stringValue ?? ""] != nil, "\(tool.rawValue): \(required.text)")
            }
        }
        #expect(TaskTool.definitions.map(\.name) == ["add_task", "list_tasks", "complete_task", "delete_task", "update_task"])
    }
}
