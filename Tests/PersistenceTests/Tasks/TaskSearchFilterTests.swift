import Foundation
import GRDB
import TestSupport
import Testing
@testable import Persistence

/// The text filter answered by the FTS5 index keeps the rows the `LIKE` scan it replaced kept.
struct TaskSearchFilterTests {
    /// Pieces that make near misses likely: ASCII case, LIKE's and FTS5's special characters,
    /// a lower-case accented letter (whose case the old filter never folded) and spaces.
    private static let pieces = [
        "a", "b", "A", "B", "ab", "Ba", "é", "%", "_", "\\", " ", "\"", "*", "-", "(", ")", "NEAR", "or", "ç",
    ]

    private static func text(_ random: inout SplitMix64, pieces count: ClosedRange<Int>) -> String {
        (0..<Int.random(in: count, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "a" }.joined()
    }

    /// The filter as it was before the index: every row of the user's scanned with LIKE.
    private func likeScan(_ database: AppDatabase, _ search: String) throws -> [Int64] {
        let pattern = "%" + TaskEditor.escapeLike(search.lowercased()) + "%"
        return try database.pool.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT id FROM tasks WHERE user_id = 'alice' AND deleted_at IS NULL
                  AND (lower(title) LIKE ? ESCAPE '\\' OR lower(description) LIKE ? ESCAPE '\\')
                ORDER BY id
                """, arguments: [pattern, pattern])
        }
    }

    @Test func theIndexKeepsTheRowsTheScanKept() throws {
        // Given 400 tasks with generated titles and descriptions, some deleted, some Bob's
        var random = SplitMix64(seed: 10)
        let (database, folder) = try makeTestDatabase()
        let alice = TaskService.make(database)
        let bob = TaskService.make(database, user: "bob")
        var titles: [String] = []
        for index in 0..<400 {
            let title = "t" + Self.text(&random, pieces: 1...6)
            let description = index % 3 == 0 ? Self.text(&random, pieces: 1...8) : nil
            titles.append(title)
            let owner = index % 10 == 9 ? bob : alice
            let task = try owner.add(TaskDraft(title: title, description: description))
            if index % 17 == 0 { _ = try owner.delete(id: task.id) }
        }
        // When 300 queries, cut from the titles with their ASCII case flipped or made up, are filtered
        for _ in 0..<300 {
            var query: String
            if Bool.random(using: &random), let title = titles.randomElement(using: &random) {
                let characters = Array(title)
                let start = Int.random(in: 0..<characters.count, using: &random)
                let end = Int.random(in: start..<min(characters.count, start + 6), using: &random)
                query = String(characters[start...end])
                if Bool.random(using: &random) { query = query.uppercased() == query ? query.lowercased() : query.uppercased() }
                query = query.replacingOccurrences(of: "É", with: "é").replacingOccurrences(of: "Ç", with: "ç")
            } else {
                query = Self.text(&random, pieces: 1...3)
            }
            // Then the index answers with the rows of the scan, in order, counted the same
            let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
            let expected = trimmed.isEmpty ? try likeScan(database, "") : try likeScan(database, trimmed)
            let page = try alice.list(TaskQuery(search: query))
            #expect(page.tasks.map(\.id) == expected, "query \(query.debugDescription)")
            #expect(page.count == expected.count, "query \(query.debugDescription)")
            let window = try alice.window(TaskQuery(search: query, sort: .title), around: .first, before: 0, after: 500)
            #expect(Set(window.items.map(\.id)) == Set(expected), "query \(query.debugDescription)")
        }
        withExtendedLifetime(folder) {}
    }

    @Test func theIndexFoldsCaseBeyondASCII() throws {
        let (database, folder) = try makeTestDatabase()
        let tasks = TaskService.make(database)
        let task = try tasks.add(TaskDraft(title: "Écrire à Émile", description: "ΣΟΦΊΑ"))
        #expect(try tasks.list(TaskQuery(search: "écrire")).tasks.map(\.id) == [task.id])
        #expect(try tasks.list(TaskQuery(search: "ÉMILE")).tasks.map(\.id) == [task.id])
        #expect(try tasks.list(TaskQuery(search: "σοφ")).tasks.map(\.id) == [task.id])
        withExtendedLifetime(folder) {}
    }
}
