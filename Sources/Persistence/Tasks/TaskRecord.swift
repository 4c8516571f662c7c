import Foundation
internal import GRDB

/// A row of `tasks`, with its columns as SQLite holds them.
struct TaskRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "tasks"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var userId: String
    var title: String
    var description: String?
    var completed: Bool
    var priority: String?
    var due: String?
    var dueAt: Date?
    var recurrence: String?
    var createdAt: Date
    var updatedAt: Date
    var completedAt: Date?
    var deletedAt: Date?

    enum Columns {
        static let id = Column("id")
        static let userID = Column("user_id")
        static let completed = Column("completed")
        static let priority = Column("priority")
        static let deletedAt = Column("deleted_at")
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The user's task `id`, unless it is deleted.
    static func visible(id: Int64, user: UserID, in db: Database) throws -> TaskRecord {
        let record = try TaskRecord
            .filter(Columns.id == id && Columns.userID == user.rawValue && Columns.deletedAt == nil)
            .fetchOne(db)
        guard let record else { throw TaskStoreError.notFound(id) }
        return record
    }

    /// Copies the fields a snapshot carries; ids, owner and creation time stay.
    mutating func apply(_ state: TaskState) {
        title = state.title
        description = state.description
        completed = state.completed
        priority = state.priority?.rawValue
        due = state.due?.normalized
        dueAt = state.due?.sortInstant
        recurrence = state.recurrence?.normalized
        completedAt = state.completedAt
        deletedAt = state.deletedAt
    }
}
