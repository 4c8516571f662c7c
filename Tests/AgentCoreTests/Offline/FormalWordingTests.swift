import Testing
@testable import AgentCore

/// Requests written as formal, complete sentences: fields assigned in so many words, "task
/// no. 4", "if you would", a note given before the task it belongs to.
@Suite struct FormalWordingTests {
    @Test(arguments: [
        HeldOutCase("Please create a task titled \"Renew the TV licence\" and assign it medium priority.",
                    .add("Renew the TV licence", ["priority": "medium"])),
        HeldOutCase("Kindly add \"File the expense claims\" with the labels finance and admin.",
                    .add("File the expense claims", ["tags": ["finance", "admin"]])),
        HeldOutCase("Please add \"Defrost the freezer\" and set the recurrence interval to monthly.",
                    .add("Defrost the freezer", ["recurrence": "monthly"])),
        HeldOutCase("Would you add \"Polish the shoes\" as a low-priority task, please.", .add("Polish the shoes", ["priority": "low"])),
        HeldOutCase("Please add a task called \"Measure the windows\" with the description \"bedroom, then lounge\" and set the due date to 2026-12-12.",
                    .add("Measure the windows", ["description": "bedroom, then lounge", "due": "2026-12-12"])),
        HeldOutCase("Kindly add the following two items: bin liners and light bulbs.", .writes([.add("Bin liners"), .add("Light bulbs")])),
    ])
    func theTaskIsAdded(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("Please mark item no. 9 as complete.", .complete(9)),
        HeldOutCase("Please set the priority of task no. 10 to high, if you would.", .update(10, ["priority": "high"])),
        HeldOutCase("Kindly assign the labels house and diy to task no. 8.", .update(8, ["tags": ["house", "diy"]])),
        HeldOutCase("Please remove the label travel from task no. 6 and assign the label holiday instead.", .update(6, ["tags": ["holiday"]])),
        HeldOutCase("Kindly remove the current due date from the dentist task and replace it with 2026-12-07.", .update(2, ["due": "2026-12-07"])),
        HeldOutCase("Please set the recurrence interval of task no. 9 to weekly.", .update(9, ["recurrence": "weekly"])),
        HeldOutCase("Please attach the description \"Bring last year's statement\" to the rent task.",
                    .update(3, ["description": "Bring last year's statement"])),
        HeldOutCase(["Please add \"Return the hired suit\".", "That task has now been completed; kindly mark it as such."], .complete(11)),
        HeldOutCase(["Please set the priority of task 4 to low.", "That was a mistake. Please undo it."], .writes([.undo])),
    ])
    func theTaskIsChanged(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test(arguments: [
        HeldOutCase("Please list every task, completed or not, due before 2026-12-05.", .lists(["due_before": "2026-12-05"])),
        HeldOutCase("Please search my tasks for any task containing the word \"flights\".", .lists(["search": "flights"])),
        HeldOutCase("Display the tasks in the order in which I added them.", .lists(["sort": "created"])),
    ])
    func theListIsShown(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// Misreadings that wrote: a quoted title that swallowed "and assign it high priority", a
    /// task deleted when only its due date was to be replaced, "if you would" added as a task.
    @Test func aFieldSaidInFullIsNeverPartOfATitleOrADeletion() async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([
            "Please add \"Wax the skis\" and assign it high priority.",
            "Mark it as done, if you would.",
            "Kindly remove the existing due date from the rent task and replace it with 2026-12-09.",
        ])
        #expect(!said.exchanges.contains { $0.name == TaskTool.deleteTask.rawValue || $0.name == TaskTool.addTask.rawValue }, "\(said.reply)")
        let titles = try await world.converse(["show everything"]).reply
        #expect(titles.contains("Wax the skis") && !titles.contains("assign") && !titles.contains("If you would"), "\(titles)")
    }
}
