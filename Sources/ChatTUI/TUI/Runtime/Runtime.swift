import AgentCore
import Foundation
import Persistence

/// Runs the effects `update` asks for: the only place the chat reaches the agent and the
/// database. Every answer comes back as a message through the inbox.
///
/// Called on the main thread by the terminal loop, and never blocks it: each turn is a task
/// on a thread of its own that posts its events as they come, and database work runs on one
/// serial queue (a Dispatch thread, not one of the cooperative pool's), in the order it was
/// asked for.
final class Runtime {
    private let agent: Agent
    private let store: ChatStore
    private let database: AppDatabase
    private let inbox: MessageInbox
    private let queue = DispatchQueue(label: "chattui.runtime.database")
    /// Relays turn events to the inbox off the cooperative pool, as the turn itself runs.
    private let relay = SerialQueueExecutor(label: "chattui.runtime.relay")
    private let watcher = ChangeWatcher()
    private let unkeptDraft = UnkeptDraft()
    /// The newest turn. Only one runs at a time; `update` drops the updates of any other.
    private var turn: RunningTurn?

    init(agent: Agent, store: ChatStore, database: AppDatabase, inbox: MessageInbox) {
        self.agent = agent
        self.store = store
        self.database = database
        self.inbox = inbox
    }

    func perform(_ effect: Effect) {
        switch effect {
        case .startTurn(let id, let conversationID, let text, let model):
            run(id, agent.send(text, to: conversationID, model: model))
        case .retryTurn(let id, let conversationID, let model):
            run(id, agent.retry(conversationID: conversationID, model: model))
        case .cancelTurn(let id):
            if let turn, turn.id == id { turn.handle.cancel() }
        case .openConversation(let id):
            answer { .conversationLoaded(try $0.newestPage(of: id)) }
        case .openConversationAt(let id, let messageID):
            answer { store in
                var page = try store.newestPage(of: id)
                page.seekingMessageID = messageID
                return .conversationLoaded(page)
            }
        case .search(let request):
            answer { .searchLoaded(request, try $0.search(request)) }
        case .loadOlder(let id, let before, let limit):
            answer { .historyLoaded(try $0.olderPage(of: id, before: before, limit: limit)) }
        case .loadNewer(let id, let after, let limit):
            answer { .newerLoaded(try $0.newerPage(of: id, after: after, limit: limit)) }
        case .loadConversationWindow(let request):
            answer { .conversationWindowLoaded(request, try $0.conversationWindow(request)) }
        case .renameConversation(let id, let title):
            answer { .conversationChanged(.renamed(try $0.conversations.rename(id, to: title))) }
        case .deleteConversation(let id):
            answer { store in
                .conversationChanged(.deleted(try store.conversations.delete(id, purgingBefore: store.openedAt)))
            }
        case .restoreConversation(let id):
            answer { .conversationChanged(.restored(try $0.conversations.restore(id))) }
        case .loadTaskWindow(let request):
            answer { .taskWindowLoaded(request, try $0.taskWindow(request)) }
        case .loadTaskRows(let request):
            answer { .taskRowsLoaded(request, try $0.taskRows(request)) }
        case .countTasks(let request):
            answer { .tasksCounted(request, try $0.tasks.position(of: request.anchor, request.query)) }
        case .loadReminders:
            answer { .remindersLoaded(try $0.reminders()) }
        case .loadPanel(let request):
            answer { .panelLoaded(request, try $0.panelWindow(limit: request.limit)) }
        case .listModels:
            let inbox = inbox
            let provider = agent.provider
            Task.detached { inbox.post(.modelsListed(await ModelListing.asking(provider))) }
        case .completeTask(let id):
            answer { .taskChanged(summary: try $0.complete(id)) }
        case .reopenTask(let id):
            answer { .taskChanged(summary: try $0.reopen(id)) }
        case .deleteTask(let id):
            answer { .taskChanged(summary: try $0.delete(id)) }
        case .renameTask(let id, let title):
            answer { .taskChanged(summary: try $0.rename(id, to: title)) }
        case .setPriority(let id, let priority):
            answer { .taskChanged(summary: try $0.setPriority(id, priority)) }
        case .undo:
            answer { store in
                let undone = try store.undo()
                return undone.restored.map { .taskRestored($0, summary: undone.summary) } ?? .taskChanged(summary: undone.summary)
            }
        case .addTask(let text):
            answer { store in
                let task = try store.add(text)
                return .taskAdded(task, summary: "Added \(ChatStore.name(task)).")
            }
        case .setTags(let id, let text):
            answer { .taskChanged(summary: try $0.setTags(id, text)) }
        case .setDue(let id, let text):
            answer { .taskChanged(summary: try $0.setDue(id, text)) }
        case .setRecurrence(let id, let text):
            answer { .taskChanged(summary: try $0.setRecurrence(id, text)) }
        case .setDescription(let id, let text):
            answer { .taskChanged(summary: try $0.setDescription(id, text)) }
        case .loadTaskDetail(let id):
            answer { .taskDetailLoaded(try $0.detail(id)) }
        case .saveDraft(let id, let text):
            let store = store
            let inbox = inbox
            let unkept = unkeptDraft
            queue.async {
                do {
                    try store.conversations.saveDraft(text, for: id)
                    unkept.failed = false
                } catch {
                    unkept.failed = true
                    inbox.post(.actionFailed("Could not keep the message you had not sent: \(error)"))
                }
            }
        case .newConversation:
            // A new conversation is stored with its first message; what was typed for it
            // last time comes back.
            answer { .draftLoaded(conversationID: nil, try $0.conversations.draft(for: nil)) }
        case .copyToClipboard, .quit:
            // The loop does these.
            break
        }
    }

