import TestSupport

/// What the retry tests (`ask --retry`, the chat's Ctrl-R) play: the first reply's stream
/// drops after three chunks of four characters ("Once upo"), the second comes whole.
enum DroppedStory {
    static let whole = "Once upon a time there was a list."

    /// A sandbox whose chattui talks to a fake server playing the story.
    static func sandbox() async throws -> (Sandbox, FakeOpenAIServer) {
        let server = try await FakeOpenAIServer.start(script: """
            [{"text": "Once upon a time", "chunk_size": 4, "drop_after_chunks": 3},
             {"text": "\(whole)"}]
            """)
        let sandbox = try Sandbox()
        sandbox.use(server)
        return (sandbox, server)
    }
}
