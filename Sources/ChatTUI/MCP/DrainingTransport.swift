import AgentCore
import Foundation
import Logging
import MCP

/// A transport that knows which requests are still unanswered, so the server can answer
/// them before it exits.
///
/// The SDK handles each request in a task of its own and ends its receive loop at the
/// end of input, so a client that writes a request and closes stdin (`printf … | chattui
/// mcp`) would otherwise race the exit and could lose its answer.
actor DrainingTransport: Transport {
    nonisolated let logger: Logger
    private let inner: any Transport
    /// The ids of requests received and not yet answered, as JSON text.
    private var unanswered: Set<String> = []

    init(_ inner: any Transport, logger: Logger) {
        self.inner = inner
        self.logger = logger
    }

    func connect() async throws {
        try await inner.connect()
    }

    func disconnect() async {
        await inner.disconnect()
    }

    /// An answer that could not be written (the client closed stdout) is settled too:
    /// waiting for it would only delay the exit.
    func send(_ data: Data) async throws {
        defer {
            for message in Self.messages(in: data) where message["method"] == nil {
                if let id = message["id"] { unanswered.remove(id.text) }
            }
        }
        try await inner.send(data)
    }

    func receive() -> AsyncThrowingStream<Data, any Error> {
        let (stream, continuation) = AsyncThrowingStream<Data, any Error>.makeStream()
        let task = Task {
            do {
                for try await data in await inner.receive() {
                    note(received: data)
                    continuation.yield(data)
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
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

    private func note(received data: Data) {
        for message in Self.messages(in: data) where message["method"] != nil {
            if let id = message["id"] { unanswered.insert(id.text) }
        }
    }

    /// The JSON-RPC messages in one line: a message or a batch; anything else is none.
    private static func messages(in data: Data) -> [JSONValue] {
        guard let value = try? JSONValue(parsing: String(decoding: data, as: UTF8.self)) else { return [] }
        if case .array(let batch) = value { return batch }
        return [value]
    }
}
