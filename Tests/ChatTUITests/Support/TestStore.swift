import Foundation
import Persistence
import TestSupport
@testable import ChatTUI

/// A `ChatStore` on a fresh database file in a temporary folder, "now" fixed at ``fixedNow``
/// in UTC, as the runtime's store is on the person's own file.
final class TestStore {
    let folder: TemporaryFolder
    let database: AppDatabase
    let store: ChatStore

    init() throws {
        folder = try TemporaryFolder("store")
        database = try AppDatabase.open(path: folder.databasePath)
        let clock = TaskClock.fixed(fixedNow, timeZone: utc)
        store = ChatStore(
            conversations: ConversationService(database: database, user: UserID("me"), clock: clock),
            tasks: TaskService(database: database, user: UserID("me"), clock: clock, source: .tui))
    }

    /// A conversation of `count` messages, user and assistant in turn ("message 1" first).
    func conversation(of count: Int) throws -> Int64 {
        let messages = (1...count).map { NewMessage(role: $0 % 2 == 1 ? .user : .assistant, content: "message \($0)") }
        let (conversation, _) = try store.conversations.startConversation(with: messages[0])
        try store.conversations.append(contentsOf: messages.dropFirst(), to: conversation.id)
        return conversation.id
    }
}
