import Persistence
import Testing
@testable import AgentCore

/// Tags added, removed and replaced on an existing task, checked in the stored row: the
/// tool replaces the whole list, so an add that sent only the new tag used to drop the rest.
@Suite struct TagEditTests {
    /// #4 "Team meeting notes" is tagged #work.
    @Test(arguments: [
        "tag the team meeting notes with q4", "add the q4 tag to the meeting notes", "the meeting notes should also be tagged q4",
        "TAG TASK 4 WITH Q4", "pls tag the meeting notes with #q4 too", "could you add a q4 label to task 4, thanks",
        "label #4 q4", "put the meeting notes under q4 as well", "the meeting notes should be tagged 'q4'",
        "add the meeting notes to my q4 tag", "put task 4 in the q4 category",
    ])
    func anAddedTagKeepsTheTagsTheTaskHad(_ text: String) async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse([text])
        #expect(try world.tasks.task(id: 4).tags == ["q4", "work"])
    }

    /// #10 "Fix the bike", tagged #errands and #home first.
    @Test(arguments: [
        "remove the tag home from the bike", "untag the bike home", "the bike isn't #home any more", "drop #home from task 10",
        "take the home tag off the bike", "Untag #home from task 10 please", "the bike shouldn't be tagged home",
    ])
    func aRemovedTagLeavesTheOthers(_ text: String) async throws {
        let world = try Self.bikeWithTwoTags()
        _ = try await world.converse([text])
        #expect(try world.tasks.task(id: 10).tags == ["errands"])
    }

    @Test(arguments: ["remove the tag garden from the bike", "untag task 10 garden", "the bike isn't #garden anymore"])
    func removingATagTheTaskLacksSaysSoAndWritesNothing(_ text: String) async throws {
        let world = try Self.bikeWithTwoTags()
        let said = try await world.converse([text])
        #expect(!said.exchanges.contains { $0.isWrite })
        #expect(said.reply == "#10 Fix the bike isn't tagged #garden (its tags: #errands and #home), so nothing changed.")
    }

    @Test func addingATagTheTaskHasSaysSoAndWritesNothing() async throws {
        let said = try await HeldOutWorld().converse(["tag task 4 with work"])
        #expect(!said.exchanges.contains { $0.isWrite })
        #expect(said.reply == "#4 Team meeting notes is already tagged #work, so nothing changed.")
    }

    @Test(arguments: [
        "retag the bike as work only", "the bike's tags should be just work", "tag the bike with work only",
        "the bike should only be tagged work", "set the tags of task 10 to work", "RETAG TASK 10 AS WORK",
    ])
    func aReplacedTagListIsExactlyTheNewTag(_ text: String) async throws {
        let world = try Self.bikeWithTwoTags()
        _ = try await world.converse([text])
        #expect(try world.tasks.task(id: 10).tags == ["work"])
    }

    /// "X isn't home any more, tag it garage": the old tag goes, the new one comes, the rest stay.
    @Test(arguments: [
        "the bike isn't home any more, tag it garage", "fix the bike is no longer a home task, label it garage instead",
        "the bike's not home now. file it under garage",
    ])
    func aTagSwappedForAnotherKeepsTheRest(_ text: String) async throws {
        let world = try Self.bikeWithTwoTags()
        let said = try await world.converse([text])
        #expect(try world.tasks.task(id: 10).tags == ["errands", "garage"], "\(said.reply)")
    }

    @Test func swappingATagTheTaskLacksSaysSoAndWritesNothing() async throws {
        let said = try await HeldOutWorld().converse(["the garage isn't work any more, tag it home"])
        #expect(!said.exchanges.contains { $0.isWrite })
        #expect(said.reply.contains("isn't tagged #work"), "\(said.reply)")
    }

    @Test func aTagAddedToAPronounAfterAListKeepsTheOthers() async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse(["show task 4", "tag it q4"])
        #expect(try world.tasks.task(id: 4).tags == ["q4", "work"])
    }

    @Test func aTagAddedToAnUnknownIDSaysThereIsNoSuchTask() async throws {
        let said = try await HeldOutWorld().converse(["tag task 42 with q4"])
        #expect(!said.exchanges.contains { $0.isWrite })
        #expect(said.reply.hasPrefix("There's no task 42"))
    }

    /// The list tool shows 200 tasks at a time; a task far down a long list is still found.
    @Test(arguments: ["tag task 900 with urgent", "add the urgent tag to #900", "postpone task 900 by a week"])
    func anEditByIdReachesATaskBeyondTheFirstPage(_ text: String) async throws {
        let world = try HeldOutWorld()
        let due = try #require(LocalDate("2026-12-01"))
        try world.tasks.transaction { editor in
            for index in 11...1_000 { _ = try editor.add(TaskDraft(title: "Chore \(index)", tags: ["home"], due: .day(due))) }
        }
        _ = try world.tasks.transaction { editor in try (300..<320).map { try editor.delete(id: Int64($0)) } }
        let said = try await world.converse([text])
        #expect(said.exchanges.filter(\.isWrite).count == 1, "\(said.reply)")
        let task = try world.tasks.task(id: 900)
        if text.contains("postpone") {
            #expect(task.due == .day(due.adding(days: 7)))
        } else {
            #expect(task.tags == ["home", "urgent"])
        }
    }

    @Test func anIdPastTheLastTaskIsMissingAndNothingIsWritten() async throws {
        let said = try await HeldOutWorld().converse(["tag task 5000 with urgent"])
        #expect(!said.exchanges.contains { $0.isWrite })
        #expect(said.reply.contains("no task 5000"))
    }

    private static func bikeWithTwoTags() throws -> HeldOutWorld {
        let world = try HeldOutWorld()
        _ = try world.tasks.transaction {
            AgentTools.run(name: "update_task", arguments: #"{"task_id": 10, "tags": ["errands", "home"]}"#, editor: $0)
        }
        return world
    }

    /// "Add the label 'travel' to X": the kind of mark first, then the mark in quotes.
    @Test(arguments: [
        HeldOutCase("put the label \"home\" on the bike task", .update(10, ["tags": ["home"]])),
        HeldOutCase("add the tag 'abroad' to the passport", .update(7, ["tags": ["abroad"]])),
        HeldOutCase("tag the garage one home", .update(8, ["tags": ["home"]])),
    ])
    func theWordLabelBeforeAQuotedTag(_ row: HeldOutCase) async throws {
        try await HeldOutTests.expectHeld(row)
    }
}

/// What looks like a tag removal but takes a task off the list.
@Suite struct TagRemovalLookalikeTests {
    @Test(arguments: [("take #6 off my list", 6), ("remove #3 from the list", 3), ("drop #7 from my todos", 7)])
    func aNumberOffTheListIsADeletion(text: String, id: Int) {
        #expect(IntentParser.parse(text) == .change(.delete, of: .id(id)))
    }
}
