import Foundation
import Synchronization
import Testing
import TestSupport
@testable import AgentCore

/// The transfer against the fake server over real HTTP.
@Suite struct CurlTransferTests {
    private static func request(_ server: FakeOpenAIServer, body: String) -> HTTPRequest {
        HTTPRequest(
            url: server.baseURL + "/chat/completions", headers: ["Content-Type: application/json"],
            body: Array(body.utf8), connectTimeout: .seconds(5), idleTimeout: .seconds(30), silenceNotice: .seconds(30))
    }

    private static let validBody = #"{"model": "m", "messages": [{"role": "user", "content": "hi"}], "stream": true}"#

    /// A streamed reply is read where it arrives: the body of a 2xx response goes to the
    /// reader on the transfer's thread, and the stream wakes nobody for each piece.
    @Test func theBodyOfASuccessGoesToTheReaderAndNotThroughTheStream() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"text": "Hello there", "chunk_size": 2}]"#)
        defer { server.stop() }
        let received = Mutex<[UInt8]>([])
        var events: [HTTPEvent] = []
        let stream = CurlTransfer.start(Self.request(server, body: Self.validBody)) { bytes in
            received.withLock { $0 += bytes }
            return true
        }
        for try await event in stream { events.append(event) }

        #expect(events.count == 1)
        guard case .response(200, _)? = events.first else {
            Issue.record("expected the response alone, got \(events)")
            return
        }
        let text = received.withLock { String(decoding: $0, as: UTF8.self) }
        #expect(text.contains(#""content":"He""#) || text.contains(#""content": "He""#), "\(text)")
        #expect(text.hasSuffix("data: [DONE]\n\n"))
    }

    /// An error's body stays in the stream, where the attempt reads its message.
    @Test func theBodyOfAnErrorStaysInTheStream() async throws {
        let server = try await FakeOpenAIServer.start()
        defer { server.stop() }
        var body: [UInt8] = []
        let stream = CurlTransfer.start(Self.request(server, body: "{}")) { _ in
            Issue.record("an error's body reached the reader")
            return true
        }
        for try await event in stream {
            if case .body(let bytes) = event { body += bytes }
        }

        #expect(String(decoding: body, as: UTF8.self).contains("invalid_request_error"))
    }
}