    /// On each tick: another process's commit (a second chattui, `chattui mcp`) moves
    /// `PRAGMA data_version`, which no observation here would see.
    func pollExternalChanges() {
        let database = database
        let watcher = watcher
        let inbox = inbox
        queue.async {
            guard let counter = try? database.externalChangeCounter() else { return }
            if watcher.moved(to: counter) { inbox.post(.externalChange) }
        }
    }

    /// On any ending: keeps the input the person had not sent, after every save asked for
    /// before. Returns why it could not, for the ordinary screen to say with the text itself.
    ///
    /// `update` counts a save as done once asked for; if the newest one failed (the
    /// database was locked past the busy timeout), the input is saved again here even
    /// though `update` thinks it kept, else it would be lost when the chat closes.
    func keepDraft(of final: AppState) -> String? {
        var state = final
        let asked: (id: Int64?, text: String)? =
            if case .saveDraft(let id, let text)? = state.keepDraft().first { (id, text) } else { nil }
        let store = store
        let unkept = unkeptDraft
        return queue.sync {
            guard let draft = asked ?? (unkept.failed ? (final.conversationID, final.input.text) : nil) else { return nil }
            do {
                try store.conversations.saveDraft(draft.text, for: draft.id)
                return nil
            } catch {
                return "chattui: could not keep the message you had not sent (\(error)). Here it is:\n\(draft.text)"
            }
        }
    }

    /// On quit: a turn still running is interrupted and given a moment to save what had
    /// streamed, as Esc would have.
    func finish() {
        guard let turn else { return }
        turn.handle.cancel()
        _ = turn.ended.wait(timeout: .now() + 3)
    }

    private func run(_ id: TurnID, _ handle: TurnHandle) {
        let inbox = inbox
        let ended = DispatchSemaphore(value: 0)
        Task.detached(executorPreference: relay) {
            for await event in handle { inbox.post(.turn(id, TurnUpdate(event))) }
            ended.signal()
        }
        turn = RunningTurn(id: id, handle: handle, ended: ended)
    }

    /// Runs `work` on the database queue and posts its answer, or what went wrong.
    private func answer(_ work: @escaping @Sendable (ChatStore) throws -> Message) {
        let store = store
        let inbox = inbox
        queue.async {
            do {
                inbox.post(try work(store))
            } catch {
                inbox.post(.actionFailed(String(describing: error)))
            }
        }
    }
}

private struct RunningTurn {
    var id: TurnID
    var handle: TurnHandle
    /// Signalled when the turn's last event has been posted.
    var ended: DispatchSemaphore
}

/// Whether the newest draft save failed. Only ever touched on the runtime's serial queue.
private final class UnkeptDraft: @unchecked Sendable {
    var failed = false
}

/// The last `PRAGMA data_version` seen. Only ever touched on the runtime's serial queue.
private final class ChangeWatcher: @unchecked Sendable {
    private var last: Int?

    /// True when the counter differs from the last one seen; the first reading sets the baseline.
    func moved(to counter: Int) -> Bool {
        defer { last = counter }
        return last.map { $0 != counter } ?? false
    }
}
