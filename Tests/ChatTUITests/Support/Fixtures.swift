import Foundation
import Persistence
@testable import ChatTUI

/// Friday 14 March 2025, 10:00 UTC: every test's "now".
let fixedNow = Date(timeIntervalSince1970: 1_741_946_400)
let utc = TimeZone(identifier: "UTC") ?? TimeZone.current

extension AppState {
    /// A fresh chat at 80×24 with nothing loaded.
    static func fixture(size: Size = Size(rows: 24, cols: 80), conversationID: Int64? = nil) -> AppState {
        AppState(
            size: size, session: SessionInfo(provider: "offline", model: "engine"), now: fixedNow, timeZone: utc,
            conversationID: conversationID)
    }

    /// A chat whose turn `turn` has started streaming "Hello".
    static func streaming(turn: TurnID) -> AppState {
        var state = AppState.fixture(conversationID: 1)
        state.transcript.entries = [.user("hi"), .assistant("Hello", interrupted: false)]
        state.activity = .streaming(SentTurn(id: turn, text: "hi", messageStored: true))
        state.nextTurnNumber = turn.rawValue + 1
        return state
    }

    /// Sends `messages` in order, returning every effect.
    @discardableResult
    mutating func send(_ messages: Message...) -> [Effect] {
        messages.flatMap { update(&self, $0) }
    }

    /// Types `text` key by key.
    mutating func type(_ text: String) {
        for character in text { _ = update(&self, .key(.character(character))) }
    }

    var review: TaskReview? {
        if case .review(let review) = screen { return review }
        return nil
    }
}

func task(
    _ id: Int64, _ title: String, completed: Bool = false, priority: Priority? = nil, due: Due? = nil,
    tags: [String] = []
) -> TodoTask {
    TodoTask(
        id: id, userID: UserID("me"), title: title, description: nil, completed: completed, priority: priority,
        tags: tags, due: due, recurrence: nil, createdAt: fixedNow, updatedAt: fixedNow,
        completedAt: completed ? fixedNow : nil, deletedAt: nil)
}

func stored(
    _ id: Int64, _ role: MessageRole, _ content: String, toolCalls: [StoredToolCall] = [], toolCallID: String? = nil,
    interrupted: Bool = false
) -> StoredMessage {
    StoredMessage(
        id: id, conversationID: 1, role: role, content: content, toolCalls: toolCalls, toolCallID: toolCallID,
        interrupted: interrupted, model: nil, usage: nil, tokenEstimate: 1, createdAt: fixedNow)
}

func day(_ text: String) -> Due? {
    LocalDate(text).map(Due.day)
}
