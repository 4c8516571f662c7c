/// The thinking a model streamed beside its reply, never part of the reply itself.
///
/// `field` is the delta member it arrived in (`reasoning_content` for DeepSeek and xAI,
/// `reasoning` for Groq and OpenRouter), or nil for reasoning read from typed content
/// parts. DeepSeek answers HTTP 400 when a tool-call message of the current turn comes
/// back without its `reasoning_content`, so a named field is sent back under that name.
public struct Reasoning: Sendable, Equatable, Hashable {
    public var text: String
    public var field: String?

    public init(text: String, field: String?) {
        self.text = text
        self.field = field
    }
}
