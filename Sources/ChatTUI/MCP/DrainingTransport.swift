import AgentCore
import Foundation
import Logging
import MCP

/// The SDK's view of stdin and stdout: lines screened by `MessageScreen`, and a record of
/// which requests are still unanswered, so the server can answer them before it exits.
///
/// The SDK handles each request in a task of its own and ends its receive loop at the
/// end of input, so a client that writes a request and closes stdin (`printf … | chattui
/// mcp`) would otherwise race the exit and could lose its answer.
actor DrainingTransport: Transport {
    nonisolated let logger: Logger
    private let inner: StdioLineTransport
    private var screen: MessageScreen
    /// The ids of requests received and not yet answered, as JSON text.
    private var unanswered: Set<String> = []
    private var lines: AsyncStream<LineSplitter.Line>?
    /// The reader, held back while `initialize` is being answered.
    private var awaitingInitializeAnswer: CheckedContinuation<Void, Never>?

    init(_ inner: StdioLineTransport, logger: Logger) {
        self.inner = inner
        self.logger = logger
        screen = MessageScreen(limit: inner.limit)
    }

    func connect() async throws {
        lines = try inner.connect()
    }

    func disconnect() async {
        inner.disconnect()
    }

    /// An answer that could not be written (the client closed stdout) is settled too:
    /// waiting for it would only delay the exit.
    func send(_ data: Data) async throws {
        defer {
            for message in Self.messages(in: data) where message["method"] == nil {
                if let id = message["id"] { unanswered.remove(id.text) }
                screen.noteSent(message)
            }
            if !screen.isInitializing {
                awaitingInitializeAnswer?.resume()
                awaitingInitializeAnswer = nil
            }
        }
        try await inner.send(data)
    }

    func receive() -> AsyncThrowingStream<Data, any Error> {
        let (stream, continuation) = AsyncThrowingStream<Data, any Error>.makeStream()
        let task = Task {
            guard let lines else { return continuation.finish() }
            for await line in lines {
                if let forwarded = await pass(line) { continuation.yield(forwarded) }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    /// Waits until every request received has been answered, or `limit` has passed
    /// (a request the client cancelled is never answered).
    func waitUntilAnswered(within limit: Duration) async {
        let deadline = ContinuousClock.now + limit
        while !unanswered.isEmpty, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(5))
        }
    }

    /// The line for the SDK, or nil when it was answered or ignored here.
    ///
    /// A line after `initialize` waits for its answer: which protocol version the session
    /// speaks, and whether it is initialized at all, decide how the line is screened, and
    /// the SDK would otherwise race the two requests.
    private func pass(_ line: LineSplitter.Line) async -> Data? {
        if screen.isInitializing {
            await withCheckedContinuation { awaitingInitializeAnswer = $0 }
        }
        switch screen.screen(line) {
        case .forward(let data, let requests):
            unanswered.formUnion(requests.map(\.text))
            return data
        case .answer(let answer):
            logger.info("refused a message", metadata: ["answer": "\(answer.text)"])
            do {
                try await inner.send(Data(answer.text.utf8))
            } catch {
                logger.error("cannot write an answer", metadata: ["error": "\(error)"])
            }
        case .ignore(let reason):
            logger.info("ignored a notification", metadata: ["reason": "\(reason)"])
        }
        return nil
    }

    /// The JSON-RPC messages in one line: a message or a batch; anything else is none.
    private static func messages(in data: Data) -> [JSONValue] {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: data) else { return [] }
        if case .array(let batch) = value { return batch }
        return [value]
    }
}
