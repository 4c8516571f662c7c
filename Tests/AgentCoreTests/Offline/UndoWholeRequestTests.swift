import Testing
@testable import AgentCore

/// "Undo" takes back the user's whole last request: every task it changed, not its last call.
@Suite struct UndoWholeRequestTests {
    @Test func undoAfterTwoDeletionsBringsBothBack() async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse(["delete tasks 6 and 8", "undo"])
        #expect(said.exchanges.map(\.name) == [UndoTool.name, UndoTool.name])
        #expect(try world.tasks.task(id: 6).title == "Book flights")
        #expect(try world.tasks.task(id: 8).title == "Clean the garage")
        #expect(said.reply.split(separator: "\n").count == 2, "\(said.reply)")
    }

    @Test func undoAfterAddingThreeRemovesAllThree() async throws {
        let world = try HeldOutWorld()
        _ = try await world.converse(["add eggs, flour and sugar", "undo that"])
        for id: Int64 in [11, 12, 13] {
            #expect(throws: (any Error).self) { try world.tasks.task(id: id) }
        }
    }

    @Test func undoTakesBackOnlyTheLastRequest() async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse(["add bread", "add milk", "undo"])
        #expect(said.exchanges.map(\.name) == [UndoTool.name])
        #expect(try world.tasks.task(id: 11).title == "Bread")
        #expect(throws: (any Error).self) { try world.tasks.task(id: 12) }
    }

    /// A completion that changed nothing is no change to take back.
    @Test func undoSkipsWhatChangedNothing() async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse(["complete 5 and 10", "undo"])
        #expect(said.exchanges.map(\.name) == [UndoTool.name])
        #expect(try world.tasks.task(id: 10).completed == false)
        #expect(try world.tasks.task(id: 5).completed)
    }
}
