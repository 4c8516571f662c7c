import Persistence

/// One `data:` payload of a streamed chat completion.
///
/// Decoding is deliberately tolerant: every field is optional and unknown fields are
/// skipped, because OpenAI-compatible servers differ in what they add and omit. Reasoning
/// (`reasoning_content`, `reasoning`) and refusals are read into fields of their own so that
/// they never reach the visible reply by accident.
struct ChatCompletionChunk: Decodable {
    var choices: [Choice]?
    var usage: Usage?
    /// Some servers report a failure inside an otherwise successful stream.
    var error: ServerErrorBody.Detail?

    struct Choice: Decodable {
        var index: Int?
        var delta: Delta?
        var finishReason: String?
    }

    struct Delta: Decodable {
        var content: DeltaContent?
        /// DeepSeek's and xAI's name for the model's thinking.
        var reasoningContent: String?
        /// Groq's and OpenRouter's name for it.
        var reasoning: String?
        /// OpenAI streams a refusal here instead of in `content`.
        var refusal: String?
        var toolCalls: [ToolCallDelta]?
    }

    struct ToolCallDelta: Decodable {
        var index: Int?
        var id: String?
        var function: FunctionDelta?
    }

    struct FunctionDelta: Decodable {
        var name: String?
        var arguments: String?
    }

    struct Usage: Decodable {
        var promptTokens: Int?
        var completionTokens: Int?
        var totalTokens: Int?

        var tokenUsage: TokenUsage {
            let prompt = promptTokens ?? 0
            let completion = completionTokens ?? 0
            return TokenUsage(promptTokens: prompt, completionTokens: completion,
                              totalTokens: totalTokens ?? prompt + completion)
        }
    }
}
