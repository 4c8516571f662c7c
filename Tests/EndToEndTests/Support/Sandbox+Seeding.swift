import Foundation
import Persistence

extension Sandbox {
    /// The sandbox's database (its file, or its PostgreSQL database), opened in this process
    /// to seed or inspect it.
    func database() throws -> AppDatabase {
        guard let scratch else { return try AppDatabase.open(path: databasePath) }
        return try AppDatabase.open(location: DatabaseLocation(scratch.url), environment: [:])
    }

    /// On PostgreSQL the user is the role that connects, whatever `user` says.
    func taskService(user: String = "tester") throws -> TaskService {
        let database = try database()
        return TaskService(database: database, user: database.connectedUser ?? UserID(user), clock: Self.clock, source: .cli)
    }

    func conversationService(user: String = "tester") throws -> ConversationService {
        let database = try database()
        return ConversationService(database: database, user: database.connectedUser ?? UserID(user), clock: Self.clock)
    }

    /// Thursday 26 November 2026, 09:30 UTC: the "now" of seeded data.
    static let clock = TaskClock.fixed(Date(timeIntervalSince1970: 1_795_685_400), timeZone: TimeZone(identifier: "UTC")!)
}
