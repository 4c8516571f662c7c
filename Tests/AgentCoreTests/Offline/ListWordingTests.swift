import Persistence
import Testing
@testable import AgentCore

/// Lists asked for by their order alone, by a tag named as a plural noun, or by one task's
/// words: each reads as `list_tasks` with the filters a person means.
@Suite struct ListWordingTests {
    @Test(arguments: [
        ("newest first please", TaskSort.created),
        ("put them in priority order", .priority),
        ("A to Z please", .title),
        ("by deadline", .due),
        ("priority?", .priority),
    ])
    func anOrderAloneAsksForTheList(text: String, sort: TaskSort) {
        guard case .list(let request) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(request.sort == sort)
    }

    @Test(arguments: ["up next?", "what comes next", "what's next up"])
    func whatComesNextIsThePendingListBySoonest(text: String) {
        #expect(IntentParser.parse(text) == .list(ListRequest(status: .pending, sort: .due)))
    }

    @Test(arguments: [("show me the chores", "chores"), ("list my bills", "bills"), ("show only the school ones", "school"),
                      ("show me just the garden jobs", "garden")])
    func aPluralNounShownAloneIsATag(text: String, tag: String) {
        guard case .list(let request) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(request.tag == tag)
        #expect(request.search == nil)
    }

    @Test(arguments: [("show me the passport task", "passport"), ("find the vet one", "vet"), ("anything with the landlord", "landlord")])
    func oneTaskNamedByWordsIsSearched(text: String, term: String) {
        guard case .list(let request) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(request.search == term)
        #expect(request.tag == nil)
    }

    @Test(arguments: ["what still needs to be done", "what do we have to get done", "what has to be finished"])
    func workStillToDoIsPending(text: String) {
        guard case .list(let request) = IntentParser.parse(text) else {
            Issue.record("\(IntentParser.parse(text))")
            return
        }
        #expect(request.status == .pending)
    }

    /// "ls", "revert with" (Indian English for "reply with"), "my whole list": asking for the list.
    @Test(arguments: [
        HeldOutCase("ls my tasks", .lists([:])),
        HeldOutCase("my work tasks please, done and not done", .lists(["tag": "work", "status": "all"])),
        HeldOutCase("everything, finished or unfinished", .lists(["status": "all"])),
        HeldOutCase("what's still hanging over my head", .lists(["status": "pending"])),
        HeldOutCase("anything due before the weekend is over?", .lists(["status": "pending", "due_before": "2026-11-29", "sort": "due"])),
        HeldOutCase("anything due before the weekend?", .lists(["status": "pending", "due_before": "2026-11-27", "sort": "due"])),
        HeldOutCase("show me what's left by due date, because my week is a mess", .lists(["status": "pending", "sort": "due"])),
        HeldOutCase("kindly revert with the open tasks", .lists(["status": "pending"])),
        HeldOutCase("read out my whole list please", .lists(["status": "all"])),
        HeldOutCase("send me the full to-do list", .lists(["status": "all"])),
        HeldOutCase("look for something about the dentist", .lists(["search": "dentist"])),
        HeldOutCase("show me the tasks which are not finish", .lists(["status": "pending"])),
        HeldOutCase("Could you provide me with a list of all my outstanding tasks?", .lists(["status": "pending"])),
        HeldOutCase("give me a list of my work stuff", .lists(["tag": "work"])),
        HeldOutCase("shopping list pls", .lists(["tag": "shopping"])),
        HeldOutCase("travel things", .lists(["tag": "travel"])),
        HeldOutCase("have i got anything to do with the dentist", .lists(["search": "dentist"])),
        HeldOutCase("anything on the passport?", .lists(["search": "passport"])),
        HeldOutCase("show me the tasks with the work tag", .lists(["tag": "work"])),
        HeldOutCase("what's left that's due by friday?", .lists(["status": "pending", "due_before": "2026-11-27", "sort": "due"])),
    ])
    func plainAndForeignWaysToAskForTheList(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// "before saturday" ends the day before it; "on or before" and "by" include the day.
    @Test(arguments: [
        HeldOutCase("what's due before monday", .lists(["status": "pending", "due_before": "2026-11-29", "sort": "due"])),
        HeldOutCase("anything due b4 fri?", .lists(["status": "pending", "due_before": "2026-11-26", "sort": "due"])),
        HeldOutCase("what is due on or before saturday", .lists(["status": "pending", "due_before": "2026-11-28", "sort": "due"])),
        HeldOutCase("what's due by saturday", .lists(["status": "pending", "due_before": "2026-11-28", "sort": "due"])),
    ])
    func aDayBeforeIsLeftOut(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// The diary asked about ("am I free saturday"), a tag named after "anything", both kinds
    /// of task said with "or not", an order said as "by alphabet", and what "needs doing".
    @Test(arguments: [
        HeldOutCase("am I free on saturday?", .lists(["status": "pending", "due_before": "saturday", "sort": "due"])),
        HeldOutCase("what does my day look like", .lists(["status": "pending", "due_before": "2026-11-26", "sort": "due"])),
        HeldOutCase("am i free?", .lists(["status": "pending", "due_before": "2026-11-26", "sort": "due"])),
        HeldOutCase("how does my weekend look", .lists(["status": "pending", "due_before": "end of week", "sort": "due"])),
        HeldOutCase("travel stuff, urgent first", .lists(["tag": "travel", "sort": "priority"])),
        HeldOutCase("show me my shopping", .lists(["tag": "shopping"])),
        HeldOutCase("anything on the work front?", .lists(["tag": "work"])),
        HeldOutCase("show me the important ones first", .lists(["sort": "priority"])),
        HeldOutCase("got anything work tag?", .lists(["tag": "work"])),
        HeldOutCase("list everything, finished or not", .lists(["status": "all"])),
        HeldOutCase("sort them by alphabet", .lists(["sort": "title"])),
        HeldOutCase("what needs doing by friday?", .lists(["status": "pending", "due_before": "friday", "sort": "due"])),
    ])
    func aListAskedForInOtherWords(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
