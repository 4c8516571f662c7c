import TestSupport
@testable import AgentCore

/// Random chat requests for comparing ``ChatCompletionRequestBody/json()`` with `JSONEncoder`:
/// every role, tool calls with extra members, reasoning sent back, the real tools and made-up
/// ones, and text full of what JSON must escape (quotes, backslashes, every C0 control, NUL)
/// or must not mangle (DEL, C1 controls, U+2028, combining marks, emoji, a BOM).
struct ChatRequestGenerator {
    /// Repeatable, so a failure names the seed that reproduces it.
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    private mutating func below(_ limit: Int) -> Int { random.next(below: limit) }
    private mutating func chance(_ percent: Int) -> Bool { random.chance(percent) }
    private mutating func pick<T>(_ options: [T]) -> T { random.pick(options) }

    static let pieces: [String] = [
        "Buy milk", " ", "\"", "\\", "\\\"", "\\u0000", "/", "</script>", "\n", "\r\n", "\t", "\u{0}", "\u{1}",
        "\u{8}", "\u{C}", "\u{1B}[31m", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}", "\u{2028}", "\u{2029}",
        "\u{FEFF}", "é", "e\u{301}", "😀", "👩‍👩‍👧", "\u{202E}", "日本語", "{\"a\":1}", "null", "0",
    ]

    /// Text of up to six pieces; with `printable`, only what OpenAI's schema takes as a name.
    mutating func text(printable: Bool = false) -> String {
        if printable { return pick(["call_", "add_task", "x-", "T"]) + String(below(100)) }
        return (0..<below(7)).map { _ in pick(Self.pieces) }.joined()
    }

    mutating func request() -> ChatRequest {
        var messages: [ChatMessage] = chance(80) ? [.system(text())] : []
        for _ in 0..<below(6) {
            messages.append(.user(text()))
            if chance(50) {
                let calls = (0..<1 + below(3)).map { _ in toolCall() }
                var assistant = ChatMessage.assistant(chance(70) ? "" : text(), toolCalls: calls)
                if chance(40) { assistant.reasoning = Reasoning(text: text(), field: pick(["reasoning_content", "reasoning", nil])) }
                messages.append(assistant)
                messages += calls.map { .tool(callID: $0.id, result: text()) }
            }
            messages.append(.assistant(text()))
        }
        let tools = chance(50) ? TaskTool.definitions : (0..<below(3)).map { _ in
            ToolDefinition(name: text(printable: true), description: text(),
                           parametersSchema: JSONValue.object([("type", "object"), ("title", .string(text()))]).text)
        }
        return ChatRequest(model: text(printable: true), messages: messages, tools: tools)
    }

    /// A call whose arguments are a JSON object, as the fake server requires of the history.
    private mutating func toolCall() -> ToolCall {
        let arguments = JSONValue.object([("title", .string(text())), ("n", .int(Int64(below(9))))]).text
        let extra: JSONValue? = chance(50) ? nil : .object(
            [("extra_content", value(depth: 0)), ("index", .int(0)), ("note", .string(text()))])
        return ToolCall(id: text(printable: true), name: text(printable: true), arguments: arguments, extra: extra)
    }

    /// Any JSON value; nested objects may repeat a member, as a server's may.
    private mutating func value(depth: Int) -> JSONValue {
        switch below(depth > 2 ? 6 : 8) {
        case 0: return .null
        case 1: return .bool(chance(50))
        case 2: return .int(pick([0, -1, 42, Int64.max, Int64.min]))
        case 3: return .double(pick([0.5, -0.0, 1e300, .leastNonzeroMagnitude, 3.0, -2.25, 0.1]))
        case 4, 5: return .string(text())
        case 6: return .array((0..<below(4)).map { _ in value(depth: depth + 1) })
        default:
            let keys = ["a", "b", text(), "\u{0}"]
            return .object((0..<below(4)).map { _ in (pick(keys), value(depth: depth + 1)) })
        }
    }
}
