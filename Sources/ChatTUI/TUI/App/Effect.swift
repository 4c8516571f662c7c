import Persistence

/// Work `update` asks the runtime to do. Values, not closures, so tests compare them; each
/// answer comes back as a `Message`.
enum Effect: Hashable, Sendable {
    /// Stores `text` as a user message (creating the conversation when `conversationID` is
    /// nil) and runs a turn, reporting `.turn(id, …)`.
    /// `model` is nil for the session's own model.
    case startTurn(TurnID, conversationID: Int64?, text: String, model: String? = nil)
    case cancelTurn(TurnID)
    /// Runs a turn again on the user message already stored in the conversation.
    case retryTurn(TurnID, conversationID: Int64, model: String? = nil)
    case loadOlder(conversationID: Int64, before: Int64, limit: Int)
    /// The messages stored after `after` (all of them for nil), answered by `.newerLoaded`:
    /// what another process appended to the open conversation.
    case loadNewer(conversationID: Int64, after: Int64?, limit: Int)
    /// Answered by `.conversationLoaded`.
    case openConversation(Int64)
    /// As `.openConversation`, then scrolled so the message shows (Enter on a search match).
    case openConversationAt(Int64, messageID: Int64)
    /// Answered by `.searchLoaded`.
    case search(SearchRequest)
    /// Forget the current conversation; the next message starts a new one.
    case newConversation
    /// Answered by `.conversationWindowLoaded`.
    case loadConversationWindow(ConversationWindowRequest)
    /// Answered by `.conversationChanged`.
    case renameConversation(Int64, title: String)
    case deleteConversation(Int64)
    case restoreConversation(Int64)
    /// Answered by `.taskWindowLoaded`.
    case loadTaskWindow(TaskWindowRequest)
    /// The same rows without the count, for a new text filter. Answered by `.taskRowsLoaded`.
    case loadTaskRows(TaskWindowRequest)
    /// What `.loadTaskRows` left out. Answered by `.tasksCounted`.
    case countTasks(TaskCountRequest)
    case loadReminders
    /// The task panel's first screenful of pending tasks. Answered by `.panelLoaded`.
    case loadPanel(TaskPanelRequest)
    /// `GET {base}/models` on the server. Answered by `.modelsListed`.
    case listModels
    case completeTask(Int64)
    case reopenTask(Int64)
    case deleteTask(Int64)
    case renameTask(Int64, title: String)
    /// The review's `a`: the text as the chat would read it. Answered by `.taskAdded`.
    case addTask(String)
    /// The review's `t`, `D`, `r` and description: the text as typed, read by the store with
    /// the tools' rules (an empty text clears the field).
    case setTags(Int64, String)
    case setDue(Int64, String)
    case setRecurrence(Int64, String)
    case setDescription(Int64, String)
    /// Answered by `.taskDetailLoaded`.
    case loadTaskDetail(Int64)
    /// The review computes the next step of the cycle itself, so the cycle is tested here
    /// and a stale screen cannot skip a step.
    case setPriority(Int64, Priority?)
    /// Reverts the user's newest task change from any source.
    case undo
    /// Written by the terminal as OSC 52, so it works over SSH and inside tmux.
    case copyToClipboard(String)
    /// Keeps the input for the conversation (nil: not started yet); empty text forgets it.
    case saveDraft(conversationID: Int64?, text: String)
    case quit
}
