import Foundation
import Testing
import TestSupport

/// `/model` under tmux against the fake server's model list.
extension TUITests {
    @Test func slashModelListsTheServersModelsAndSwitchesTheNextTurn() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"text": "Hi from llama."}]"#, models: ["gpt-4o-mini", "llama3"])
        let sandbox = try Sandbox()
        sandbox.use(server)
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor("idle · new · 127.0.0.1/gpt-4o-mini")

        try await screen.type("/model")
        try await screen.press("Enter")
        try await screen.waitFor("Models on 127.0.0.1: gpt-4o-mini (current), llama3.")

        try await screen.type("/model llama3")
        try await screen.press("Enter")
        try await screen.waitFor("idle · new · 127.0.0.1/llama3")
        try await screen.type("hello")
        try await screen.press("Enter")
        try await screen.waitFor("Hi from llama.")

        let completions = try server.recordedRequests().filter { $0.method == "POST" }
        #expect(completions.map { $0["model"]?.stringValue } == ["llama3"])
        try server.expectEveryRequestValid()
    }

    @Test func aResumedConversationShowsAndUsesItsOwnModel() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"text": "one"}, {"text": "two"}]"#)
        let sandbox = try Sandbox()
        sandbox.use(server)
        let first = try await sandbox.launch(["ask", "--model", "llama3", "hello"])
        #expect(first.status == 0, "\(first.stderr)")

        let screen = try await TmuxScreen(sandbox, chattui: "-r 1")
        try await screen.waitFor("idle · #1 · 127.0.0.1/llama3")
        try await screen.type("again")
        try await screen.press("Enter")
        try await screen.waitFor("two")
        #expect(try server.recordedRequests().map { $0["model"]?.stringValue } == ["llama3", "llama3"])
    }

    @Test func theOfflineEngineSaysItHasNoModels() async throws {
        let sandbox = try Sandbox()
        let screen = try await TmuxScreen(sandbox, chattui: "")
        try await screen.waitFor(Self.freshStatus)
        try await screen.type("/model")
        try await screen.press("Enter")
        try await screen.waitFor("The offline engine has no models")
    }
}
