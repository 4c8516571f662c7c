/// The JSON body of `POST /chat/completions`, written with ``JSONByteWriter``.
///
/// Optional fields are left out rather than sent as `null`: OpenAI's schema marks them with
/// OpenAPI's `nullable`, which strict validators and some servers do not honour.
struct ChatCompletionRequestBody {
    var model: String
    var messages: [ChatMessage]
    var tools: [ToolDefinition]
    /// Off for servers that reject `stream_options`.
    var includeUsage: Bool

    init(_ request: ChatRequest, model: String, includeUsage: Bool) {
        self.model = model
        messages = request.messages
        tools = request.tools
        self.includeUsage = includeUsage
    }

    /// The body's bytes; throws ``ProviderError/invalidRequest(_:)`` for a request no server could take.
    func json() throws(ProviderError) -> [UInt8] {
        var writer = JSONByteWriter(capacity: 4096 + messages.reduce(0) { $0 + $1.content.utf8.count })
        writer.raw("{\"model\":")
        writer.string(model)
        writer.raw(",\"messages\":[")
        for (index, message) in messages.enumerated() {
            if index > 0 { writer.raw(",") }
            try write(message, to: &writer)
        }
        writer.raw("]")
        if !tools.isEmpty {
            writer.raw(",\"tools\":[")
            for (index, tool) in tools.enumerated() {
                if index > 0 { writer.raw(",") }
                try write(tool, to: &writer)
            }
            writer.raw("]")
        }
        writer.raw(",\"stream\":true")
        if includeUsage {
            writer.raw(",\"stream_options\":{\"include_usage\":true}")
        }
        writer.raw("}")
        return writer.bytes
    }

    private func write(_ message: ChatMessage, to writer: inout JSONByteWriter) throws(ProviderError) {
        writer.raw("{\"role\":")
        writer.string(message.role.rawValue)
        // An assistant message that only calls tools still sends "": the schema allows it and
        // some servers' chat templates fail on a missing content.
        writer.raw(",\"content\":")
        writer.string(message.content)
        if message.role == .assistant, !message.toolCalls.isEmpty {
            writer.raw(",\"tool_calls\":[")
            for (index, call) in message.toolCalls.enumerated() {
                if index > 0 { writer.raw(",") }
                try write(call, to: &writer)
            }
            writer.raw("]")
        }
        // Sent back under the name the server streamed it in; the schema allows members it
        // does not list, and the context builder attaches it only where a server needs it.
        if message.role == .assistant, let reasoning = message.reasoning, let field = reasoning.field {
            writer.raw(",")
            writer.name(field)
            writer.string(reasoning.text)
        }
        if message.role == .tool {
            guard let id = message.toolCallID else { throw .invalidRequest("A tool message has no tool_call_id") }
            writer.raw(",\"tool_call_id\":")
            writer.string(id)
        }
        writer.raw("}")
    }

    /// A tool call with any members the server added to it, returned as it sent them.
    private func write(_ call: ToolCall, to writer: inout JSONByteWriter) throws(ProviderError) {
        writer.raw("{")
        if case .object(let members) = call.extra {
            do {
                if try writer.members(members.filter { !ToolCallExtras.knownKeys.contains($0.0) }) {
                    writer.raw(",")
                }
            } catch {
                throw .invalidRequest("Tool call \(call.id) carries a number JSON cannot spell")
            }
        }
        writer.raw("\"id\":")
        writer.string(call.id)
        writer.raw(",\"type\":\"function\",\"function\":{\"name\":")
        writer.string(call.name)
        writer.raw(",\"arguments\":")
        writer.string(call.arguments)
        writer.raw("}}")
    }

    /// The schema is JSON text made by ``JSONValue/text``; it is checked, not parsed again.
    private func write(_ tool: ToolDefinition, to writer: inout JSONByteWriter) throws(ProviderError) {
        let wellFormed = Array(tool.parametersSchema.utf8).withUnsafeBufferPointer { bytes in
            var reader = JSONByteReader(bytes)
            return (try? reader.skipValue()) != nil && (try? reader.finish()) != nil
        }
        guard wellFormed else { throw .invalidRequest("The schema of tool \(tool.name) is not JSON") }
        writer.raw("{\"type\":\"function\",\"function\":{\"name\":")
        writer.string(tool.name)
        writer.raw(",\"description\":")
        writer.string(tool.description)
        writer.raw(",\"parameters\":")
        writer.raw(tool.parametersSchema)
        writer.raw("}}")
    }
}
