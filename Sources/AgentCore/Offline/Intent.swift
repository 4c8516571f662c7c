import Persistence

/// What one user message asks the offline engine to do, before any tool has run.
///
/// Intents are plain values so the parser can be tested without streams, and so the engine
/// can re-derive a turn's goal from the stored conversation instead of remembering it.
enum Intent: Equatable, Sendable {
    case add(NewTask)
    /// "add stamps, envelopes and tape": one call per task, made together.
    case addMany([NewTask])
    /// "remind me about the dentist friday": a date for the pending task those words name,
    /// when exactly one does; a new task when none does.
    case remind(NewTask)
    /// "mark 1 done and delete 8": whole requests run in order in one turn.
    case sequence([Intent])
    case list(ListRequest)
    case change(TaskChange, of: TaskTarget)
    /// An answer to the engine's "which one?" question; meaningless without that question.
    case pick(Pick)
    /// "did I water the plants?", "is the garage one marked as high?": answered from the
    /// task itself, nothing written.
    case askStatus(StatusQuestion)
    case help
    case greeting
    case thanks
    /// "ok", "great": nothing to do, but silence would look broken.
    case acknowledgement
    case undo
    /// A question about something else ("how tall is Everest"): answered, never added.
    case offTopic
    /// What the classifier thinks was meant, asked back instead of done.
    case suggest(Suggestion)
    /// A change the tools cannot keep ("change the rent to yearly"), and why: said, not tried.
    case impossible(String)
    case unknown
}

/// A task the user wants created, with the phrases already lifted out of its title.
struct NewTask: Equatable, Sendable {
    var title: String
    var priority: Priority?
    var tags: [String] = []
    var due: String?
    /// Why `due` names no real date ("April has 30 days"); the engine asks instead of adding.
    var dueProblem: String?
    var recurrence: String?
    /// A note said with the task ("…, note: they want it in green").
    var description: String?

    /// A repeat or an unreadable date might belong to every task of a list, so a list that
    /// has one is not split into a task per thing.
    var couldSpanAList: Bool { recurrence != nil || dueProblem != nil }

    /// A date, a level or a repeat was said: what a task named again may be given.
    var saysWhenOrHowMuch: Bool { due != nil || priority != nil || recurrence != nil }

    /// Only a title (and tags) was said: no date, level, repeat or date problem.
    var isJustTitled: Bool { due == nil && priority == nil && !couldSpanAList }
}

/// The filters of a list request; `nil` leaves the tool's default.
struct ListRequest: Equatable, Sendable {
    var status: TaskStatusFilter?
    var priority: Priority?
    var tag: String?
    var search: String?
    var dueBefore: String?
    var sort: TaskSort?
    /// "what have I got with no due date": `list_tasks` has no such filter, so the tasks are
    /// read whole and the reply keeps those without a date.
    var undatedOnly = false
}

/// Which task a change is about: its id, or words the user remembers from its title.
enum TaskTarget: Equatable, Sendable {
    case id(Int)
    /// "complete 3, 4 and 5": one call per task, made together.
    case ids([Int])
    case words(String)
    /// "the fifth task", "the first one": a place in the list just shown, else the id.
    case position(Int)
    /// "the first two", "the first and third": places in the list just shown.
    case positions([Int])
    /// "the last one", "the bottom one": the last task of the list just shown.
    case lastListed
    /// "it", "that": the task the conversation named last, or a question when there is none.
    case pronoun
    /// "all my tasks", "everything": with nothing to pick them by, the engine asks which.
    case all
    /// "the dentist and the bike": changed together only when each names exactly one task.
    case several([String])
    /// "the friday task", "the one due tomorrow": a due phrase. Of the tasks due by then, the
    /// one due that very day is meant, when the system prompt says what day it is.
    case dueOn(String)
    /// "the urgent one", "the high priority task": the one pending task of that priority.
    case ofPriority(Priority)
    /// "number 5": task #5, unless a list was just shown without #5 in it, where it is the
    /// fifth task shown.
    case numbered(Int)
    /// "all the work ones", "everything due tomorrow": every task the selection picks.
    case matching(TaskSelection)
}

