import Foundation
import Persistence
import Testing
import TestSupport

/// Ctrl-C, `kill` and a closed terminal under `chattui ask`: the reply stops, what had
/// arrived is kept.
@Suite(.serialized) struct AskInterruptTests {
    @Test(.timeLimit(.minutes(10)), arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalSavesWhatHadStreamedMarkedInterrupted(signal: Int32) async throws {
        let server = try await FakeOpenAIServer.start(script: """
            [{"text": "One two three four five six seven eight nine ten eleven twelve",
              "chunk_size": 4, "delay_between_chunks": 0.3}]
            """)
        let sandbox = try Sandbox()
        sandbox.use(server)

        // Given a reply that is streaming
        let child = try sandbox.start(["ask", "Count to twelve"])
        try await eventually(within: .seconds(20)) { !child.stdoutSoFar.isEmpty }
        #expect(!child.stdoutSoFar.isEmpty)

        // When the person presses Ctrl-C, or the process is sent SIGTERM or SIGHUP
        #expect(kill(child.pid, signal) == 0)
        let run = try await Task.detached { try child.wait() }.value

        // Then the command stops with 128 + the signal, says so, and the partial reply is
        // stored, marked
        #expect(run.status == 128 + signal, "\(run.stderr)")
        #expect(run.stderr.contains("(interrupted)"))
        let reply = try #require(try await sandbox.storedMessages(in: 1).last)
        #expect(reply.role == .assistant)
        #expect(reply.interrupted)
        #expect(!reply.content.isEmpty)
        #expect("One two three four five six seven eight nine ten eleven twelve".hasPrefix(reply.content))
        #expect(reply.content.count < 62)
        #expect(run.stdout.hasPrefix(reply.content))
    }
}
