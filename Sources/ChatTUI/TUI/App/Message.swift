import Foundation
import Persistence

/// Everything that can happen to the app: a key, a resize, the clock, and the answers to the
/// effects the runtime ran. `update` is the only thing that reads them.
enum Message: Hashable, Sendable {
    case key(Key)
    case resized(Size)
    /// About every 250 ms: animates the spinner and keeps "today" current for overdue marks.
    case tick(Date)
    case turn(TurnID, TurnUpdate)
    /// A conversation opened (`.openConversation`, or at start-up): its newest page.
    case conversationLoaded(ConversationPage)
    /// An older page asked for by `.loadOlder`, to put in front of what is shown.
    case historyLoaded(ConversationPage)
    /// The messages after the newest one shown, asked for by `.loadNewer`.
    case newerLoaded(ConversationPage)
    case conversationWindowLoaded(ConversationWindowRequest, ListWindow<Conversation>)
    case conversationChanged(ConversationChange)
    /// The matches of `.search`.
    case searchLoaded(SearchRequest, ListWindow<SearchMatch>)
    /// The review's window asked for by `.loadTaskWindow`.
    case taskWindowLoaded(TaskWindowRequest, ListWindow<TodoTask>)
    /// The rows asked for by `.loadTaskRows`, not yet placed among all matches.
    case taskRowsLoaded(TaskWindowRequest, UncountedWindow<TodoTask>)
    /// The count asked for by `.countTasks`.
    case tasksCounted(TaskCountRequest, ListPosition)
    case remindersLoaded(ReminderCounts)
    /// The review's `a` stored this task; the text says so.
    case taskAdded(TodoTask, summary: String)
    case taskDetailLoaded(TaskDetail)
    /// A task action or an undo succeeded; the text says what was done.
    case taskChanged(summary: String)
    /// An undo put this task back as it was (undeleted, reopened, renamed back…): the
    /// review's cursor goes to it, so the next key acts on the task the person just got back.
    case taskRestored(TodoTask, summary: String)
    /// A task action, a load or an open failed; the text says what happened and what to do.
    case actionFailed(String)
    /// The task panel's rows asked for by `.loadPanel`.
    case panelLoaded(TaskPanelRequest, ListWindow<TodoTask>)
    /// The answer to `.listModels`: the server's model names, or why there are none.
    case modelsListed(ModelListing)
    /// Another process wrote to the database (`PRAGMA data_version` moved).
    case externalChange
    /// The draft kept for a conversation (nil: the one not started yet), read after `/new`.
    case draftLoaded(conversationID: Int64?, String?)
}
