/// The JSON body of `POST /chat/completions`.
///
/// Optional fields are left out rather than sent as `null`: OpenAI's schema marks them with
/// OpenAPI's `nullable`, which strict validators and some servers do not honour.
struct ChatCompletionRequestBody: Encodable {
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

    private enum CodingKeys: String, CodingKey {
        case model, messages, tools, stream
        case streamOptions = "stream_options"
    }

    private struct StreamOptions: Encodable {
        var include_usage = true
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(messages.map(WireMessage.init), forKey: .messages)
        if !tools.isEmpty {
            try container.encode(try tools.map(WireTool.init), forKey: .tools)
        }
        try container.encode(true, forKey: .stream)
        if includeUsage {
            try container.encode(StreamOptions(), forKey: .streamOptions)
        }
    }
}

/// A message as OpenAI spells it.
private struct WireMessage: Encodable {
    var message: ChatMessage

    private enum CodingKeys: String, CodingKey {
        case role, content
        case toolCalls = "tool_calls"
        case toolCallID = "tool_call_id"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(message.role.rawValue, forKey: .role)
        // An assistant message that only calls tools still sends "": the schema allows it and
        // some servers' chat templates fail on a missing content.
        try container.encode(message.content, forKey: .content)
        if message.role == .assistant, !message.toolCalls.isEmpty {
            try container.encode(message.toolCalls.map(WireToolCall.init), forKey: .toolCalls)
        }
        // Sent back under the name the server streamed it in; the schema allows members it
        // does not list, and the context builder attaches it only where a server needs it.
        if message.role == .assistant, let reasoning = message.reasoning, let field = reasoning.field {
            var extra = encoder.container(keyedBy: WireKey.self)
            try extra.encode(reasoning.text, forKey: WireKey(field))
        }
        if message.role == .tool {
            guard let id = message.toolCallID else {
                throw EncodingError.invalidValue(message, EncodingError.Context(
                    codingPath: encoder.codingPath,
                    debugDescription: "A tool message has no tool_call_id"))
            }
            try container.encode(id, forKey: .toolCallID)
        }
    }
}

/// A tool call with any members the server added to it, returned as it sent them.
private struct WireToolCall: Encodable {
    var call: ToolCall

    struct Function: Encodable {
        var name: String
        var arguments: String
    }

    init(_ call: ToolCall) {
        self.call = call
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        if case .object(let members) = call.extra {
            for (key, value) in members where !ToolCallExtras.knownKeys.contains(key) {
                try container.encode(value, forKey: WireKey(key))
            }
        }
        try container.encode(call.id, forKey: WireKey("id"))
        try container.encode("function", forKey: WireKey("type"))
        try container.encode(Function(name: call.name, arguments: call.arguments), forKey: WireKey("function"))
    }
}

/// A member name known only at run time.
private struct WireKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

private struct WireTool: Encodable {
    var type = "function"
    var function: Function

    struct Function: Encodable {
        var name: String
        var description: String
        var parameters: JSONValue
    }

    init(_ tool: ToolDefinition) throws {
        function = Function(name: tool.name, description: tool.description,
                            parameters: try JSONValue(parsing: tool.parametersSchema))
    }
}
