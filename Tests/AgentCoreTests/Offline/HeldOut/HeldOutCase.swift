import Testing
@testable import AgentCore

/// One row of a held-out table: what the user says, message by message, and what the last
/// message must lead to.
///
/// The rows were written from a user's head, not from the engine's grammar, and no row may
/// appear among the classifier's training examples, so the table's score says how the engine
/// does on words it was not built from.
struct HeldOutCase: CustomTestStringConvertible, Sendable {
    /// What the last message must do.
    enum Expectation: Sendable {
        /// These writes succeed, in order; lookups with `list_tasks` may come before them.
        case writes([ExpectedCall])
        /// The first call is `list_tasks` with these filters, and nothing is written.
        case lists([String: JSONValue])
        /// Nothing is written and the reply contains this text, ignoring case.
        case replies(String)
    }

    /// Every message the user sends, in order; the expectation is about the last.
    var messages: [String]
    var expectation: Expectation

    init(_ text: String, _ expectation: Expectation) {
        messages = [text]
        self.expectation = expectation
    }

    init(_ messages: [String], _ expectation: Expectation) {
        self.messages = messages
        self.expectation = expectation
    }

    var text: String { messages.joined(separator: " ⏎ ") }
    var testDescription: String { text }
}

/// A write the engine must make: the tool and the arguments that matter, compared by meaning
/// (dates as the days they name, tags as sets, titles ignoring case).
struct ExpectedCall: Sendable {
    var tool: String
    var arguments: [String: JSONValue]

    init(_ tool: String, _ arguments: [String: JSONValue]) {
        self.tool = tool
        self.arguments = arguments
    }

    static func add(_ title: String, _ extra: [String: JSONValue] = [:]) -> ExpectedCall {
        ExpectedCall("add_task", extra.merging(["title": .string(title)]) { _, new in new })
    }

    static func complete(_ id: Int64) -> ExpectedCall { ExpectedCall("complete_task", ["task_id": .int(id)]) }
    static func delete(_ id: Int64) -> ExpectedCall { ExpectedCall("delete_task", ["task_id": .int(id)]) }

    static func update(_ id: Int64, _ edits: [String: JSONValue]) -> ExpectedCall {
        ExpectedCall("update_task", edits.merging(["task_id": .int(id)]) { _, new in new })
    }

    static let undo = ExpectedCall(UndoTool.name, [:])
}

extension HeldOutCase.Expectation {
    static func add(_ title: String, _ extra: [String: JSONValue] = [:]) -> Self { .writes([.add(title, extra)]) }
    static func complete(_ id: Int64) -> Self { .writes([.complete(id)]) }
    static func delete(_ id: Int64) -> Self { .writes([.delete(id)]) }
    static func update(_ id: Int64, _ edits: [String: JSONValue]) -> Self { .writes([.update(id, edits)]) }
    /// A "which task?" question, never a write.
    static let asksWhich = Self.replies("which")
    /// Any reply, and no write.
    static let writesNothing = Self.replies("")
}
