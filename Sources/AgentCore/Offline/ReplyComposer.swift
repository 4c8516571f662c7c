import Persistence

/// Every sentence the offline engine says, worded in one place.
enum ReplyComposer {
    static let maximumListLines = 20

    static let help = """
        I keep your to-do list. You can say things like:
        • “remind me to call the dentist tomorrow, it's urgent”
        • “what's pending?” or “what's due this week?”
        • “mark task 3 as complete” or “delete the meeting task”
        • “move task 2 to friday” or “make task 4 high priority”
        """
    static let greeting = "Hi! I keep your to-do list. Tell me a task to add, or ask “what's pending?”."
    static let thanks = "You're welcome! Tell me when there's another task."
    static let unknown = """
        Sorry, I didn't understand that. I can add, list, complete, change and delete tasks, \
        for example “add a task to buy groceries”, “show my tasks” or “mark task 3 as complete”.
        """
    static let offTopic = """
        I only keep your to-do list, so I can't answer that. Try “add a task to buy groceries \
        tomorrow”, “what's due this week?” or “mark task 3 as complete”.
        """

    /// Why an add was held back: its title still reads like a command or points at nothing.
    static func doubtfulAdd(_ reason: String) -> String {
        "I didn't add that task: \(reason). Say it again with the task's own words, for example “add call the dentist tomorrow”."
    }
    static let unansweredPick = "Which task do you mean? Tell me what to do with it, for example “complete task 3”."
    static let forgottenRequest = "I've lost track of what you wanted done with it. Please say it again with the task number, for example “delete task 7”."
    static let nothingToPointAt = "Which task do you mean? You have no tasks yet; say “add …” to make one."
    static let anythingElse = "Anything else?"
    static let acknowledgement = "Okay. Anything else?"
    static let missingTitle = "What should the task say? For example “add buy groceries tomorrow”."

    /// Why an add was refused instead of writing a task with a date that does not exist.
    static func impossibleChange(_ reason: String) -> String {
        "I didn't change anything: \(reason). Which of those did you want?"
    }

    static func impossibleDate(_ reason: String) -> String {
        "I didn't add that: \(reason). Which date did you mean, or how often should it repeat?"
    }

    /// What an undo did ("Undid: completed #3 Buy groceries."), or why it did nothing.
    static func undone(_ result: JSONValue?) -> String {
        if let summary = result?["summary"]?.stringValue { return sentence(summary) }
        let reason = result?["error"]?.stringValue ?? "the undo gave no answer"
        return reason == "there is nothing to undo" ? "There's nothing to undo." : sentence("I couldn't undo: \(reason)")
    }

    /// "the fifth one" after a list of three.
    static let noListShown = "Which list do you mean? Say “show my tasks” first, then “the last one”, or name the task by its number, for example “complete #3”."

    static func invalidPlace(_ place: Int) -> String {
        "The list I showed has fewer than \(place) tasks. Say which one by its number, for example “complete #3”."
    }

    /// Precedes the repeated question, so the user can answer it again.
    static func invalidPick(count: Int) -> String {
        "That isn't one of the choices: pick a number from 1 to \(count), or give the task's id."
    }

    /// One line per task, at most twenty, then how many more there are.
    static func list(_ result: TaskListResult, query: ListRequest) -> String {
        let tasks = query.undatedOnly ? result.tasks.filter { $0.due == nil } : result.tasks
        // Tasks kept from one page of the tool's answer: the count is of that page only.
        let partial = query.undatedOnly && result.truncated == true
        let total = query.undatedOnly ? tasks.count : max(result.count ?? tasks.count, tasks.count)
        let among = partial ? " among the first \(result.tasks.count)" : ""
        guard total > 0, !tasks.isEmpty else {
            return "You have no \(describe(query, plural: true))\(among)."
        }
        let shown = tasks.prefix(maximumListLines)
        var lines = ["You have \(total) \(describe(query, plural: total != 1))\(among):"]
        lines += shown.map { TaskLine($0).text }
        if total > shown.count {
            lines.append("…and \(total - shown.count) more")
        }
        return lines.joined(separator: "\n")
    }

