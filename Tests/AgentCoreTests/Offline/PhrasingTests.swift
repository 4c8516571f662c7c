import Testing
@testable import AgentCore

/// One user message and the tool call the engine must answer it with.
struct Phrasing: CustomTestStringConvertible, Sendable {
    var text: String
    var tool: String
    var arguments: String

    init(_ text: String, _ tool: String, _ arguments: String) {
        self.text = text
        self.tool = tool
        self.arguments = arguments
    }

    var testDescription: String { text }
}

private let adding: [Phrasing] = [
    .init("Add a task to buy groceries", "add_task", #"{"title": "Buy groceries"}"#),
    .init("add buy milk", "add_task", #"{"title": "Buy milk"}"#),
    .init("ADD A TASK TO BUY GROCERIES!!!", "add_task", #"{"title": "Buy groceries"}"#),
    .init("I need to remember to pay bills", "add_task", #"{"title": "Pay bills"}"#),
    .init("Remind me to call the dentist tomorrow, it's urgent", "add_task",
          #"{"title": "Call the dentist", "due": "tomorrow", "priority": "high"}"#),
    .init("remind me to pay the electricity bill on Friday", "add_task",
          #"{"title": "Pay the electricity bill", "due": "friday"}"#),
    .init("Could you please remind me to email Sarah by this friday?", "add_task",
          #"{"title": "Email Sarah", "due": "this friday"}"#),
    .init("I need to renew my passport in 2 weeks", "add_task", #"{"title": "Renew my passport", "due": "in 2 weeks"}"#),
    .init("don't let me forget to water the plants", "add_task", #"{"title": "Water the plants"}"#),
    .init("Don’t let me forget to feed the cat tonight", "add_task", #"{"title": "Feed the cat", "due": "today at 20:00"}"#),
    .init("todo: fix the bike", "add_task", #"{"title": "Fix the bike"}"#),
    .init("New task: prepare slides, high priority", "add_task", #"{"title": "Prepare slides", "priority": "high"}"#),
    .init("put eggs on my list", "add_task", #"{"title": "Eggs"}"#),
    .init("Water the plants every week", "add_task", #"{"title": "Water the plants", "recurrence": "weekly"}"#),
    .init("take out the trash every Monday", "add_task",
          #"{"title": "Take out the trash", "recurrence": "weekly", "due": "monday"}"#),
    .init("add a task to pay rent every month", "add_task", #"{"title": "Pay rent", "recurrence": "monthly"}"#),
    .init("remind me to take my vitamins daily", "add_task", #"{"title": "Take my vitamins", "recurrence": "daily"}"#),
    .init("add change the filter every 3 days", "add_task", #"{"title": "Change the filter", "recurrence": "every 3 days"}"#),
    .init("add a task to update the report #work", "add_task", #"{"title": "Update the report", "tags": ["work"]}"#),
    .init("add buy printer ink for work", "add_task", #"{"title": "Buy printer ink", "tags": ["work"]}"#),
    .init("add book flights, tag it travel", "add_task", #"{"title": "Book flights", "tags": ["travel"]}"#),
    .init("add learn Italian someday", "add_task", #"{"title": "Learn Italian", "priority": "low"}"#),
    .init("add a task to clean the garage, low priority", "add_task", #"{"title": "Clean the garage", "priority": "low"}"#),
    .init("add call the bank asap please", "add_task", #"{"title": "Call the bank", "priority": "high"}"#),
    .init("add a task to review the budget, medium priority, due next week", "add_task",
          #"{"title": "Review the budget", "priority": "medium", "due": "next week"}"#),
    .init("remind me to submit taxes by the end of the week", "add_task", #"{"title": "Submit taxes", "due": "end of week"}"#),
    .init("I have to book a table in three days", "add_task", #"{"title": "Book a table", "due": "in 3 days"}"#),
    .init("pay the phone bill on 2025-03-14", "add_task", #"{"title": "Pay the phone bill", "due": "2025-03-14"}"#),
    .init("Add eggs and bread to my shopping list", "add_task", #"{"title": "Eggs and bread", "tags": ["shopping"]}"#),
    .init("hey, can you add a task for me: renew car insurance next friday", "add_task",
          #"{"title": "Renew car insurance", "due": "friday"}"#),
    .init("send the invoice, it's important!", "add_task", #"{"title": "Send the invoice", "priority": "high"}"#),
    .init("walk the dog every other day", "add_task", #"{"title": "Walk the dog", "recurrence": "every 2 days"}"#),
    .init("finish the report by friday", "add_task", #"{"title": "Finish the report", "due": "friday"}"#),
    .init("renew my passport in a month", "add_task", #"{"title": "Renew my passport", "due": "in 1 month"}"#),
    .init("remind me to call mom on 3 June at 5pm", "add_task", #"{"title": "Call mom", "due": "june 3 at 17:00"}"#),
    .init("book flights two days from now", "add_task", #"{"title": "Book flights", "due": "in 2 days"}"#),
    .init("add a task to pay the nanny the day after tomorrow", "add_task", #"{"title": "Pay the nanny", "due": "in 2 days"}"#),
    .init("clean the gutters this weekend", "add_task", #"{"title": "Clean the gutters", "due": "this weekend"}"#),
    .init("remind me to call grandma tomorrow morning", "add_task", #"{"title": "Call grandma", "due": "tomorrow at 09:00"}"#),
    .init("add submit the grant by June 3rd", "add_task", #"{"title": "Submit the grant", "due": "june 3"}"#),
    .init("pay the council tax on the 1st", "add_task", #"{"title": "Pay the council tax", "due": "the 1st"}"#),
    .init("remind me to order contacts in a fortnight", "add_task", #"{"title": "Order contacts", "due": "in 2 weeks"}"#),
    .init("add a task to review the lease at the end of the month", "add_task", #"{"title": "Review the lease", "due": "end of month"}"#),
    .init("add a task to email the landlord at 5:30 pm", "add_task", #"{"title": "Email the landlord", "due": "at 17:30"}"#),
    .init("I have to see the optician on the 21st of April", "add_task", #"{"title": "See the optician", "due": "april 21"}"#),
]

private let listing: [Phrasing] = [
    .init("Show me all my tasks", "list_tasks", #"{"status": "all"}"#),
    .init("show everything", "list_tasks", #"{"status": "all"}"#),
    .init("list tasks", "list_tasks", #"{}"#),
    .init("What's pending?", "list_tasks", #"{"status": "pending"}"#),
    .init("whats left", "list_tasks", #"{"status": "pending"}"#),
    .init("What do I have to do?", "list_tasks", #"{"status": "pending"}"#),
    .init("What have I completed?", "list_tasks", #"{"status": "completed"}"#),
    .init("show done tasks", "list_tasks", #"{"status": "completed"}"#),
    .init("What's due this week?", "list_tasks", #"{"status": "pending", "due_before": "end of week", "sort": "due"}"#),
    .init("what is due today", "list_tasks", #"{"status": "pending", "due_before": "today", "sort": "due"}"#),
    .init("Show my work tasks", "list_tasks", #"{"tag": "work"}"#),
    .init("show tasks tagged #home", "list_tasks", #"{"tag": "home"}"#),
    .init("search for dentist", "list_tasks", #"{"search": "dentist"}"#),
    .init("find tasks about the budget", "list_tasks", #"{"search": "budget"}"#),
    .init("show high priority tasks", "list_tasks", #"{"priority": "high"}"#),
    .init("list my pending tasks by priority", "list_tasks", #"{"status": "pending", "sort": "priority"}"#),
    .init("what's pending, most urgent first", "list_tasks", #"{"status": "pending", "sort": "priority"}"#),
    .init("show my tasks most important first", "list_tasks", #"{"sort": "priority"}"#),
    .init("show urgent tasks by due date", "list_tasks", #"{"priority": "high", "sort": "due"}"#),
    .init("what did I finish this week?", "list_tasks", #"{"status": "completed"}"#),
    .init("show me tasks with dentist in them", "list_tasks", #"{"search": "dentist"}"#),
    .init("do I have anything due tomorrow?", "list_tasks", #"{"status": "pending", "due_before": "tomorrow", "sort": "due"}"#),
    .init("what's overdue?", "list_tasks", #"{"status": "pending", "due_before": "yesterday", "sort": "due"}"#),
]

private let completing: [Phrasing] = [
    .init("Mark task 3 as complete", "complete_task", #"{"task_id": 3}"#),
    .init("mark 3 done", "complete_task", #"{"task_id": 3}"#),
    .init("finished 3", "complete_task", #"{"task_id": 3}"#),
    .init("done with 3", "complete_task", #"{"task_id": 3}"#),
    .init("I did #3", "complete_task", #"{"task_id": 3}"#),
    .init("complete task #12 please", "complete_task", #"{"task_id": 12}"#),
    .init("task 5 is done", "complete_task", #"{"task_id": 5}"#),
    .init("complete the groceries task", "list_tasks", #"{"status": "pending", "search": "groceries"}"#),
    .init("tick off the groceries one", "list_tasks", #"{"status": "pending", "search": "groceries"}"#),
    .init("check off call mom", "list_tasks", #"{"status": "pending", "search": "call mom"}"#),
    .init("cross milk off my list", "list_tasks", #"{"status": "pending", "search": "milk"}"#),
    .init("I've finished the report", "list_tasks", #"{"status": "pending", "search": "report"}"#),
]

private let deleting: [Phrasing] = [
    .init("delete task 2", "delete_task", #"{"task_id": 2}"#),
    .init("Remove task 4.", "delete_task", #"{"task_id": 4}"#),
    .init("please delete #9", "delete_task", #"{"task_id": 9}"#),
    .init("Delete the meeting task", "list_tasks", #"{"status": "all", "search": "meeting"}"#),
    .init("get rid of the gym one", "list_tasks", #"{"status": "all", "search": "gym"}"#),
    .init("remove buy milk from my list", "list_tasks", #"{"status": "all", "search": "buy milk"}"#),
]

private let updating: [Phrasing] = [
    .init("Change task 1 to 'Call mom tonight'", "update_task", #"{"task_id": 1, "title": "Call mom tonight"}"#),
    .init("change task 1 to “Call mom tonight”", "update_task", #"{"task_id": 1, "title": "Call mom tonight"}"#),
    .init("rename 2 to Buy groceries and fruits", "update_task", #"{"task_id": 2, "title": "Buy groceries and fruits"}"#),
    .init("make task 3 high priority", "update_task", #"{"task_id": 3, "priority": "high"}"#),
    .init("set the priority of task 6 to low", "update_task", #"{"task_id": 6, "priority": "low"}"#),
    .init("make 3 urgent", "update_task", #"{"task_id": 3, "priority": "high"}"#),
    .init("move task 2 to friday", "update_task", #"{"task_id": 2, "due": "friday"}"#),
    .init("set the due date of 4 to tomorrow", "update_task", #"{"task_id": 4, "due": "tomorrow"}"#),
    .init("postpone task 7 to next week", "update_task", #"{"task_id": 7, "due": "next week"}"#),
    .init("change task 8 to in 3 days", "update_task", #"{"task_id": 8, "due": "in 3 days"}"#),
    // Adding a tag reads the task's tags first, since the tool replaces them all.
    .init("add tag work to 3", "list_tasks", #"{"status": "all", "limit": 200}"#),
    .init("tag task 5 with #home", "list_tasks", #"{"status": "all", "limit": 200}"#),
    .init("retag task 5 as home", "update_task", #"{"task_id": 5, "tags": ["home"]}"#),
    .init("stop repeating task 3", "update_task", #"{"task_id": 3, "recurrence": null}"#),
    .init("reopen task 5", "update_task", #"{"task_id": 5, "completed": false}"#),
    .init("mark 5 as not done", "update_task", #"{"task_id": 5, "completed": false}"#),
    .init("make task 2 repeat weekly", "update_task", #"{"task_id": 2, "recurrence": "weekly"}"#),
    .init("move the dentist task to friday", "list_tasks", #"{"status": "all", "search": "dentist"}"#),
    .init("reopen the groceries task", "list_tasks", #"{"status": "completed", "search": "groceries"}"#),
]

@Suite struct PhrasingTests {
    @Test(arguments: adding + listing + completing + deleting + updating)
    func phrasingBecomesTheExpectedToolCall(_ phrasing: Phrasing) async throws {
        var engine = EngineHarness()
        let step = try await engine.say(phrasing.text)
        var call = try #require(step.call, "expected one tool call, got \(step)")
        // A dated task said without "add" is first looked for on the list; with no twin there, it is added.
        if phrasing.tool == "add_task", call.name == "list_tasks" {
            call = try #require(try await engine.answer(Fixtures.list([])).call)
        }
        #expect(call.name == phrasing.tool)
        #expect(call.arguments == JSONValue.parse(phrasing.arguments))
    }

    @Test(arguments: [
        HeldOutCase("items 2 and 9 are done", .writes([.complete(2), .complete(9)])),
        HeldOutCase("remove no. 4 and no. 6", .writes([.delete(4), .delete(6)])),
        HeldOutCase("tick off numbers 1 and 10", .writes([.complete(1), .complete(10)])),
    ])
    func severalIDsNamedAsItemsOrNumbers(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test func severalIDsGetOneCallEach() async throws {
        var engine = EngineHarness()
        let step = try await engine.say("complete tasks 3, 4 and 5")
        guard case .calls(let calls) = step else {
            Issue.record("expected calls, got \(step)")
            return
        }
        #expect(calls.map(\.name) == ["complete_task", "complete_task", "complete_task"])
        #expect(calls.map { JSONValue.parse($0.arguments) } == [3, 4, 5].map { JSONValue.parse(#"{"task_id": \#($0)}"#) })
        #expect(Set(calls.map(\.id)).count == 3)
    }

    @Test(arguments: ["add task", "remind me", "new task:"])
    func anAddWithoutATitleAsksForOne(text: String) async throws {
        var engine = EngineHarness()
        #expect(try await engine.say(text).text == ReplyComposer.missingTitle)
    }

    @Test func theTableCoversEnoughDistinctPhrasings() {
        let all = adding + listing + completing + deleting + updating
        #expect(Set(all.map(\.text)).count == all.count)
        #expect(all.count >= 60)
    }
}
