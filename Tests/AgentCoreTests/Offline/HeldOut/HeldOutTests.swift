import Foundation
import Testing
@testable import AgentCore

/// The held-out tables, run on a fresh database each, with the score printed.
///
/// Rows the engine still gets wrong are listed in ``HeldOutTable/knownFailures`` and run as
/// known issues, so the suite stays green while the score stays visible; a known failure
/// that starts passing fails its test until it is taken off the list.
///
/// Serialized: run in parallel, its thousand rows fill the two-thread cooperative pool's
/// queue, and a test that waits for a task of its own (a TUI turn) waits minutes behind them.
@Suite(.serialized) struct HeldOutTests {
    @Test(arguments: HeldOutTable.rows)
    func rowLeadsToItsExpectation(_ row: HeldOutCase) async throws {
        let problem = try await Self.problem(row)
        if HeldOutTable.knownFailures.contains(row.text) {
            withKnownIssue { #expect(problem == nil, "\(problem ?? "")") }
        } else {
            #expect(problem == nil, "\(problem ?? "")")
        }
    }

    @Test(arguments: HeldOutTable.writesNothing)
    func messageWritesNothingAndSaysWhatItCanDo(_ text: String) async throws {
        let world = try HeldOutWorld()
        let said = try await world.converse([text])
        let attempted = said.exchanges.filter { $0.name != TaskTool.listTasks.rawValue }
        let problem = attempted.isEmpty && said.reply.lowercased().contains("task")
            ? nil : "calls \(said.exchanges.map(\.name)), reply “\(said.reply)”"
        if HeldOutTable.knownWriters.contains(text) {
            withKnownIssue { #expect(problem == nil, "\(problem ?? "")") }
        } else {
            #expect(problem == nil, "\(problem ?? "")")
        }
    }

    /// Prints the score of both tables, and the rows that fail, for the report and the docs;
    /// it runs every row a second time, so only when `HELDOUT_SCORE` is set.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["HELDOUT_SCORE"] != nil))
    func scoreIsPrinted() async throws {
        var failing: [String] = []
        for row in HeldOutTable.rows where try await Self.problem(row) != nil {
            failing.append(row.text)
        }
        var writers: [String] = []
        for text in HeldOutTable.writesNothing {
            let said = try await HeldOutWorld().converse([text])
            if said.exchanges.contains(where: { $0.name != TaskTool.listTasks.rawValue }) || !said.reply.lowercased().contains("task") {
                writers.append(text)
            }
        }
        let rows = HeldOutTable.rows.count
        print("held-out score: \(rows - failing.count)/\(rows); writes-nothing: \(HeldOutTable.writesNothing.count - writers.count)/\(HeldOutTable.writesNothing.count)")
        for text in failing { print("HELDOUT-FAIL: \(text)") }
        for text in writers { print("HELDOUT-WRITER: \(text)") }
        #expect(failing.count <= HeldOutTable.knownFailures.count)
    }

    @Test func theTablesHoldEnoughDistinctPhrasings() {
        let texts = HeldOutTable.rows.map(\.text)
        #expect(Set(texts).count == texts.count, "\(Dictionary(grouping: texts, by: { $0 }).filter { $0.value.count > 1 }.keys)")
        #expect(texts.count >= 300)
        #expect(Set(HeldOutTable.writesNothing).count == HeldOutTable.writesNothing.count)
    }

    /// Expects the row to lead to its expectation, and records what it did instead at the
    /// caller's line: the engine's own suites judge their rows as the tables are judged.
    static func expectHeld(_ row: HeldOutCase, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let problem = try await problem(row)
        #expect(problem == nil, "\(problem ?? "")", sourceLocation: sourceLocation)
    }

    /// Expects the messages, said in order, to write nothing, and records what they wrote at
    /// the caller's line.
    static func expectNothingWritten(_ messages: String..., sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let said = try await HeldOutWorld().converse(messages)
        let writes = said.exchanges.filter(\.isWrite).map { "\($0.name) \($0.arguments.text)" }
        #expect(writes.isEmpty, "\(writes), reply “\(said.reply)”", sourceLocation: sourceLocation)
    }

    static func problem(_ row: HeldOutCase) async throws -> String? {
        let world = try HeldOutWorld()
        let said = try await world.converse(row.messages)
        return HeldOutVerdict.problem(row.expectation, exchanges: said.exchanges, reply: said.reply)
    }
}
