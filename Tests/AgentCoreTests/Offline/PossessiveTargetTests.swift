import Persistence
import Testing
@testable import AgentCore

/// "mom's call", "mum's birthday", "the dentist's one": a possessive names the task by the
/// word without its "'s".
@Suite struct PossessiveTargetTests {
    @Test func aTagGoesOnTheTaskNamedByAPossessive() async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse(["add call mom"])
        let said = try await world.converse(["tag mom's call as family"])
        #expect(said.exchanges.filter(\.isWrite).map(\.name) == ["update_task"], "\(said.reply)")
        #expect(try world.tasks.task(id: 11).tags == ["family"])
    }

    @Test(arguments: ["move mum's birthday to friday", "push Mum's birthday to friday", "mums birthday is due friday"])
    func aDateGoesOnTheTaskNamedByAPossessive(_ text: String) async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse(["add plan mum birthday"])
        let said = try await world.converse([text])
        #expect(said.exchanges.filter(\.isWrite).map(\.name) == ["update_task"], "\(said.reply)")
        #expect(try world.tasks.task(id: 11).due != nil)
    }

    @Test(arguments: ["the dentist's one is low priority", "make the dentist's task low priority", "sarah's email is low priority"])
    func aPriorityGoesOnTheTaskNamedByAPossessive(_ text: String) async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([text])
        let writes = said.exchanges.filter(\.isWrite)
        #expect(writes.map(\.name) == ["update_task"], "\(said.reply)")
        #expect(writes.first?.arguments["priority"] == .string("low"))
    }
}
