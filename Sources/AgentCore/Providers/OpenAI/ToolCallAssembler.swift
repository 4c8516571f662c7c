/// Builds complete tool calls from the fragments a stream delivers.
///
/// OpenAI sends a call's id and name in its first delta and then argument fragments tagged only
/// with the call's `index`. Other servers omit the index, repeat the id, split the name, or send
/// each call whole; all of these end up as the same list of calls.
struct ToolCallAssembler {
    private struct Partial {
        var index: Int
        var id = ""
        var name = ""
        var arguments = ""
        var extra: [(String, JSONValue)] = []
    }

    private var partials: [Partial] = []
    /// Where a fragment without index or known id belongs: the call seen last.
    private var current: Int?

    var isEmpty: Bool { partials.isEmpty }

    /// Adds a fragment; `extra` holds the fragment's members beyond chat completions' own
    /// (see ``ToolCallExtras``), a later value replacing an earlier one of the same name.
    mutating func add(_ delta: ChatCompletionChunk.ToolCallDelta, extra: [(String, JSONValue)] = []) {
        let slot = slot(for: delta)
        current = slot
        if let id = delta.id, !id.isEmpty { partials[slot].id = id }
        if let name = delta.function?.name { partials[slot].name += name }
        if let arguments = delta.function?.arguments { partials[slot].arguments += arguments }
        for (key, value) in extra {
            partials[slot].extra.removeAll { $0.0 == key }
            partials[slot].extra.append((key, value))
        }
    }

    /// The calls in index order. A call without arguments gets `{}`, the empty JSON object it
    /// means; one without an id gets a made-up id, since a tool result must answer an id.
    func toolCalls() -> [ToolCall] {
        partials.sorted { $0.index < $1.index }.enumerated().map { position, partial in
            ToolCall(id: partial.id.isEmpty ? "call_\(position)" : partial.id,
                     name: partial.name,
                     arguments: partial.arguments.isEmpty ? "{}" : partial.arguments,
                     extra: partial.extra.isEmpty ? nil : .object(partial.extra))
        }
    }

    private mutating func slot(for delta: ChatCompletionChunk.ToolCallDelta) -> Int {
        if let index = delta.index {
            if let slot = partials.firstIndex(where: { $0.index == index }) { return slot }
            return append(index: index)
        }
        if let id = delta.id, !id.isEmpty {
            if let slot = partials.firstIndex(where: { $0.id == id }) { return slot }
            if let current, partials[current].id.isEmpty { return current }
            return append(index: (partials.map(\.index).max() ?? -1) + 1)
        }
        return current ?? append(index: 0)
    }

    private mutating func append(index: Int) -> Int {
        partials.append(Partial(index: index))
        return partials.count - 1
    }
}
