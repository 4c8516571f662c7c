import Persistence
import Testing
@testable import AgentCore

/// A reminder about something by name dates the pending task it names, or adds one when
/// none is named. Today is Thursday 26 November 2026.
@Suite struct ReminderTests {
    @Test(arguments: [
        ("remind me about the dentist on monday", 2, "2026-11-30"), ("can you remind me about the rent on the 5th?", 3, "2026-12-05"),
        ("REMIND ME ABOUT THE PASSPORT NEXT WEEK", 7, "2026-11-30"), ("pls remind me abt the garage sat", 8, "2026-11-28"),
        ("could you give me a reminder about the bike in 3 days, thanks", 10, "2026-11-29"),
        ("set a reminder for renew passport tomorrow", 7, "2026-11-27"),
    ])
    func aReminderAboutAPendingTaskDatesIt(text: String, id: Int, due: String) async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([text])
        #expect(said.exchanges.filter(\.isWrite).map(\.name) == ["update_task"])
        #expect(try world.tasks.task(id: Int64(id)).due?.normalized == due)
    }

    @Test(arguments: ["remind me about the electricity bill on the 1st", "remind me about the gas man friday"])
    func aReminderAboutNothingOnTheListAddsIt(_ text: String) async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([text])
        #expect(said.exchanges.filter(\.isWrite).map(\.name) == ["add_task"])
        #expect(said.exchanges.last?.arguments["title"]?.stringValue?.hasPrefix("The ") == false)
    }

    /// #4 and #9 are both tagged work, but only titles count; "team meeting" and "email" each
    /// name one task, "the" names none, so two tasks with one word in common are asked about.
    @Test func aReminderNamingTwoTasksAsksWhichAndWritesNothing() async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse(["add email the landlord"])
        let said = try await world.converse(["remind me about the email on friday"])
        #expect(!said.exchanges.contains { $0.isWrite })
        #expect(said.reply.hasPrefix("Several tasks match “Email”"))
    }

    @Test(arguments: ["remind me to call mom friday", "remind me about the dentist"])
    func otherRemindersAreNotLookedUp(_ text: String) {
        if case .remind = IntentParser.parse(text) { Issue.record("\(text) was read as a reminder about a task") }
    }

    @Test(arguments: [("remind me about it friday", TaskTarget.pronoun), ("remind me about task 3 on friday", .id(3))])
    func aReminderAboutAPronounOrANumberDatesThatTask(text: String, target: TaskTarget) {
        #expect(IntentParser.parse(text) == .change(.update(TaskEdits(due: "friday")), of: target))
    }
}

