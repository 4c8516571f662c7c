import Persistence
import Testing
@testable import AgentCore

/// "Clear the due date", "no priority for the gym", "remove all tags": the field is sent as
/// `null`, as the tool contract allows, and only that field changes.
@Suite struct ClearFieldTests {
    @Test(arguments: [
        "clear the due date on the email to sarah", "remove the due date from task 9", "sarah's email has no deadline",
        "no due date for task 9", "take the date off the email to Sarah", "task 9 isn't due on any day anymore",
    ])
    func theDueDateIsCleared(_ text: String) async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([text])
        #expect(said.exchanges.filter(\.isWrite).map(\.arguments["due"]) == [.null], "\(said.reply)")
        #expect(said.reply.contains("It has no due date now."), "\(said.reply)")
        let task = try world.tasks.task(id: 9)
        #expect(task.due == nil)
        #expect(task.tags == ["work"])
    }

    @Test(arguments: ["no priority for the dentist", "remove the priority from task 2", "clear the dentist's priority",
                      "the dentist has no priority", "take the priority off the dentist",
                      "take the urgent off the dentist", "remove the high priority from task 2", "clear the urgent flag on the dentist"])
    func thePriorityIsCleared(_ text: String) async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([text])
        #expect(said.exchanges.filter(\.isWrite).map(\.arguments["priority"]) == [.null], "\(said.reply)")
        #expect(said.reply.contains("It has no priority now."), "\(said.reply)")
        #expect(try world.tasks.task(id: 2).priority == nil)
        #expect(try world.tasks.task(id: 2).due != nil)
    }

    @Test(arguments: ["remove all tags from the groceries", "clear the tags on task 1", "untag the groceries",
                      "the groceries has no tags", "take every tag off task 1"])
    func theTagsAreCleared(_ text: String) async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([text])
        #expect(said.exchanges.filter(\.isWrite).count == 1, "\(said.reply)")
        #expect(try world.tasks.task(id: 1).tags.isEmpty)
    }
}
