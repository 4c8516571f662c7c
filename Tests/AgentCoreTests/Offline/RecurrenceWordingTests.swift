import Testing
@testable import AgentCore

/// Repeats said the ways people say them: on a day of every month, on a weekday every week,
/// every other week; the repeat words never stay in the title.
@Suite struct RecurrenceWordingTests {
    @Test(arguments: [
        ("remind me to pay the council tax on the 1st of every month", "Pay the council tax", "monthly", "the 1st"),
        ("add pay the window cleaner every month on the 15th", "Pay the window cleaner", "monthly", "the 15th"),
        ("add submit timesheet monthly on the third", "Submit timesheet", "monthly", "the 3rd"),
        ("add piano lesson weekly on fridays", "Piano lesson", "weekly", "friday"),
        ("add bins out each monday", "Bins out", "weekly", "monday"),
        ("put the recycling out every other week", "Put the recycling out", "every 14 days", nil),
        ("remind me to put the bins out every wednesday night", "Put the bins out", "weekly", "wednesday night"),
        ("add swimming on saturday mornings", "Swimming", "weekly", "saturday morning"),
        ("add choir practice every thursday at 7.30pm", "Choir practice", "weekly", "thursday at 7.30pm"),
        ("add water the tomatoes daily starting tomorrow", "Water the tomatoes", "daily", "tomorrow"),
        ("add service the boiler monthly beginning the 1st", "Service the boiler", "monthly", "the 1st"),
    ] as [(String, String, String, String?)])
    func theRepeatIsRead(text: String, title: String, recurrence: String, due: String?) {
        guard let task = IntentParser.parse(text).taskToAdd else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(task.title == title)
        #expect(task.recurrence == recurrence)
        #expect(task.due == due)
    }

    @Test(arguments: [
        ("make the groceries a weekly thing", "groceries", "weekly"),
        ("make fix the bike a monthly job", "fix the bike", "monthly"),
        ("hmm set the bins to a weekly chore", "bins", "weekly"),
        ("the bins change to every week", "the bins", "weekly"),
        ("plants pls change to every 3 days", "plants", "every 3 days"),
    ])
    func aTaskMadeARepeatingThingIsChangedNotAdded(text: String, words: String, recurrence: String) {
        guard case .change(.update(let edits), of: .words(let named)) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(named == words)
        #expect(edits.recurrence == recurrence)
    }

    /// A repeat asked for as a question is made, or refused with the reason when the tools
    /// cannot keep it.
    @Test(arguments: [
        HeldOutCase("could the bike repeat every week", .update(10, ["recurrence": "weekly"])),
        HeldOutCase("the garage wants doing every month", .update(8, ["recurrence": "monthly"])),
        HeldOutCase("can the passport repeat every year?", .replies("repeat")),
        HeldOutCase("can the garage one recur on weekdays", .replies("repeat")),
        HeldOutCase("make the groceries repeat every weekday", .replies("repeat")),
    ])
    func aRepeatAskedForIsMadeOrRefused(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// News that a task on the list now comes round on a day changes that task, day and repeat
    /// together; a task not on the list is added with the repeat.
    @Test(arguments: [
        HeldOutCase("pay rent happens every friday now", .update(3, ["due": "friday", "recurrence": "weekly"])),
        HeldOutCase("the garage clean is every saturday now", .update(8, ["due": "saturday", "recurrence": "weekly"])),
        HeldOutCase("book club happens every tuesday", .add("Book club", ["due": "tuesday", "recurrence": "weekly"])),
    ])
    func newsOfARepeatChangesTheTaskItNames(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// The tool moves the date to the next such weekday; the engine must not send a bare day
    /// beside the repeat, which would drop the time the task was due at.
    @Test func aWeekdayRepeatKeepsTheTimeOfDayTheTaskHad() async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse(["add call mum friday at 5pm", "make it repeat every monday"])
        #expect(said.exchanges.filter(\.isWrite).map(\.name) == ["update_task"], "\(said.reply)")
        let due = try #require(try world.tasks.task(id: 11).due?.normalized)
        #expect(due.hasPrefix("2026-11-30T17:00"), "\(due)")
        #expect(try world.tasks.task(id: 11).recurrence?.normalized == "weekly")
    }
}
