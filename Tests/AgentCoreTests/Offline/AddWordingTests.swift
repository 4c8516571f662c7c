import Testing
@testable import AgentCore

/// Adds typed the way people type on phones and with caps lock on: the title is what is to be
/// done, without the wrapper, in sentence case, with a repeat the tools cannot keep refused.
@Suite struct AddWordingTests {
    @Test(arguments: [
        ("memo to self: renew the parking permit", "Renew the parking permit"),
        ("note for myself - buy stamps", "Buy stamps"),
        ("reminder to self, call the bank", "Call the bank"),
        ("i really need to sort the attic", "Sort the attic"),
        ("we still have to book the venue", "Book the venue"),
        ("need 2 pick up the kids", "Pick up the kids"),
        ("TODO: RENEW THE TV LICENCE", "Renew the tv licence"),
        ("remind me to call the NHS", "Call the NHS"),
        ("could u pls add get bin bags thx", "Get bin bags"),
        ("hmm add renew the gym pass", "Renew the gym pass"),
        ("ugh i have to fix the sink", "Fix the sink"),
        ("omg remind me to order the balloons", "Order the balloons"),
        ("remind me too water the lawn", "Water the lawn"),
        ("i need too ring the school", "Ring the school"),
    ])
    func theWrapperIsNotPartOfTheTitle(text: String, title: String) {
        guard case .add(let task) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(task.title == title)
    }

    /// "whenever, low priority": one level said twice is lifted twice; two levels that
    /// disagree are not both lifted.
    @Test(arguments: [
        ("add wash the car, whenever, low priority", "Wash the car", "low"),
        ("add call the bank asap, its urgent", "Call the bank", "high"),
        ("add wax the skis low priority no hurry", "Wax the skis", "low"),
    ])
    func aLevelSaidTwiceLeavesNoTrace(text: String, title: String, priority: String) {
        guard case .add(let task) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(task.title == title)
        #expect(task.priority?.rawValue == priority)
    }

    /// The review's `a` line and a quick chat add read alike: a bare level after a tag or a date.
    @Test(arguments: [
        ("add call mom tomorrow at 5pm #family high", "Call mom", "high"),
        ("add buy milk #shop medium", "Buy milk", "medium"),
        ("add renew passport next month low", "Renew passport", "low"),
        ("add aim high", "Aim high", nil),
        ("add book a table for the high tea", "Book a table for the high tea", nil),
    ] as [(String, String, String?)])
    func aLevelWordAfterATagOrADateIsThePriority(text: String, title: String, priority: String?) {
        guard case .add(let task) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(task.title == title)
        #expect(task.priority?.rawValue == priority)
    }

    @Test(arguments: ["add 3 things: eggs, bread, butter", "add these items: eggs, bread, butter",
                      "add the following tasks: eggs, bread and butter"])
    func aListAnnouncedAsOneIsSplitAtItsCommas(text: String) {
        guard case .addMany(let tasks) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(tasks.map(\.title) == ["Eggs", "Bread", "Butter"])
    }

    @Test(arguments: ["hi there", "hello there!", "hey there", "good morning everyone"])
    func aGreetingWithItsComplementIsAGreeting(text: String) {
        #expect(IntentParser.parse(text) == .greeting)
    }

    @Test func notForgettingSomethingIsRememberingIt() {
        guard case .add(let task) = IntentParser.parse("I must not forget to renew the parking permit") else {
            Issue.record("\(IntentParser.parse("I must not forget to renew the parking permit"))")
            return
        }
        #expect(task.title == "Renew the parking permit")
    }

    @Test(arguments: ["service the boiler every year", "add pay the insurance annually", "water the cactus every 2 months",
                      "remind me to check the smoke alarms twice a year"])
    func aRepeatTheToolsCannotKeepIsRefusedWithTheForms(text: String) {
        guard case .add(let task) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(task.dueProblem?.contains("daily, weekly, monthly or every N days") == true)
    }

    @Test(arguments: [("stretch every five weeks", "every 35 days"), ("descale the kettle every twelve days", "every 12 days")])
    func everyNumberWordOfWeeksOrDaysRepeats(text: String, recurrence: String) {
        guard let task = IntentParser.parse(text).taskToAdd else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(task.recurrence == recurrence)
    }

    @Test(arguments: [("add printer paper to errands", "errands"), ("add dog food to the shopping", "shopping"),
                      ("add light bulbs to my errands", "errands")])
    func aListNamedAtTheEndIsATag(text: String, tag: String) {
        guard case .add(let task) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(task.tags == [tag])
        #expect(!task.title.lowercased().contains(tag))
    }

    @Test(arguments: ["Bread and delete task 4", "Milk then move the dentist to friday", "Socks, mark the rent as done", "Foil and show me the list"])
    func aSecondRequestInsideATitleIsDoubted(title: String) {
        #expect(AddDoubt.reason(title) != nil)
    }

    /// "pay the bill friday high #home": the level after the date is the priority, wherever the tags stand.
    @Test(arguments: [
        HeldOutCase("add pay the electricity bill friday high #home #bills",
                    .add("Pay the electricity bill", ["due": "2026-11-27", "priority": "high", "tags": ["home", "bills"]])),
        HeldOutCase("add feeling high on life #mood", .add("Feeling high on life", ["tags": ["mood"]])),
    ])
    func aLevelAfterTheDateIsThePriorityBeforeTags(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}

