import Foundation
import Persistence
import Testing
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

    /// Answers the review's pending window with `tasks`, which start at `offset` of a list of
    /// `total` (all of it when nil); the anchor is found by id, as the database would place it.
    @discardableResult
    mutating func answerReview(_ tasks: [TodoTask], offset: Int = 0, total: Int? = nil) -> [Effect] {
        guard let request = review?.pending else {
            Issue.record("The review asked for no window")
            return []
        }
        var anchorIndex = offset
        switch request.anchor {
        case .first: anchorIndex = 0
        case .last: anchorIndex = max(0, (total ?? tasks.count) - 1)
        case .item(let anchor): anchorIndex = offset + (tasks.firstIndex { $0.id >= anchor.id } ?? tasks.count)
        }
        let window = ListWindow(items: tasks, offset: offset, total: total ?? offset + tasks.count, anchorIndex: anchorIndex)
        return send(.taskWindowLoaded(request, window))
    }

    /// Answers the review's pending rows (a new text filter's) with `tasks`, not counted: the
    /// anchor is found by id, and the rows reach the list's ends only when said so.
    @discardableResult
    mutating func answerReviewRows(_ tasks: [TodoTask], reachesStart: Bool, reachesEnd: Bool) -> [Effect] {
        guard let request = review?.pending, case .item(let anchor) = request.anchor else {
            Issue.record("The review asked for no rows around a task")
            return []
        }
        let rows = UncountedWindow(
            items: tasks, anchorOffset: tasks.firstIndex { $0.id >= anchor.id } ?? tasks.count,
            reachesStart: reachesStart, reachesEnd: reachesEnd)
        return send(.taskRowsLoaded(request, rows))
    }

    /// Answers the picker's pending window with `conversations`, as `answerReview` does.
    @discardableResult
    mutating func answerPicker(_ conversations: [Conversation], offset: Int = 0, total: Int? = nil) -> [Effect] {
        guard let request = picker?.pending else {
            Issue.record("The picker asked for no window")
            return []
        }
        let all = total ?? offset + conversations.count
        var anchorIndex = offset
        switch request.anchor {
        case .first: anchorIndex = 0
        case .last: anchorIndex = max(0, all - 1)
        case .item(let anchor): anchorIndex = offset + (conversations.firstIndex { $0.id == anchor.id } ?? 0)
        }
        let window = ListWindow(items: conversations, offset: offset, total: all, anchorIndex: anchorIndex)
        return send(.conversationWindowLoaded(request, window))
    }

    var picker: ConversationPicker? {
        if case .picker(let picker) = screen { return picker }
        return nil
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

extension TaskWindowRequest {
    /// What the review asks for when it opens on a 24-row screen with the default settings.
    static let opening = TaskWindowRequest(
        query: TaskQuery(status: .pending, sort: .created), anchor: .first, before: 57, after: 57, keepsSelection: true, known: nil)

    /// A reload around `task` with `settings`, keeping the cursor on it.
    static func reload(
        around task: TodoTask, _ settings: ReviewSettings = ReviewSettings(), total: Int? = nil
    ) -> TaskWindowRequest {
        TaskWindowRequest(
            query: settings.query, anchor: .item(task), before: 57, after: 57, keepsSelection: true, known: nil,
            total: total)
    }
}

extension ConversationWindowRequest {
    /// What the picker asks for when it opens on a 24-row screen.
    static let openingPicker = ConversationWindowRequest(
        title: nil, anchor: .first, before: 57, after: 57, keepsSelection: true, known: nil)
}

/// A conversation last used `daysAgo` days before `fixedNow`.
func conversation(_ id: Int64, _ title: String, messages: Int = 4, daysAgo: Double = 0) -> Conversation {
    Conversation(
        id: id, userID: UserID("me"), title: title, createdAt: fixedNow,
        updatedAt: fixedNow.addingTimeInterval(-86_400 * daysAgo), messageCount: messages, tokenCount: messages * 10)
}
