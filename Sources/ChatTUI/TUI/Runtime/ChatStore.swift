import Foundation
import AgentCore
import Persistence

/// The database work behind the chat's effects, each answered as the message `update` expects.
///
/// Synchronous, one transaction per call: the runtime calls it on its database queue, never
/// on the main thread, and in the order the effects came, so an undo follows the change it
/// undoes.
struct ChatStore: Sendable {
    /// Messages per page, when a conversation opens and when the pane scrolls back.
    static let pageSize = AppState.olderPageSize
    /// The detail pane shows this many of a task's changes, newest first.
    static let historyLimit = 20

    let conversations: ConversationService
    let tasks: TaskService
    /// When this session began: the picker's deletes before it (an earlier session's, which
    /// `u` can no longer reach) are removed for good by the next delete.
    let openedAt = Date()

    /// The newest page. One message more than a page is read, to learn whether older ones exist.
    func newestPage(of id: Int64) throws -> ConversationPage {
        let conversation = try conversations.conversation(id: id)
        let messages = try conversations.newestMessages(in: id, limit: Self.pageSize + 1)
        return ConversationPage(
            conversationID: id, title: conversation.title, messages: Array(messages.suffix(Self.pageSize)),
            hasOlder: messages.count > Self.pageSize, draft: try conversations.draft(for: id),
            model: try conversations.model(of: id))
    }

    func olderPage(of id: Int64, before messageID: Int64, limit: Int) throws -> ConversationPage {
        let messages = try conversations.messages(in: id, before: messageID, limit: limit + 1)
        return ConversationPage(
            conversationID: id, title: nil, messages: Array(messages.suffix(limit)), hasOlder: messages.count > limit)
    }

    /// The messages stored after `messageID`, oldest first, at most `limit`.
    func newerPage(of id: Int64, after messageID: Int64?, limit: Int) throws -> ConversationPage {
        let messages = try conversations.messages(in: id, after: messageID, limit: limit)
        return ConversationPage(conversationID: id, title: nil, messages: messages, hasOlder: false)
    }

    func conversationWindow(_ request: ConversationWindowRequest) throws -> ListWindow<Conversation> {
        try conversations.window(
            matching: request.title, around: request.anchor, before: request.before, after: request.after,
            known: request.known)
    }

    /// A window of `SearchService`'s matches for this user, newest first; the text was checked
    /// by `update`. The matches are read by offset, so an anchor is placed by its known
    /// position (`WindowPlan` always gives one); only a new search counts them.
    func search(_ request: SearchRequest) throws -> ListWindow<SearchMatch> {
        guard let text = SearchText(request.text) else {
            return ListWindow(items: [], offset: 0, total: 0, anchorIndex: 0)
        }
        let service = SearchService(database: conversations.database, user: conversations.user)
        let total = try request.known?.total ?? service.count(text)
        let anchorIndex: Int
        let first: Int
        switch request.anchor {
        case .first:
            (anchorIndex, first) = (0, 0)
        case .last:
            (anchorIndex, first) = (max(0, total - 1), max(0, total - request.before))
        case .item:
            anchorIndex = request.known?.anchorIndex ?? 0
            first = max(0, anchorIndex - request.before)
        }
        let end = request.anchor == .last ? total : anchorIndex + request.after
        let items = try service.matches(text, offset: first, limit: end - first, total: total)
        return ListWindow(items: items, offset: first, total: total, anchorIndex: anchorIndex)
    }

    func taskWindow(_ request: TaskWindowRequest) throws -> ListWindow<TodoTask> {
        try tasks.window(
            request.query, around: request.anchor, before: request.before, after: request.after, known: request.known,
            total: request.total)
    }

    func taskRows(_ request: TaskWindowRequest) throws -> UncountedWindow<TodoTask> {
        try tasks.uncountedWindow(request.query, around: request.anchor, before: request.before, after: request.after)
    }

    func reminders() throws -> ReminderCounts {
        try tasks.reminderCounts()
    }

    func complete(_ id: Int64) throws -> String {
        let completion = try tasks.complete(id: id)
        let next = completion.nextOccurrence.map { "; next: \(Self.name($0))" } ?? ""
        return "Completed \(Self.name(completion.task))\(next). u undoes it."
    }

    func reopen(_ id: Int64) throws -> String {
        "Reopened \(Self.name(try tasks.reopen(id: id)))."
    }

    func delete(_ id: Int64) throws -> String {
        "Deleted \(Self.name(try tasks.delete(id: id))). u brings it back."
    }

    func rename(_ id: Int64, to title: String) throws -> String {
        "Renamed to \(Self.name(try tasks.update(id: id, TaskPatch(title: .set(title)))))."
    }

    func setPriority(_ id: Int64, _ priority: Priority?) throws -> String {
        let task = try tasks.update(id: id, TaskPatch(priority: priority.map { .set($0) } ?? .clear))
        return "\(Self.name(task)): \(priority.map { "\($0.rawValue) priority" } ?? "no priority")."
    }

    /// What was undone, with the task it brought back for the review's cursor: nil when there
    /// was nothing to undo or the undo removed a task that had been added.
    func undo() throws -> (summary: String, restored: TodoTask?) {
        guard let outcome = try tasks.undoLastChange() else { return ("Nothing to undo.", nil) }
        return (outcome.summary, outcome.action == .add ? nil : outcome.task)
    }

    /// "#3 Buy groceries", on one line whatever the title holds.
    static func name(_ task: TodoTask) -> String {
        "#\(task.id) \(TaskLine.singleLine(task.title))"
    }
}
