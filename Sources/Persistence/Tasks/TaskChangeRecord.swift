import Foundation
internal import GRDB

/// A row of the undo journal `task_changes`.
struct TaskChangeRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "task_changes"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var userId: String
    var taskId: Int64
    var action: String
    var before: String?
    var after: String?
    var relatedTaskId: Int64?
    var source: String
    var createdAt: Date
    var undoneAt: Date?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The user's newest change that has not been undone.
    static func newestUndoable(user: UserID, in db: Database) throws -> TaskChangeRecord? {
        try TaskChangeRecord
            .filter(Column("user_id") == user.rawValue && Column("undone_at") == nil)
            .order(Column("id").desc)
            .fetchOne(db)
    }
}
