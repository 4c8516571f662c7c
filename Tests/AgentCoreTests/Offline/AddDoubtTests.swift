import Testing
@testable import AgentCore

/// Adds whose title would keep the trace of a misreading: the engine asks, or reads the
/// phrase, but never writes a task named after half a command.
@Suite struct AddDoubtTests {
    /// The repeat is lifted out, leaving "Set the plants to": an edit, not a new task.
    @Test(arguments: [
        "set the plants to every 3 days",
        "change the report to every monday",
        "switch the bins to weekly",
    ])
    func anEditWhoseValueWasLiftedIsNotAdded(_ text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(said.exchanges.allSatisfy { $0.name != "add_task" }, "\(said.exchanges.map(\.name)) \(said.reply)")
    }

    /// A task nobody said to add that starts with a verb for changing one: asked about, and
    /// added as said once "add" is said.
    @Test(arguments: ["move calling the dentist to wednesday, ta very much", "shift the garage one to sunday cheers", "change house viewing to 3pm"])
    func anUnaskedTaskThatStartsWithAChangeVerbIsAskedAbout(_ text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(said.exchanges.allSatisfy { $0.name != "add_task" }, "\(said.exchanges.map(\.name)) \(said.reply)")
        let added = try await HeldOutWorld().converse(["add move house on saturday"])
        #expect(HeldOutVerdict.problem(.writes([.add("Move house", ["due": "saturday"])]), exchanges: added.exchanges, reply: added.reply) == nil)
    }

    /// "the first" read as a date leaves a title ending in the verb of a second request; a
    /// tag named with no task is a change half said.
    @Test(arguments: ["show me the work ones and tick the first", "list the shopping and then delete the second", "add the holiday tag"])
    func aTitleEndingInAChangeVerbIsNotAdded(_ text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        #expect(said.exchanges.allSatisfy { $0.name != "add_task" }, "\(said.exchanges.map(\.name)) \(said.reply)")
    }

    @Test(arguments: ["add finish the slides by end of day", "finish the slides EOD", "add finish the slides by close of business"])
    func endOfDayIsToday(_ text: String) async throws {
        let said = try await HeldOutWorld().converse([text])
        let expected = ExpectedCall.add("Finish the slides", ["due": "today"])
        #expect(HeldOutVerdict.problem(.writes([expected]), exchanges: said.exchanges, reply: said.reply) == nil)
    }

    /// "Add cancel the paper before it renews": "it" after the object is the title's own; only "delete it" is a command.
    @Test(arguments: [
        HeldOutCase("add cancel the newspaper subscription before it renews", .add("Cancel the newspaper subscription before it renews")),
    ])
    func aTitleThatStartsWithACommandVerbIsAddedWhenAskedFor(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// A command over a pronoun or over everything, a "don't", or a second request inside the
    /// title: asked about, never added.
    @Test(arguments: [
        HeldOutCase("add delete it", .writesNothing),
        HeldOutCase("dont bother with the garage this week", .writesNothing),
        HeldOutCase("dad's party is on the 12th, remind me to get a card a few days before", .writesNothing),
    ])
    func commandsAndNewsAreNotAdded(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    /// What a misreading leaves behind in a title: a word that cannot end a task, stray
    /// punctuation, the command itself, or a second request after "also".
    @Test(arguments: [
        "Move to fri w/", "Fix the bike can be", "Renew the licence until", "Tuesday not",
        "Flights:,, and the holiday tag", "Able to add a task to submit my claim", "Buy glue also tick off the groceries",
    ])
    func aTitleLeftByAMisreadingIsDoubted(_ title: String) {
        #expect(AddDoubt.reason(title) != nil)
    }

    @Test(arguments: [
        "Put the kettle on", "Hand the essay in", "Check in for the flight", "Pick up the kids from school", "Re: invoice 42",
        "Buy a watering can", "Update my will",
    ])
    func anOrdinaryTitleIsNot(_ title: String) {
        #expect(AddDoubt.reason(title) == nil)
    }
}
