import AgentCore
import Foundation
import Persistence
import Testing
@testable import ChatTUI

/// `chattui tasks --json` streamed: byte for byte what printing the whole page did before
/// (`TaskJSON.page(list).prettyText` and a newline), for full, filtered, limited and empty
/// listings, read from a real database file, and valid JSON either way.
@Suite struct TaskListJSONWriterTests {
    private final class Fixture {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chattui-json-\(UUID().uuidString)")
        let tasks: TaskService

        init() throws {
            let database = try AppDatabase.open(path: folder.appendingPathComponent("tasks.db").path)
            tasks = TaskService(
                database: database, user: UserID("me"), clock: TaskClock.fixed(fixedNow, timeZone: utc), source: .cli)
            _ = try tasks.add(TaskDraft(
                title: "Say \"hi\" \\ to Zoë 🌍", description: "line one\nline two\ttabbed", priority: .high,
                tags: ["family", "urgent"], due: day("2025-03-20"), recurrence: .weekly))
            _ = try tasks.add(TaskDraft(title: "pay rent", due: .instant(fixedNow.addingTimeInterval(7_200), utcOffsetSeconds: 3_600)))
            for number in 1...7 {
                _ = try tasks.add(TaskDraft(title: "task \(number)", priority: number.isMultiple(of: 2) ? .low : nil))
            }
            _ = try tasks.complete(id: 3)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    private func streamed(_ tasks: TaskService, _ query: TaskQuery, batchSize: Int) throws -> String {
        var text = ""
        var writer = TaskListJSONWriter { text += $0 }
        let summary = try tasks.stream(query, batchSize: batchSize) { writer.write($0) }
        writer.finish(summary)
        return text
    }

    @Test(arguments: [TaskQuery(), TaskQuery(status: .pending, sort: .due), TaskQuery(sort: .title, limit: 3),
                      TaskQuery(limit: 50), TaskQuery(search: "no such words")])
    func printsTheSameBytesAsTheWholePage(query: TaskQuery) throws {
        let fixture = try Fixture()
        let whole = TaskJSON.page(try fixture.tasks.list(query)).prettyText + "\n"
        for batchSize in [1, 2, 500] {
            let text = try streamed(fixture.tasks, query, batchSize: batchSize)
            #expect(text == whole)
            #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil)
        }
    }

    @Test func nothingIsWrittenBeforeTheFirstBatchOrTheEnd() {
        var text = ""
        var writer = TaskListJSONWriter { text += $0 }
        #expect(text.isEmpty)
        writer.write([])
        writer.finish(TaskStreamSummary(count: 0, listed: 0))
        #expect(text == "{\n  \"tasks\": [],\n  \"count\": 0,\n  \"truncated\": false\n}\n")
    }
}
