import Testing
import Persistence
@testable import AgentCore

/// One everyday message written for the classifier's measure without reading its training
/// templates: statements, indirect requests, questions, chatty wrappers, typos and
/// non-native phrasing, as people type them and the rules were not written for.
///
/// `label` is what a careful human reads; `outcome` is what the engine may do with it on
/// ``HeldOutWorld``'s tasks. Where acting would be a guess (an undo with nothing before it),
/// the outcome is to write nothing, whatever the label.
struct UnseenMessage: CustomTestStringConvertible, Sendable {
    enum Outcome: Sendable {
        /// These writes, and only these.
        case writes([ExpectedCall])
        /// A `list_tasks` call and no write.
        case lists
        /// No write at all: a reply or a question.
        case nothing
    }

    var text: String
    var label: IntentLabel
    var outcome: Outcome

    init(_ text: String, _ label: IntentLabel, _ outcome: Outcome) {
        self.text = text
        self.label = label
        self.outcome = outcome
    }

    var testDescription: String { text }
}

extension UnseenMessage.Outcome {
    static func complete(_ id: Int64) -> Self { .writes([.complete(id)]) }
    static func delete(_ id: Int64) -> Self { .writes([.delete(id)]) }
    static func update(_ id: Int64, _ edits: [String: JSONValue]) -> Self { .writes([.update(id, edits)]) }
    static func add(_ title: String, _ extra: [String: JSONValue] = [:]) -> Self { .writes([.add(title, extra)]) }
}
