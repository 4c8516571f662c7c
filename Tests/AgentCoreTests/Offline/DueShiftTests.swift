import Persistence
import Testing
@testable import AgentCore

/// A due date moved by a span from the date the task has, checked in the stored row. The
/// world's today is Thursday 26 November 2026; #3 "Pay rent" is due 1 December, monthly.
@Suite struct DueShiftTests {
    @Test(arguments: [
        ("postpone the rent by a week", "2026-12-08"), ("push the rent back two days", "2026-12-03"),
        ("move task 3 forward a day", "2026-11-30"), ("delay the rent 3 days", "2026-12-04"),
        ("bring the rent forward by a week", "2026-11-24"), ("pls push rent back a couple of weeks", "2026-12-15"),
        ("PUSH TASK 3 BACK 2 DAYS", "2026-12-03"), ("could you put off the rent for a fortnight please", "2026-12-15"),
        ("move the rent a month later", "2027-01-01"), ("shift the rent two days earlier", "2026-11-29"),
    ])
    func theRentMovesFromItsOwnDueDate(text: String, due: String) async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse([text])
        let rent = try world.tasks.task(id: 3)
        #expect(rent.due?.normalized == due)
        #expect(rent.recurrence?.normalized == "monthly")
    }

    /// #2 "Call the dentist" is due tomorrow, 27 November.
    @Test func theDentistMovesFromTomorrow() async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse(["push the dentist back two days"])
        #expect(try world.tasks.task(id: 2).due?.normalized == "2026-11-29")
    }

    @Test func aTimeOfDayIsKept() async throws {
        let world = try HeldOutWorld()
        _ = try world.tasks.transaction {
            AgentTools.run(name: "update_task", arguments: #"{"task_id": 4, "due": "2026-12-02 at 15:00"}"#, editor: $0)
        }
        let before = try #require(try world.tasks.task(id: 4).due?.normalized)
        _ = try await world.converse(["push task 4 back a day"])
        let after = try #require(try world.tasks.task(id: 4).due?.normalized)
        #expect(after == before.replacingOccurrences(of: "2026-12-02", with: "2026-12-03"))
    }

    @Test(arguments: ["postpone the bike by a week", "push task 10 back 2 days", "bring the bike forward a day"])
    func aTaskWithNoDueDateIsNotGivenOne(_ text: String) async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([text])
        #expect(!said.exchanges.contains { $0.isWrite })
        #expect(try world.tasks.task(id: 10).due == nil)
        #expect(said.reply.hasPrefix("#10 Fix the bike has no due date to move"))
    }

    @Test(arguments: ["push task 6 to friday", "move the rent to next week", "bring back the bike"])
    func aMoveToADateOrABringBackIsNoShift(_ text: String) {
        if case .change(.update(let edits), _) = IntentParser.parse(text) {
            #expect(edits.shift == nil)
        }
    }
}
