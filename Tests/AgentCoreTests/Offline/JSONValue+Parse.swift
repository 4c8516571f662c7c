import AgentCore

extension JSONValue {
    /// The value of `text`, or `.null` for text that is not JSON (which then fails a comparison).
    static func parse(_ text: String) -> JSONValue {
        (try? JSONValue(parsing: text)) ?? .null
    }
}
