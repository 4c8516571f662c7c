import Foundation
import GRDB
import Testing
@testable import Persistence

/// Another connection holding the write lock, as another process would.
private final class LockHolder {
    private let queue: DatabaseQueue

    /// Opens its own connection to `path` and takes the write lock with an uncommitted write.
    init(path: String) throws {
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: """
                INSERT INTO task_changes (user_id, task_id, action, source, created_at)
                VALUES ('someone', 1, 'add', 'cli', '2025-01-01 00:00:00')
                """)
        }
    }

    func release() throws {
        try queue.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
        try queue.close()
    }
}

@Suite(.serialized) struct BusyDatabaseTests {
    @Test func readingNeedsNoWriteLockWhileWritingReportsWhoHoldsIt() throws {
        // Given a chattui database with a task, a writer that has it open, and another
        // connection holding the write lock
        let folder = try TestFolder()
        let path = folder.databasePath
        _ = try TaskService.make(try AppDatabase.open(path: path)).add(TaskDraft(title: "written before"))
        let writer = try AppDatabase.open(path: path)
        let holder = try LockHolder(path: path)
        // When it is opened for reading, then the list comes back without waiting for the lock
        let reader = try AppDatabase.open(path: path, access: .readOnly)
        #expect(try TaskService.make(reader).list(TaskQuery()).tasks.map(\.title) == ["written before"])
        // And a write, once the busy timeout has passed, says the database is busy and why
        #expect(throws: AppDatabaseError.busy(path: path, holder: nil)) {
            try TaskService.make(writer).add(TaskDraft(title: "behind the lock"))
        }
        try holder.release()
        _ = try TaskService.make(writer).add(TaskDraft(title: "after the lock"))
        #expect(AppDatabaseError.busy(path: path, holder: nil).description == "\(path) is busy: another process "
            + "has been writing to it for more than 5 s; try again when it has finished")
    }

    @Test func aLiveChattuiLeaseNamesTheHolder() throws {
        // Given a conversation whose lease another live process holds (the test runner's parent)
        let (database, folder) = try makeTestDatabase()
        let conversations = ConversationService(database: database, user: UserID("alice"), clock: fixedClock())
        let (conversation, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "hi"))
        try conversations.acquireLease(
            conversationID: conversation.id, pid: getppid(), now: instant("2025-03-14T10:00:00Z"), staleAfter: 60)
        // Then the busy message names it; a lease of this process or of a dead one names nobody
        #expect(BusyHolder.describe(path: database.path)
            == "chattui (pid \(getppid()), running a turn in conversation \(conversation.id))")
        try conversations.releaseLease(conversationID: conversation.id, pid: getppid())
        try conversations.acquireLease(
            conversationID: conversation.id, pid: getpid(), now: instant("2025-03-14T10:00:00Z"), staleAfter: 60)
        #expect(BusyHolder.describe(path: database.path) == nil)
        withExtendedLifetime(folder) {}
    }
}