extension TaskTarget {
    /// "the 2nd one", "task 4", "number 5": a task picked out by where it stands or its number.
    var isPlaceOrNumber: Bool {
        switch self {
        case .id, .ids, .position, .positions, .lastListed, .numbered: true
        default: false
        }
    }

    /// Whether the target is one task, however it is named.
    var isOneTask: Bool {
        switch self {
        case .ids, .positions, .all, .several, .matching: false
        default: true
        }
    }
}

/// What to do to an existing task.
enum TaskChange: Equatable, Sendable {
    case complete
    case delete
    case update(TaskEdits)
}

/// The fields an update sets; `nil` leaves a field as it is.
struct TaskEdits: Equatable, Sendable {
    var title: String?
    /// Words of the title replaced; resolved against the task's title before the call.
    var titleSubstitution: TitleSubstitution?
    var description: String?
    var priority: Priority?
    /// "up a notch": a step from the priority the task has; resolved against it before the call.
    var priorityStep: PriorityStep?
    var tags: TagEdit?
    var due: String?
    /// A move of the due date the task already has; resolved against it before the call.
    var shift: DueShift?
    var recurrence: String?
    var completed: Bool?
    /// Fields sent as `null`.
    var cleared: Set<ClearableField> = []
}

/// How the user singled out one task from a numbered list.
enum Pick: Equatable, Sendable {
    /// "the second one": a 1-based position in the list.
    case position(Int)
    /// "the last one".
    case last
    /// "#7": a task id.
    case id(Int)
    /// "7": either, decided against the list that was offered.
    case number(Int)
    /// "both": each of the two tasks offered.
    case both
}

extension Intent {
    var isPick: Bool {
        if case .pick = self { return true }
        return false
    }

    /// "no, wednesday": a new date and nothing else, for the task named last.
    var isDateOfIt: Bool {
        guard case .change(.update(let edits), .pronoun) = self, edits.due != nil else { return false }
        return edits == TaskEdits(due: edits.due)
    }
}

extension Intent {
    /// "tag it invoices and make it high": updates in a row to one task, whose fields do not
    /// overlap, made as one call, so one undo takes back the whole request. "got them
    /// already, tick it off" says one change twice: it is made once.
    static func joiningUpdates(_ parts: [Intent]) -> [Intent] {
        parts.reduce(into: []) { joined, part in
            if case .change = part, joined.last == part { return }
            if case .change(.update(let next), let target) = part,
               case .change(.update(let previous), let earlier)? = joined.last, earlier == target,
               let both = previous.joined(with: next) {
                joined[joined.count - 1] = .change(.update(both), of: target)
            } else {
                joined.append(part)
            }
        }
    }
}

extension TaskEdits {
    /// Both sets of edits at once, or `nil` when both set the same field.
    func joined(with other: TaskEdits) -> TaskEdits? {
        // "the flights can wait, make them low priority": the same edit said twice is one.
        if self == other { return self }
        let clashes = [
            title != nil && other.title != nil, description != nil && other.description != nil,
            (priority != nil || priorityStep != nil) && (other.priority != nil || other.priorityStep != nil),
            tags != nil && other.tags != nil, (due != nil || shift != nil) && (other.due != nil || other.shift != nil),
            recurrence != nil && other.recurrence != nil, completed != nil && other.completed != nil,
            !cleared.isDisjoint(with: other.cleared),
        ]
        guard !clashes.contains(true) else { return nil }
        return TaskEdits(
            title: title ?? other.title, description: description ?? other.description, priority: priority ?? other.priority,
            priorityStep: priorityStep ?? other.priorityStep, tags: tags ?? other.tags, due: due ?? other.due,
            shift: shift ?? other.shift, recurrence: recurrence ?? other.recurrence, completed: completed ?? other.completed,
            cleared: cleared.union(other.cleared))
    }
}
