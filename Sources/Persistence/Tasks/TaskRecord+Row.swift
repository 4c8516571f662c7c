internal import GRDB

extension TaskRecord {
    /// Reads a row by column name, without `Decodable`.
    ///
    /// GRDB's `Codable` decoding converts each column's snake_case name for every row; at
    /// 100,000 tasks (`chattui tasks --json`) that was 38 % of the command's CPU, 20 % in
    /// the name conversion alone (docs/performance.md). Each value is read as its type's
    /// `DatabaseValueConvertible` conformance reads it, as the decoder did, and a value that does
    /// not convert (a NULL title written by hand) throws as it did.
    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        userId = try row.decode(forColumn: "user_id")
        title = try row.decode(forColumn: "title")
        description = try row.decode(forColumn: "description")
        completed = try row.decode(forColumn: "completed")
        priority = try row.decode(forColumn: "priority")
        due = try row.decode(forColumn: "due")
        dueAt = try row.decode(forColumn: "due_at")
        recurrence = try row.decode(forColumn: "recurrence")
        createdAt = try row.decode(forColumn: "created_at")
        updatedAt = try row.decode(forColumn: "updated_at")
        completedAt = try row.decode(forColumn: "completed_at")
        deletedAt = try row.decode(forColumn: "deleted_at")
    }
}
