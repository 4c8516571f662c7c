import Foundation
internal import PostgresNIO

/// How `PostgresTaskEditor` reads a row of `tasks`: the columns it selects, in order.
enum PostgresTaskRow {
    static let columns = """
        id, owner, title, description, completed, priority, due, recurrence, \
        created_at, updated_at, completed_at, deleted_at
        """

    /// The task in `row`, with `tags`; text that no longer parses reads as absent, as on SQLite.
    static func task(_ row: PostgresRow, tags: [String]) throws -> TodoTask {
        let cells = row.makeRandomAccess()
        do {
            return TodoTask(
                id: try cells[0].decode(Int64.self), userID: UserID(try cells[1].decode(String.self)),
                title: try cells[2].decode(String.self), description: try cells[3].decode(String?.self),
                completed: try cells[4].decode(Bool.self),
                priority: try cells[5].decode(String?.self).flatMap(Priority.init(rawValue:)), tags: tags,
                due: try cells[6].decode(String?.self).flatMap(Due.init(storedText:)),
                recurrence: try cells[7].decode(String?.self).flatMap { try? Recurrence.parse($0) },
                createdAt: try cells[8].decode(Date.self), updatedAt: try cells[9].decode(Date.self),
                completedAt: try cells[10].decode(Date?.self), deletedAt: try cells[11].decode(Date?.self))
        } catch {
            throw PostgresErrorText.backendError(error)
        }
    }

    /// `date` cut to the millisecond, the precision SQLite keeps and the undo journal's JSON
    /// writes, so a task reads back the same from either backend and after an undo.
    static func stored(_ date: Date?) -> Date? {
        date.map { Date(timeIntervalSince1970: ($0.timeIntervalSince1970 * 1000).rounded(.down) / 1000) }
    }
}