    /// "Added #5 Buy groceries — due Fri 14 Mar · high." and its kin for the other tools.
    static func confirmation(tool: TaskTool, result: TaskChangeResult, reopened: Bool) -> String {
        let subject = "#\(result.taskID) \(TaskLine.singleLine(result.title))"
        let details = TaskLine.details(
            due: result.due, priority: result.priority, recurrence: result.recurrence, tags: result.tags ?? [])
        switch tool {
        case .addTask:
            return sentence("Added \(subject)\(details)")
        case .completeTask where result.alreadyCompleted == true:
            return "\(subject) was already done, so nothing changed. Say “reopen #\(result.taskID)” to mark it pending again."
        case .completeTask:
            let next = result.nextTaskID.map { " Next occurrence: #\($0)." } ?? ""
            return sentence("Completed \(subject)") + next
        case .deleteTask:
            return sentence("Deleted \(subject)")
        case .updateTask:
            return sentence((reopened ? "Reopened " : "Updated ") + subject + details)
        case .listTasks:
            return sentence("Listed \(subject)")
        }
    }

    /// The tool's own error text, with what was being attempted.
    static func failure(tool: String, taskID: Int?, message: String) -> String {
        let task = taskID.map { "task \($0)" } ?? "that task"
        let attempt = switch TaskTool(rawValue: tool) {
        case .addTask: "add that task"
        case .listTasks: "list your tasks"
        case .completeTask: "complete \(task)"
        case .deleteTask: "delete \(task)"
        case .updateTask: "update \(task)"
        case nil: "run \(tool)"
        }
        return sentence("I couldn't \(attempt): \(message)")
    }

    static func unreadable(tool: String) -> String {
        "The \(tool) tool answered in a form I can't read, so I don't know whether it worked."
    }

    /// "#1 Milk is already done.": completing it again would change nothing.
    static func alreadyDone(_ task: TaskSummary) -> String {
        "#\(task.taskID) \(task.title) is already done. Say “reopen #\(task.taskID)” to mark it pending again."
    }

    /// One name of "finish the X and the Y" did not single out a task, so none was changed.
    static func unclearName(_ name: String, matches: Int, verb: String) -> String {
        let found = matches == 0 ? "no task matches" : "\(matches) tasks match"
        return "I didn't \(verb) any of them: \(found) “\(name)”. Name them one at a time, or by id like “#3”."
    }

    static func alreadyAsAsked(_ count: Int) -> String {
        let which = count == 1 ? "That task is" : count == 2 ? "Both are" : "All \(count) are"
        return "\(which) like that already, so nothing has changed."
    }

    static func bulkCut(_ limit: Int) -> String {
        "I read only the first \(limit) tasks, so some like these may be left as they were."
    }

    static func undoAll(_ count: Int) -> String {
        "Say “undo” to take \(count == 2 ? "both" : "all \(count)") back."
    }

    /// "No pending task is tagged or named “work”."
    static func noneSelected(_ selection: TaskSelection, status: TaskStatusFilter) -> String {
        let kind = status == .all ? "" : status.rawValue + " "
        return "No \(kind)task is \(selection.described). Say “show everything” to see all your tasks."
    }

    static func noMatch(_ words: String, status: TaskStatusFilter?) -> String {
        let kind = status.flatMap { $0 == .all ? nil : $0.rawValue + " " } ?? ""
        return "No \(kind)task matches “\(words)”. Say “show everything” to see all your tasks."
    }

    /// "pending tasks tagged #work due by Friday"; `plural` for the count it follows.
    static func describe(_ query: ListRequest, plural: Bool) -> String {
        var text = ""
        // Pending and due by yesterday is what everyone calls overdue.
        let overdue = query.status == .pending && query.dueBefore == "yesterday"
        if overdue {
            text += "overdue "
        } else if let status = query.status, status != .all {
            text += status.rawValue + " "
        }
        if let priority = query.priority { text += priority.rawValue + "-priority " }
        text += plural ? "tasks" : "task"
        if let tag = query.tag { text += " tagged #\(tag)" }
        if let search = query.search { text += " matching “\(search)”" }
        // "in 2 weeks" is a span from today: due within it, not "due by in 2 weeks".
        if let due = query.dueBefore, !overdue { text += due.hasPrefix("in ") ? " due within the next " + due.dropFirst(3) : " due by " + duePhrase(due) }
        if query.undatedOnly { text += " with no due date" }
        return text
    }

    private static func duePhrase(_ due: String) -> String {
        if due == "end of week" { return "the end of the week" }
        // "this friday" is the coming Friday, or today on one: a weekday names it either way.
        let day = due.hasPrefix("this ") ? String(due.dropFirst(5)) : due
        if CalendarWords.weekdayNames.contains(day) { return day.capitalizingFirstLetter() }
        return DueText.short(due)
    }

    /// Ends with a full stop unless the title already ended the sentence.
    private static func sentence(_ text: String) -> String {
        guard let last = text.last, !".!?".contains(last) else { return text }
        return text + "."
    }
}
