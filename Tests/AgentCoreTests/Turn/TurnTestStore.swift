import AgentCore
import Foundation
import Persistence
import TestSupport

/// A real database in a fresh temp folder, on a fixed clock, with the services and an
/// agent factory the turn tests need.
final class TurnTestStore {
    let folder: TemporaryFolder
    let conversations: ConversationService
    let tasks: TaskService

    static let clock = TaskClock.thursdayMorning

    init() throws {
        folder = try TemporaryFolder("turn")
        let database = try AppDatabase.open(path: folder.databasePath)
        conversations = ConversationService(database: database, user: UserID("tester"), clock: Self.clock)
        tasks = TaskService(database: database, user: UserID("tester"), clock: Self.clock, source: .cli)
    }

    func agent(_ provider: any ChatProvider, _ adjust: (inout AgentSettings) -> Void = { _ in }) -> Agent {
        var settings = AgentSettings(model: "test-model")
        adjust(&settings)
        return Agent(conversations: conversations, provider: provider, settings: settings)
    }

    /// Every message of the conversation, oldest first.
    func messages(in conversationID: Int64) async throws -> [StoredMessage] {
        try await conversations.newestMessages(in: conversationID, limit: 10_000)
    }
}

extension TurnHandle {
    /// Every event, to the end of the turn.
    func collect() async -> [TurnEvent] {
        var events: [TurnEvent] = []
        for await event in self { events.append(event) }
        return events
    }
}

extension [TurnEvent] {
    var summary: TurnSummary? {
        for case .finished(let summary) in self { return summary }
        return nil
    }

    var failure: TurnError? {
        for case .failed(let error) in self { return error }
        return nil
    }

    var conversationID: Int64? {
        for case .started(let id) in self { return id }
        return nil
    }

    var text: String {
        map { if case .textDelta(let text) = $0 { text } else { "" } }.joined()
    }
}
