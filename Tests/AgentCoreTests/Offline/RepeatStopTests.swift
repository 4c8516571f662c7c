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
        "the rent can just be a one-off", "we're buying the flat so the rent will be a one-off now",
        "the rent doesn't need to go out every month any more", "rent no longer has to be paid monthly",
        "we've paid a year in advance so the rent won't need to come round monthly now",
        "rent isn't due every month now",
    ])
    func theRecurrenceIsClearedAndTheDateKept(_ text: String) async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([text])
        let rent = try world.tasks.task(id: 3)
        #expect(rent.recurrence == nil)
        #expect(rent.due?.normalized == "2026-12-01")
        #expect(said.exchanges.filter(\.isWrite).map(\.arguments["recurrence"]) == [.null])
    }

    /// "The plants don't need watering every week anymore": how often, said last, makes news
    /// that a task is needed no more the end of its repeat, not of the task.
    @Test(arguments: [
        "the plants dont need watering every week anymore", "no need to water the plants weekly now",
        "i dont have to water the plants every week any more", "stop watering the plants every week",
        "water the plants doesn't need doing weekly anymore",
        "the plants don't get watered weekly now",
    ])
    func howOftenSaidLastStopsOnlyTheRepeat(_ text: String) async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse(["make watering the plants a weekly thing"])
        #expect(try world.tasks.task(id: 5).recurrence == .weekly)
        let said = try await world.converse([text])
        #expect(try world.tasks.task(id: 5).recurrence == nil, "\(said.reply)")
        #expect(said.exchanges.filter(\.isWrite).map(\.name) == ["update_task"], "\(said.reply)")
        #expect(said.reply.contains("no longer repeats"), "\(said.reply)")
    }

    /// "The bike needs doing every week, make it repeat": how often, said of the task, sets it.
    @Test(arguments: [
        HeldOutCase("the bike needs doing every week, make it repeat", .update(10, ["recurrence": "weekly"])),
        HeldOutCase("the plants need watering every 3 days", .update(5, ["recurrence": "every 3 days"])),
    ])
    func howOftenSaidOfATaskSetsItsRepeat(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }

    @Test func aTitleThatSaysHowOftenIsStillDeleted() async throws {
        let world = try HeldOutWorld()
        _ = try world.tasks.transaction { AgentTools.run(name: "add_task", arguments: #"{"title": "Weekly review"}"#, editor: $0) }
        let said = try await world.converse(["i dont need the weekly review anymore"])
        #expect(said.exchanges.filter(\.isWrite).map(\.name) == ["delete_task"], "\(said.reply)")
    }
}
