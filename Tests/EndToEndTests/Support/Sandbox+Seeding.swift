import Foundation
import Persistence

extension Sandbox {
    /// The sandbox's database, opened in this process as the given user, to seed or inspect it.
    func database() throws -> AppDatabase {
        try AppDatabase.open(path: databasePath)
    }

    func taskService(user: String = "tester") throws -> TaskService {
        TaskService(database: try database(), user: UserID(user), clock: Self.clock, source: .cli)
    }

    func conversationService(user: String = "tester") throws -> ConversationService {
        ConversationService(database: try database(), user: UserID(user), clock: Self.clock)
    }

    /// Thursday 26 November 2026, 09:30 UTC: the "now" of seeded data.
    static let clock = TaskClock.fixed(Date(timeIntervalSince1970: 1_795_685_400), timeZone: TimeZone(identifier: "UTC")!)
}
