/// One complete Server-Sent Event of a chat completion stream.
enum SSEEvent: Equatable, Sendable {
    /// The `data` lines joined with newlines, and the `event` name when the server gave one.
    case message(event: String?, data: String)
    /// `data: [DONE]`, OpenAI's end of a successful stream.
    case done
}
