/// Replies to edits that would change nothing, so the user hears why nothing was written.
extension ReplyComposer {
    /// "#4 Team meeting notes is already tagged #work."
    static func alreadyTagged(_ task: TaskSummary, _ tags: [String]) -> String {
        "\(subject(task)) is already tagged \(hashed(tags)), so nothing changed."
    }

    /// "#10 Fix the bike isn't tagged #home (it has no tags), so nothing changed."
    static func notInTitle(_ task: TaskSummary, _ words: String) -> String {
        "\(subject(task)) has no “\(words)” in its title, so nothing changed."
    }

    static func notTagged(_ task: TaskSummary, _ tags: [String]) -> String {
        let current = task.tags ?? []
        let has = current.isEmpty ? "it has no tags" : "its tags: \(hashed(current))"
        return "\(subject(task)) isn't tagged \(hashed(tags)) (\(has)), so nothing changed."
    }

    /// A shift needs a date to move: asked for instead of guessing today.
    static func nothingToShift(_ task: TaskSummary) -> String {
        "\(subject(task)) has no due date to move, so nothing changed. Say when it's due, for example “move #\(task.taskID) to friday”."
    }

    /// A step past high or low: said, not clamped, so "up a notch" never writes the same level.
    static func noFurtherPriority(_ task: TaskSummary, _ step: PriorityStep) -> String {
        guard let level = task.priority else { return "\(subject(task)) has no priority to lower, so nothing changed." }
        let end = step == .up ? "the highest" : "the lowest"
        return "\(subject(task)) is already \(level) priority, \(end), so nothing changed."
    }

    /// "There's no task 42.", or, past the tool's list limit, that it could not be looked at.
    /// `searched` counts the tasks looked at when the search stopped short of an answer.
    static func unseenTask(_ taskID: Int, searched: Int?) -> String {
        guard let searched else {
            return "There's no task \(taskID), so nothing changed. Say “show everything” to see your tasks."
        }
        return "I couldn't find task \(taskID) among the \(searched) tasks I looked at, so nothing changed."
    }

    private static func subject(_ task: TaskSummary) -> String {
        "#\(task.taskID) \(TaskLine.singleLine(task.title))"
    }

    private static func hashed(_ tags: [String]) -> String {
        tags.map { "#" + $0 }.joined(separator: " and ")
    }
}

extension ReplyComposer {
    /// What an update that clears a field says of it, since the task's line no longer shows it.
    static func cleared(_ field: ClearableField) -> String {
        switch field {
        case .due: "It has no due date now."
        case .priority: "It has no priority now."
        case .recurrence: "It no longer repeats."
        case .tags: "It has no tags now."
        }
    }

    /// After a "which one?" in the middle of several requests.
    static let stoppedAtQuestion = "I stopped there: once you've answered, say the rest again."
}

/// Answers to "did I …?", from the tasks the words name.
extension ReplyComposer {
    static func status(of tasks: [TaskSummary], asked question: StatusQuestion) -> String {
        let words = question.words
        guard let task = tasks.first else {
            return "No task matches “\(words)”, so I can't tell. Say “show everything” to see your tasks."
        }
        if question.level == nil, let series = seriesStatus(tasks) { return series }
        guard tasks.count == 1 else {
            return (["Several tasks match “\(words)”:"] + tasks.prefix(maximumListLines).map { TaskLine($0).text }).joined(separator: "\n")
        }
        if let level = question.level {
            let has = task.priority.map { "\($0) priority" } ?? "no priority set"
            let name = "#\(task.taskID) \(task.title)"
            return task.priority == level.rawValue ? "Yes: \(name) is \(has)." : "No: \(name) has \(has)."
        }
        return task.completed == true
            ? "Yes: \(TaskLine(task).text) is done."
            : "Not yet: \(TaskLine(task).text) is still pending."
    }

    /// A repeating task matches as its done occurrence and the next one, which share a title:
    /// that is one thing done, with its next time ahead.
    private static func seriesStatus(_ tasks: [TaskSummary]) -> String? {
        guard tasks.count > 1, Set(tasks.map { $0.title.lowercased() }).count == 1,
              let done = tasks.last(where: { $0.completed == true }), let next = tasks.first(where: { $0.completed != true })
        else { return nil }
        return "Yes: \(TaskLine(done).text) is done; the next one, \(TaskLine(next).text), is still pending."
    }
}
