/// Reads a chunk straight from its bytes with ``JSONByteReader``, member by member.
///
/// It keeps the meaning of the `Decodable` conformance, which stays as the reference the
/// tests compare it with: members are matched by their wire names, `null` is the same as
/// absent, unknown members are skipped, and a member of the wrong type refuses the chunk.
extension ChatCompletionChunk {
    typealias Malformed = JSONByteReader.Malformed

    init(json: String) throws(Malformed) {
        var text = json
        // withUTF8 rethrows untyped errors, so the typed one travels out in a Result.
        let result = text.withUTF8 { bytes in
            Result { () throws(Malformed) in
                var reader = JSONByteReader(bytes)
                let chunk = try ChatCompletionChunk(reading: &reader)
                try reader.finish()
                return chunk
            }
        }
        self = try result.get()
    }

    private init(reading reader: inout JSONByteReader) throws(Malformed) {
        self.init()
        try reader.readObject { reader, name throws(Malformed) in
            switch name {
            case "choices": choices = try reader.optionalArray(Choice.init(reading:))
            case "usage": usage = try reader.optional(Usage.init(reading:))
            case "error": error = try reader.optional(ServerErrorBody.Detail.init(reading:))
            default: try reader.skipValue()
            }
        }
    }
}

extension ChatCompletionChunk.Choice {
    init(reading reader: inout JSONByteReader) throws(JSONByteReader.Malformed) {
        self.init()
        try reader.readObject { reader, name throws(JSONByteReader.Malformed) in
            switch name {
            case "index": index = try reader.optional { reader throws(JSONByteReader.Malformed) in try reader.readInt() }
            case "delta": delta = try reader.optional(ChatCompletionChunk.Delta.init(reading:))
            case "finish_reason": finishReason = try reader.optionalString()
            default: try reader.skipValue()
            }
        }
    }
}

extension ChatCompletionChunk.Delta {
    init(reading reader: inout JSONByteReader) throws(JSONByteReader.Malformed) {
        self.init()
        try reader.readObject { reader, name throws(JSONByteReader.Malformed) in
            switch name {
            case "content": content = try reader.optional(DeltaContent.init(reading:))
            case "reasoning_content": reasoningContent = try reader.optionalString()
            case "reasoning": reasoning = try reader.optionalString()
            case "refusal": refusal = try reader.optionalString()
            case "tool_calls": toolCalls = try reader.optionalArray(ChatCompletionChunk.ToolCallDelta.init(reading:))
            default: try reader.skipValue()
            }
        }
    }
}

extension ChatCompletionChunk.ToolCallDelta {
    init(reading reader: inout JSONByteReader) throws(JSONByteReader.Malformed) {
        self.init()
        try reader.readObject { reader, name throws(JSONByteReader.Malformed) in
            switch name {
            case "index": index = try reader.optional { reader throws(JSONByteReader.Malformed) in try reader.readInt() }
            case "id": id = try reader.optionalString()
            case "function": function = try reader.optional(ChatCompletionChunk.FunctionDelta.init(reading:))
            default: try reader.skipValue()
            }
        }
    }
}

extension ChatCompletionChunk.FunctionDelta {
    init(reading reader: inout JSONByteReader) throws(JSONByteReader.Malformed) {
        self.init()
        try reader.readObject { reader, name throws(JSONByteReader.Malformed) in
            switch name {
            case "name": self.name = try reader.optionalString()
            case "arguments": arguments = try reader.optionalString()
            default: try reader.skipValue()
            }
        }
    }
}

extension ChatCompletionChunk.Usage {
    init(reading reader: inout JSONByteReader) throws(JSONByteReader.Malformed) {
        self.init()
        try reader.readObject { reader, name throws(JSONByteReader.Malformed) in
            let int = { (reader: inout JSONByteReader) throws(JSONByteReader.Malformed) in try reader.readInt() }
            switch name {
            case "prompt_tokens": promptTokens = try reader.optional(int)
            case "completion_tokens": completionTokens = try reader.optional(int)
            case "total_tokens": totalTokens = try reader.optional(int)
            default: try reader.skipValue()
            }
        }
    }
}
