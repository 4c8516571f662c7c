import Foundation
@testable import AgentCore

/// The request body as `JSONEncoder` wrote it before ``JSONByteWriter`` replaced it, kept as
/// the oracle the byte writer is compared with.
struct JSONEncoderRequestBody: Encodable {
    var body: ChatCompletionRequestBody

    private enum CodingKeys: String, CodingKey {
        case model, messages, tools, stream
        case streamOptions = "stream_options"
    }

    private struct StreamOptions: Encodable {
        var include_usage = true
    }

    /// The JSON text `JSONEncoder` makes of `body`, slashes unescaped as before.
    static func encode(_ body: ChatCompletionRequestBody) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return Array(try encoder.encode(JSONEncoderRequestBody(body: body)))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(body.model, forKey: .model)
        try container.encode(body.messages.map(WireMessage.init), forKey: .messages)
        if !body.tools.isEmpty {
            try container.encode(try body.tools.map(WireTool.init), forKey: .tools)
        }
        try container.encode(true, forKey: .stream)
        if body.includeUsage {
            try container.encode(StreamOptions(), forKey: .streamOptions)
        }
    }
}

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
        try container.encode(message.content, forKey: .content)
        if message.role == .assistant, !message.toolCalls.isEmpty {
            try container.encode(message.toolCalls.map(WireToolCall.init), forKey: .toolCalls)
        }
        if message.role == .assistant, let reasoning = message.reasoning, let field = reasoning.field {
            var extra = encoder.container(keyedBy: WireKey.self)
            try extra.encode(reasoning.text, forKey: WireKey(field))
        }
        if message.role == .tool {
            guard let id = message.toolCallID else {
                throw EncodingError.invalidValue(message, EncodingError.Context(
                    codingPath: encoder.codingPath, debugDescription: "A tool message has no tool_call_id"))
            }
            try container.encode(id, forKey: .toolCallID)
        }
    }
}

private struct WireToolCall: Encodable {
    var call: ToolCall

    struct Function: Encodable {
        var name: String
        var arguments: String
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
