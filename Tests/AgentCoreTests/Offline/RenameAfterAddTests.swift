import Persistence
import Testing
@testable import AgentCore

/// Right after an add, "actually make that X" or "no wait, call it X" renames the task just
/// added; nothing else about it changes.
@Suite struct RenameAfterAddTests {
    @Test(arguments: [
        ("add get bread", "actually make that bread and milk", "Bread and milk"),
        ("add call the plumber", "no wait, call it ring the electrician", "Ring the electrician"),
        ("add book hotel", "change that to book hotel in Rome", "Book hotel in Rome"),
        ("add buy paint", "sorry, i meant buy white paint", "Buy white paint"),
        ("add wash car", "make that wash the van instead", "Wash the van"),
        ("add pick up parcel", "oops, should be collect the parcel", "Collect the parcel"),
    ])
    func theNewTaskIsRenamed(add: String, rename: String, title: String) async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([add, rename])
        let writes = said.exchanges.filter(\.isWrite)
        #expect(writes.map(\.name) == ["update_task"], "\(said.reply)")
        #expect(writes.first?.arguments["task_id"] == .int(11))
        #expect(try world.tasks.task(id: 11).title == title)
        #expect(try world.tasks.task(id: 11).priority == nil)
    }
}
