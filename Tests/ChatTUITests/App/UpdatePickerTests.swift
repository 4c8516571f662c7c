import Persistence
import Testing
@testable import ChatTUI

@Suite struct UpdatePickerTests {
    private func conversation(_ id: Int64, _ title: String) -> Conversation {
        Conversation(
            id: id, userID: UserID("me"), title: title, createdAt: fixedNow, updatedAt: fixedNow, messageCount: 4,
            tokenCount: 40)
    }

    @Test func enterOpensTheSelectedConversation() {
        var state = AppState.fixture()
        state.send(.key(.ctrl("o")), .conversationsLoaded([conversation(9, "Groceries"), conversation(4, "Bills")]))
        state.send(.key(.down))
        #expect(update(&state, .key(.enter)) == [.openConversation(4)])
        #expect(state.screen == .chat)
    }

    @Test func aLoadedConversationReplacesThePane() {
        var state = AppState.fixture()
        state.transcript.entries = [.user("old")]
        state.scrollOffset = 4
        let page = ConversationPage(
            conversationID: 4, title: "Bills",
            messages: [
                stored(10, .user, "add pay bills"),
                stored(11, .assistant, "", toolCalls: [StoredToolCall(id: "c1", name: "add_task", arguments: "{}")]),
                stored(12, .tool, #"{"task_id": 5, "status": "created", "title": "Pay bills"}"#, toolCallID: "c1"),
                stored(13, .tool, #"{"error": "task 42 not found"}"#, toolCallID: "c2"),
                stored(14, .assistant, "Added **Pay bills**."),
            ],
            hasOlder: true)
        state.send(.conversationLoaded(page))
        #expect(state.conversationID == 4)
        #expect(state.scrollOffset == 0)
        #expect(state.transcript.oldestMessageID == 10)
        #expect(state.transcript.hasOlder)
        #expect(state.transcript.entries == [
            .user("add pay bills"),
            .tool(ToolActivity(name: "add_task", summary: "#5 Pay bills", status: .succeeded)),
            .tool(ToolActivity(name: "tool", summary: "task 42 not found", status: .failed)),
            .assistant("Added **Pay bills**.", interrupted: false),
        ])
    }

    @Test func escReturnsWithoutOpening() {
        var state = AppState.fixture()
        state.send(.key(.ctrl("o")))
        #expect(update(&state, .key(.escape)) == [])
        #expect(state.screen == .chat)
    }
}
