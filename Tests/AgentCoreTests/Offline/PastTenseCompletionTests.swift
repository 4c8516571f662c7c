import Persistence
import Testing
@testable import AgentCore

/// "I rang mum already", "got the groceries": a past verb outside any table is read by its
/// form, and the one pending task it matches is completed; a weak match writes nothing.
@Suite struct PastTenseCompletionTests {
    @Test(arguments: [
        ("call mum", "i rang mum already"),
        ("email the landlord", "I did email the landlord yesterday"),
        ("call the bank", "phoned the bank earlier"),
        ("call the council", "I telephoned the council this morning, you may cross that off"),
        ("renew the car insurance", "finally sorted the car insurance"),
        ("text Jo", "texted jo last night"),
        ("feed the cat", "I fed the cat this morning"),
        ("post the parcel", "posted the parcel on monday"),
        ("hoover the stairs", "hoovered the stairs!"),
        ("clean the shed", "finally cleaned out the shed"),
        ("tidy the loft", "we tidied up the loft at last"),
    ])
    func thePendingTaskItNamesIsCompleted(title: String, text: String) async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse(["add \(title)"])
        let said = try await world.converse([text])
        #expect(said.exchanges.filter(\.isWrite).map(\.name) == ["complete_task"], "\(said.reply)")
        #expect(try world.tasks.task(id: 11).completed)
    }

    @Test(arguments: ["got the groceries", "picked up the groceries", "I grabbed the groceries on the way home"])
    func aGeneralVerbFindsTheTaskByItsObject(_ text: String) async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([text])
        #expect(said.exchanges.filter(\.isWrite).map(\.name) == ["complete_task"], "\(said.reply)")
        #expect(try world.tasks.task(id: 1).completed)
    }

    @Test(arguments: ["rang the plumber", "I bought a new bike", "I sold the car", "walked the dog", "I emailed the dentist"])
    func aWeakMatchWritesNothing(_ text: String) async throws {
        try await HeldOutTests.expectNothingWritten(text)
    }

    /// "Mark it resolved", "I have finish to…" (a French or Italian speaker's perfect): done.
    @Test(arguments: [
        HeldOutCase("mark the garage as closed", .complete(8)),
        HeldOutCase("pls mark task 6 resolved", .complete(6)),
        HeldOutCase("we have finish to pay the rent", .complete(3)),
        HeldOutCase("i have finish the passport, can you help me to mark it", .complete(7)),
        HeldOutCase("I think I already booked the flights, can I mark it as done here?", .complete(6)),
        HeldOutCase("would you mind ticking off the groceries", .complete(1)),
    ])
    func resolvedClosedAndFinishToComplete(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
