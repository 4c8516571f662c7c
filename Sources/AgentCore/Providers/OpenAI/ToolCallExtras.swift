/// The members of streamed tool calls beyond the ones chat completions define.
///
/// Gemini puts a thought signature (`extra_content`) on each call and rejects a later
/// request whose call comes back without it. They are read from the chunk's raw JSON, as
/// the chunk decoder renames keys from snake case and the server wants its own spelling.
enum ToolCallExtras {
    static let knownKeys: Set<String> = ["index", "id", "type", "function"]

    /// For each call of the first choice's delta, in order, its unknown members.
    static func members(inChunk data: String) -> [[(String, JSONValue)]] {
        guard let chunk = try? JSONValue(parsing: data),
              let choices = chunk["choices"]?.arrayValue,
              let choice = choices.first(where: { ($0["index"]?.intValue ?? 0) == 0 }),
              let calls = choice["delta"]?["tool_calls"]?.arrayValue
        else { return [] }
        return calls.map { call in
            guard case .object(let members) = call else { return [] }
            return members.filter { !knownKeys.contains($0.0) && !$0.1.isNull }
        }
    }
}
