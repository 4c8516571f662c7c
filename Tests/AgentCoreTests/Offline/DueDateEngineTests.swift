import Foundation
import Persistence
import Testing
@testable import AgentCore

/// The engine and the real tools on a database file, as a turn runs them.
@Suite struct DueDateEngineTests {
    /// Thursday 26 November 2026, 09:30 in New York (UTC-5; UTC-4 in June).
    static let clock = TaskClock.fixed(Date(timeIntervalSince1970: 1_795_685_400), timeZone: TimeZone(identifier: "America/New_York") ?? .current)

    /// Says `text`, runs every call on `store` until the engine replies, and returns the reply.
    private func converse(_ text: String, store: ToolTestStore) async throws -> (reply: String, tools: [String]) {
        var engine = EngineHarness()
        var step = try await engine.say(text)
        var tools: [String] = []
        while case .calls(let calls) = step {
            tools += calls.map(\.name)
            step = try await engine.answer(try calls.map { try store.call($0.name, $0.arguments).text })
        }
        return (step.text ?? "", tools)
    }

    @Test func aDayMonthWithATimeIsStoredAsALocalDateTimeWithItsOffset() async throws {
        let store = try ToolTestStore(clock: Self.clock)
        let said = try await converse("remind me to call mom on 3 June at 5pm", store: store)
        #expect(said.tools == ["add_task"])
        #expect(said.reply.hasPrefix("Added #1 Call mom"))
        let task = try #require(try store.call("list_tasks", "{}")["tasks"]?.arrayValue?.first)
        #expect(task["title"] == "Call mom")
        #expect(task["due"] == "2027-06-03T17:00:00-04:00")
    }

    @Test(arguments: [
        ("pay rent on 31 April", "April has 30 days"),
        ("remind me to file taxes on February 30th", "February has 28 days, 29 in a leap year"),
        ("add a task to renew the lease on 29 feb 2027", "February 2027 has 28 days"),
    ])
    func anImpossibleDateWritesNothingAndSaysWhy(text: String, reason: String) async throws {
        let store = try ToolTestStore(clock: Self.clock)
        let said = try await converse(text, store: store)
        #expect(said.tools.isEmpty)
        #expect(said.reply.contains(reason))
        #expect(try store.call("list_tasks", "{}")["count"] == 0)
    }

    /// "25/12" and "12/12" can only be one day; "4/12" is 4 December in London and 12 April
    /// in New York, so the engine asks for the month by name.
    @Test func aDateInDigitsIsReadOnlyWhenItCannotBeMistaken() async throws {
        let store = try ToolTestStore(clock: Self.clock)
        let plain = try await converse("put down biology mock 12/12", store: store)
        #expect(plain.tools == ["add_task"])
        let task = try #require(try store.call("list_tasks", "{}")["tasks"]?.arrayValue?.first)
        #expect(task["due"] == "2026-12-12")
        let ambiguous = try await converse("add dentist 4/12", store: store)
        #expect(ambiguous.tools.isEmpty)
        #expect(ambiguous.reply.contains("4 December or 12 April"), "\(ambiguous.reply)")
        #expect(try store.call("list_tasks", "{}")["count"] == 1)
    }

    @Test func theToolsRefuseAnImpossibleDateToo() throws {
        let store = try ToolTestStore(clock: Self.clock)
        let result = try store.call("add_task", #"{"title": "Pay rent", "due": "31 April"}"#)
        #expect(result["error"] == "there is no '31 April': April has 30 days")
        #expect(try store.call("list_tasks", "{}")["count"] == 0)
    }

    @Test(arguments: [
        ("renew my passport in a month", "Renew my passport", "2026-12-26"),
        ("I need to book the vet in eleven days", "Book the vet", "2026-12-07"),
        ("remind me to buy a gift two days from now", "Buy a gift", "2026-11-28"),
        ("water the garden the day after tomorrow", "Water the garden", "2026-11-28"),
        ("add a task to call the plumber this weekend", "Call the plumber", "2026-11-28"),
        ("remind me to order the turkey in a fortnight", "Order the turkey", "2026-12-10"),
        ("add send the invoices by the end of the month", "Send the invoices", "2026-11-30"),
        ("remind me to pick up the suit tomorrow in the morning", "Pick up the suit", "2026-11-27T09:00:00-05:00"),
        ("add a task to take out the bins tonight", "Take out the bins", "2026-11-26T20:00:00-05:00"),
        ("dentist appointment on the 3rd at 10:30am", "Dentist appointment", "2026-12-03T10:30:00-05:00"),
    ])
    func datesPeopleSayLandOnTheirDay(text: String, title: String, due: String) async throws {
        let store = try ToolTestStore(clock: Self.clock)
        let said = try await converse(text, store: store)
        // A thing named without a verb ("dentist appointment …") is looked for on the list first.
        #expect(said.tools.filter { $0 != "list_tasks" } == ["add_task"], "\(said.reply)")
        let task = try #require(try store.call("list_tasks", "{}")["tasks"]?.arrayValue?.first)
        #expect(task["title"] == JSONValue.string(title))
        #expect(task["due"] == JSONValue.string(due))
    }

    /// "Punt X to monday", "prepone X to 27th", "this arvo": a move said in jargon or dialect, and a day without "the".
    @Test(arguments: [
        HeldOutCase("punt the passport to monday", .update(7, ["due": "2026-11-30"])),
        HeldOutCase("prepone the flights to 27th", .update(6, ["due": "2026-11-27"])),
        HeldOutCase("move email sarah to 3rd", .update(9, ["due": "2026-12-03"])),
        HeldOutCase("add ring the school this arvo", .add("Ring the school", ["due": "2026-11-26T15:00:00Z"])),
        HeldOutCase("add file the vat return no later than the 15th", .add("File the vat return", ["due": "2026-12-15"])),
        HeldOutCase("I must post the contract on or before monday", .add("Post the contract", ["due": "2026-11-30"])),
        HeldOutCase("add fix the leak at 14 mill lane tomorrow", .add("Fix the leak at 14 mill lane", ["due": "2026-11-27"])),
        HeldOutCase("remind me to call the vet the morn", .add("Call the vet", ["due": "2026-11-27"])),
        HeldOutCase("add take the sofa to 2nd hand shop", .add("Take the sofa to 2nd hand shop")),
        HeldOutCase("add mot for the van on the 3rd of next month", .add("Mot for the van", ["due": "2026-12-03"])),
        HeldOutCase("add dentist checkup a fortnight on monday", .add("Dentist checkup", ["due": "2026-12-14"])),
        HeldOutCase("add send the invoice by close of play friday", .add("Send the invoice", ["due": "friday"])),
        HeldOutCase("anything due before next week?", .lists(["status": "pending", "due_before": "2026-11-29", "sort": "due"])),
    ])
    func puntsPreponesBareOrdinalsAndTheArvo(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}
