import Persistence

/// Edits that depend on what the task holds now: tags added or removed, a due date moved
/// by a span, a priority moved a step, a weekly repeat on a named day (which keeps the
/// task's time of day), and a time alone (which keeps the task's day). The engine lists tasks to find its target anyway, so it reads the
/// target's tags and due date from that list and sends the tool the whole new value.
extension TaskChange {
    /// Whether the change can only be planned once the task's current fields are known.
    var needsCurrentTask: Bool {
        guard case .update(let edits) = self else { return false }
        return edits.shift != nil || edits.priorityStep != nil || (edits.tags != nil && edits.tags?.replacement == nil)
            || (edits.due == nil && edits.repeatedWeekday != nil) || edits.timeOnly != nil || edits.titleSubstitution != nil
    }

    /// The change with its relative parts made absolute for `task`.
    ///
    /// Throws, with the reply to give, when the change would do nothing or has nothing to
    /// act on (a tag the task lacks, a shift of a task with no due date, a step past high or low): nothing is written.
    func resolved(against task: TaskSummary) throws(EditRefusal) -> TaskChange {
        guard case .update(var edits) = self else { return self }
        let current = task.tags ?? []
        switch edits.tags {
        case .adding(let tags)?:
            let missing = tags.filter { !current.contains($0) }
            guard !missing.isEmpty else { throw EditRefusal(ReplyComposer.alreadyTagged(task, tags)) }
            edits.tags = .replacing(current + missing)
        case .removing(let tags)?:
            let absent = tags.filter { !current.contains($0) }
            guard absent.isEmpty else { throw EditRefusal(ReplyComposer.notTagged(task, absent)) }
            edits.tags = .replacing(current.filter { !tags.contains($0) })
        case .swapping(let old, let new)?:
            let absent = old.filter { !current.contains($0) }
            guard absent.isEmpty else { throw EditRefusal(ReplyComposer.notTagged(task, absent)) }
            let kept = current.filter { !old.contains($0) }
            edits.tags = .replacing(kept + new.filter { !kept.contains($0) })
        case .replacing?, nil:
            break
        }
        if let shift = edits.shift {
            guard let due = task.due, let moved = shift.moving(due) else { throw EditRefusal(ReplyComposer.nothingToShift(task)) }
            edits.due = moved
            edits.shift = nil
        }
        // "make it every monday": due the next Monday at the time the task has now, then weekly.
        if edits.due == nil, let weekday = edits.repeatedWeekday {
            let time = task.due.flatMap { $0.dropFirst(10).first == "T" ? String($0.dropFirst(11).prefix(5)) : nil }
            edits.due = weekday + (time.map { " at " + $0 } ?? "")
            edits.recurrence = "weekly"
        }
        // "actually make that 3pm": the time on the day the task has now, said in full.
        if let time = edits.timeOnly, let day = task.due, day.count == 10 {
            edits.due = day + " at " + time
        }
        if let substitution = edits.titleSubstitution {
            guard let title = substitution.applied(to: task.title) else { throw EditRefusal(ReplyComposer.notInTitle(task, substitution.old)) }
            edits.title = title
            edits.titleSubstitution = nil
        }
        if let step = edits.priorityStep {
            guard let level = step.moving(task.priority) else { throw EditRefusal(ReplyComposer.noFurtherPriority(task, step)) }
            edits.priority = level
            edits.priorityStep = nil
        }
        return .update(edits)
    }
}

/// Why a relative edit was not made, worded as the engine's reply.
struct EditRefusal: Error, Equatable {
    let reply: String

    init(_ reply: String) {
        self.reply = reply
    }
}

private extension TaskEdits {
    /// "15:00" when the new due date is a time alone ("at 15:00").
    var timeOnly: String? {
        guard let due, let match = due.wholeMatch(of: /at (\d{2}):(\d{2})/) else { return nil }
        return match.output.1 + ":" + match.output.2
    }

    /// "monday" when the repeat is "every monday".
    var repeatedWeekday: String? {
        guard let recurrence, recurrence.hasPrefix("every ") else { return nil }
        let day = String(recurrence.dropFirst(6))
        return CalendarWords.weekdayNames.contains(day) ? day : nil
    }
}
