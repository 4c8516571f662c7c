import Persistence
@testable import AgentCore

/// Judges what the engine did against a row's expectation, comparing arguments by meaning:
/// "friday" and "on friday" name one day, so either passes, and the tools read both.
enum HeldOutVerdict {
    /// `nil` when the row passed, else what went wrong, to print beside the row.
    static func problem(_ expectation: HeldOutCase.Expectation, exchanges: [HeldOutWorld.Exchange], reply: String) -> String? {
        let writes = exchanges.filter(\.isWrite)
        let done = "calls \(exchanges.map { "\($0.name) \($0.arguments.text)" }), reply “\(reply)”"
        switch expectation {
        case .writes(let expected):
            guard writes.count == expected.count else { return "expected \(expected.count) writes; \(done)" }
            for (want, have) in zip(expected, writes) where want.tool != have.name || !same(want.arguments, have.arguments) {
                return "expected \(want.tool) \(want.arguments); \(done)"
            }
            return nil
        case .lists(let filters):
            guard writes.isEmpty, let first = exchanges.first, first.name == TaskTool.listTasks.rawValue,
                  same(filters, first.arguments)
            else { return "expected list_tasks \(filters); \(done)" }
            return nil
        case .replies(let text):
            // `contains("")` is false, and an empty text asks only that nothing is written.
            guard writes.isEmpty, text.isEmpty || reply.lowercased().contains(text.lowercased()) else {
                return "expected a reply with “\(text)” and no write; \(done)"
            }
            return nil
        }
    }

    private static func same(_ expected: [String: JSONValue], _ actual: JSONValue) -> Bool {
        guard case .object(let members) = actual else { return false }
        var have = Dictionary(members, uniquingKeysWith: { first, _ in first })
        have["limit"] = nil
        let keys = Set(expected.keys).union(have.keys)
        return keys.allSatisfy { same(key: $0, expected[$0], have[$0]) }
    }

    private static func same(key: String, _ want: JSONValue?, _ have: JSONValue?) -> Bool {
        switch key {
        case "status":
            return (want?.stringValue ?? "all").lowercased() == (have?.stringValue ?? "all").lowercased()
        case "tags":
            return Set(strings(want)) == Set(strings(have))
        case "due", "due_before":
            return day(want) == day(have)
        case "recurrence":
            return recurrence(want) == recurrence(have)
        case "title", "search", "priority", "sort", "tag", "description":
            return want?.stringValue?.lowercased() == have?.stringValue?.lowercased()
        default:
            return want == have
        }
    }

    private static func strings(_ value: JSONValue?) -> [String] {
        (value?.arrayValue ?? []).compactMap { $0.stringValue?.lowercased() }
    }

    private static func day(_ value: JSONValue?) -> String? {
        guard let text = value?.stringValue else { return nil }
        return (try? Due.parse(text, clock: HeldOutWorld.clock))?.normalized ?? "unreadable: \(text)"
    }

    private static func recurrence(_ value: JSONValue?) -> String? {
        guard let text = value?.stringValue else { return nil }
        return (try? Recurrence.parse(text))?.normalized ?? "unreadable: \(text)"
    }
}
