import AgentCore
import Foundation
import Persistence
import Testing
import TestSupport

extension Sandbox {
    /// Every message of conversation `id`, oldest first, read from the sandbox's database.
    func storedMessages(in id: Int64) async throws -> [StoredMessage] {
        try await conversationService().newestMessages(in: id, limit: 1000)
    }

    /// The tasks `chattui tasks --json` lists.
    func listedTasks() async throws -> [JSONValue] {
        let run = try await launch(["tasks", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONValue(parsing: run.stdout)["tasks"]?.arrayValue ?? []
    }
}

extension FakeOpenAIServer {
    /// Checks that every request so far passed the server's schema and ordering checks.
    func expectEveryRequestValid(sourceLocation: SourceLocation = #_sourceLocation) throws {
        for request in try recordedRequests() {
            #expect(request.valid, "\(request.errors)", sourceLocation: sourceLocation)
        }
    }
}

extension CommandLineRun {
    /// stderr without blank lines.
    var errorLines: [Substring] { stderr.split(separator: "\n") }
}
