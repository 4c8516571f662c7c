import AgentCore
import Foundation
import Persistence
import Testing
import TestSupport

/// `chattui ask --retry`: the chat's Ctrl-R from the command line, on the message already saved.
@Suite(.serialized) struct AskRetryTests {
    @Test func aDroppedStreamIsKeptInterruptedAndRetryAnswersTheMessageAgain() async throws {
        let (sandbox, server) = try await DroppedStory.sandbox()

        // Given a reply whose stream dropped after "Once upo"
        let failed = try await sandbox.launch(["ask", "Tell me a story"])
        #expect(failed.status == 1)
        #expect(failed.stdout == "Once upo\n")
        #expect(failed.stderr.contains("to try again: chattui ask --retry -r 1"), "\(failed.stderr)")
        let shown = try await sandbox.launch(["show", "1", "--json"])
        let saved = try #require(try JSONValue(parsing: shown.stdout)["messages"]?.arrayValue?.last)
        #expect(saved["content"] == "Once upo")
        #expect(saved["interrupted"] == true)

        // When the person retries, as the failure said
        let retried = try await sandbox.launch(["ask", "--retry", "-r", "1"])

        // Then the message is answered again, not stored twice, from a request that ends on it
        #expect(retried.status == 0, "\(retried.stderr)")
        #expect(retried.stdout == "Once upon a time there was a list.\n")
        let messages = try await sandbox.storedMessages(in: 1)
        #expect(messages.map(\.role) == [.user, .assistant, .assistant])
        #expect(messages.map(\.interrupted) == [false, true, false])
        let sent = try #require(try server.recordedRequests().last?["messages"]?.arrayValue)
        #expect(sent.dropFirst().map { $0["content"] } == ["Tell me a story"])
        try server.expectEveryRequestValid()
    }

    @Test func retryWithContinueTakesTheMostRecentConversation() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"status": 400, "message": "Try later"}, {"text": "Done."}]"#)
        let sandbox = try Sandbox()
        sandbox.use(server)
        _ = try await sandbox.launch(["ask", "Hello?"])

        let run = try await sandbox.launch(["ask", "--retry", "-c", "--json"])

        #expect(run.status == 0, "\(run.stderr)")
        let object = try JSONValue(parsing: run.stdout)
        #expect(object["conversation_id"] == 1)
        #expect(object["reply"] == "Done.")
        #expect(try await sandbox.storedMessages(in: 1).map(\.content) == ["Hello?", "Done."])
    }

    @Test func retryOnAFinishedConversationSaysThereIsNothingToRetry() async throws {
        let sandbox = try Sandbox()
        _ = try await sandbox.launch(["ask", "--offline", "add a task to water the plants"])

        let run = try await sandbox.launch(["ask", "--offline", "--retry", "-r", "1"])

        #expect(run.status == 1)
        #expect(run.errorLines == [
            "Error: Conversation 1 has no unanswered message to retry: it ends with a finished reply.",
        ])
        #expect(try await sandbox.listedTasks().count == 1)
    }

    @Test func retryWithoutAConversationToRetryIsAnError() async throws {
        let run = try await Sandbox().launch(["ask", "--offline", "--retry", "-c"])
        #expect(run.status == 1)
        #expect(run.errorLines == ["Error: There is no conversation to retry."])
    }

    @Test(arguments: [
        (["ask", "--retry", "-r", "1", "hello"], "--retry answers the message already saved; give no TEXT."),
        (["ask", "--retry"], "--retry needs the conversation: add -r ID, or -c for the most recent one."),
    ])
    func retryMisusedIsAUsageError(arguments: [String], message: String) throws {
        let run = try Sandbox().run(arguments, stdin: "")
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: \(message)\n"), "\(run.stderr)")
    }
}
