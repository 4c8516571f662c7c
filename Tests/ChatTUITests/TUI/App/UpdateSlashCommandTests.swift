import Testing
@testable import ChatTUI

@Suite struct UpdateSlashCommandTests {
    private func enter(_ line: String, in state: inout AppState) -> [Effect] {
        state.type(line)
        return update(&state, .key(.enter))
    }

    @Test func newForgetsTheConversation() {
        var state = AppState.fixture(conversationID: 5)
        state.transcript.entries = [.user("old")]
        #expect(enter("/new", in: &state) == [.newConversation])
        #expect(state.conversationID == nil)
        #expect(state.transcript.entries.count == 1)
        #expect(state.input.isEmpty)
    }

    @Test func resumeOpensTheConversation() {
        var state = AppState.fixture()
        #expect(enter("/resume 12", in: &state) == [.openConversation(12)])
        #expect(enter("/resume #13", in: &state) == [.openConversation(13)])
    }

    @Test func aMistypedCommandStaysInTheInputWithAHint() {
        var state = AppState.fixture()
        #expect(enter("/resume twelve", in: &state) == [])
        #expect(state.input.text == "/resume twelve")
        #expect(state.flash == "'twelve' is not a conversation id. Type /resume 12, or press Ctrl-O to pick one.")
        state.input.clear()
        #expect(enter("/frobnicate", in: &state) == [])
        #expect(state.flash?.hasPrefix("Unknown command '/frobnicate'.") == true)
    }

    @Test func tasksHelpQuit() {
        var state = AppState.fixture()
        #expect(enter("/tasks", in: &state) == [.loadTaskRows(.opening)])
        state.send(.key(.escape))
        #expect(enter("/help", in: &state) == [])
        #expect(state.screen == .help(HelpScreen()))
        state.send(.key(.escape))
        #expect(enter("/quit", in: &state) == [.quit])
    }

    @Test func copyCopiesTheLastReply() {
        var state = AppState.fixture()
        #expect(enter("/copy", in: &state) == [])
        #expect(state.flash?.hasPrefix("Nothing to copy") == true)
        state.transcript.entries = [.user("q"), .assistant("the answer", interrupted: false), .tool(ToolActivity(name: "x", summary: "", status: .succeeded))]
        #expect(enter("/copy", in: &state) == [.copyToClipboard("the answer")])
    }

    @Test func switchingConversationsWaitsForTheRunningTurn() {
        var state = AppState.streaming(turn: 2)
        #expect(enter("/new", in: &state) == [])
        #expect(state.conversationID == 1)
        #expect(state.input.text == "/new")
    }
}
