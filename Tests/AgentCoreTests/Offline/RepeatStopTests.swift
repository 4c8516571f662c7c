import Persistence
import Testing
@testable import AgentCore

/// A recurring task made one-off: the recurrence is cleared with the tool's `null`, and the
/// due date stays. #3 "Pay rent" is monthly, due 1 December 2026.
@Suite struct RepeatStopTests {
    @Test(arguments: [
        "stop repeating the rent", "the rent doesn't repeat any more", "make the rent one-off", "task 3 shouldn't recur anymore",
        "turn off the repeat on task 3", "the rent is a one-off now", "STOP THE RENT REPEATING", "pls make pay rent a one time thing",
        "the rent isnt recurring anymore",
        "pay rent doesnt have to be repeated any more", "no need to keep repeating the rent",
    ])
    func theRecurrenceIsClearedAndTheDateKept(_ text: String) async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([text])
        let rent = try world.tasks.task(id: 3)
        #expect(rent.recurrence == nil)
        #expect(rent.due?.normalized == "2026-12-01")
        #expect(said.exchanges.filter(\.isWrite).map(\.arguments["recurrence"]) == [.null])
    }
}
