import Persistence

/// The slots of a change the classifier recognised, read with the rule pass's own grammars:
/// the edit (a date, a priority with its negation, tags) and the task it is aimed at.
///
/// `nil` means a slot is missing or unreadable, and the engine asks rather than guessing:
/// a reschedule without a date, a repeat without a readable (or possible) interval, a
/// retag without a tag, a rename or a note (whose new text
/// cannot be told from the task's name without the rules' punctuation).
enum ChangeSlots {
    struct Reading: Equatable {
        var change: TaskChange
        var target: TaskTarget
        /// The message says it is about a task: an id, a pronoun, or a name with "task",
        /// "one" or "item" in it. "The bike task is urgent" does; "fix the bike is urgent"
        /// could as well be a new task's title.
        var pointsAtATask: Bool
    }

    private static let pronouns: Set<String> = ["it", "that", "this", "them", "they", "those", "these"]
    /// Words that point at no task in particular.
    private static let vague: Set<String> = pronouns.union([
        "something", "anything", "everything", "thing", "things", "stuff", "all", "some", "one", "ones", "the", "a",
        "task", "tasks", "item", "items", "of", "whatever",
    ])

    /// "priority … to X" or "priority of X as Y": a level is named, so the label's direction
    /// alone must not stand in for it.
    static let namedLevel = Pattern(#/(?i)\bpriority\b.*\b(?:to|as)\s+\S/#, example: "set priority of task 3 to super mega")

    /// "in the errands category", "under the home list": the tag is the word before the noun.
    static let category = Pattern(#/(?i)\s+(?:should\s+(?:be|go)\s+|belongs?\s+)?(?:in|under|into|to)\s+(?:the\s+|my\s+)?([a-z0-9_-]+)\s+(?:category|list|folder|tag|group|project|pile)\b.*$/#,
                                 example: "the bike should be in the errands category")

    private static let taskNouns: Set<String> = ["task", "tasks", "one", "item", "todo", "reminder", "entry"]

    static func read(_ label: IntentLabel, in text: String) -> Reading? {
        guard let (change, rest) = edit(label, in: text) else { return nil }
        // "bike's repaired": the task is the bike, whose title has no "'s".
        let name = CarrierWords.trimmed(rest, for: label).split(separator: " ").map { word in
            word.lowercased().hasSuffix("'s") ? String(word.dropLast(2)) : String(word)
        }.joined(separator: " ")
        if name.isEmpty {
            // "tag it work": the edit's phrase took the pronoun; "delete" alone names nothing.
            let pointsBack = text.lowercased().split(separator: " ").contains { ["it", "that", "this", "them"].contains($0) }
            return pointsBack ? Reading(change: change, target: .pronoun, pointsAtATask: true) : nil
        }
        let nameWords = name.lowercased().split(separator: " ").map(String.init)
        // "the notes": a short name said alone asks for nothing; the label would come from the
        // name's own words, which the model met in examples of that change.
        if [.complete, .delete].contains(label), text.split(separator: " ").count <= 3,
           TextNormalizer.tokens(name) == TextNormalizer.tokens(text) {
            return nil
        }
        // "they're all done", "complete something": no task is named, so nothing is guessed.
        if nameWords.allSatisfy(Self.vague.contains) {
            return nameWords.contains(where: Self.pronouns.contains) ? Reading(change: change, target: .pronoun, pointsAtATask: true) : nil
        }
        guard let target = TaskTargetParser.parse(name) else { return nil }
        let named = name.lowercased().split(separator: " ").contains { taskNouns.contains(String($0)) }
        switch target {
        case .words, .several: return Reading(change: change, target: target, pointsAtATask: named)
        default: return Reading(change: change, target: target, pointsAtATask: true)
        }
    }

    private static func edit(_ label: IntentLabel, in text: String) -> (TaskChange, String)? {
        switch label {
        case .complete:
            return (.complete, text)
        case .delete:
            return (.delete, text)
        case .reopen:
            return (.update(TaskEdits(completed: false)), text)
        case .reschedule where RecurrencePhrase.extract(from: text) == nil:
            return DuePhrase.extract(from: text).map { (.update(TaskEdits(due: $0.due)), $0.rest) }
        case .recur, .reschedule:
            // "the garage clean is every saturday now": a new day that comes round again.
            guard RecurrencePhrase.impossibility(in: text) == nil, let found = RecurrencePhrase.extract(from: text) else { return nil }
            return (.update(TaskEdits(due: found.due, recurrence: found.recurrence)), found.rest)
        case .raisePriority, .lowerPriority:
            let fallback: Priority = label == .raisePriority ? .high : .low
            let found = PriorityPhrase.extract(from: text)
            // "set the priority of task 3 to super mega" names a level that is none: ask.
            if found == nil, text.contains(Self.namedLevel.regex) { return nil }
            return (.update(TaskEdits(priority: found?.priority ?? fallback)), found?.rest ?? text)
        case .retag:
            return retag(text)
        default:
            return nil
        }
    }

    /// The last word after "under", "in", "into", "as" or "with" ("put #7 under home", where
    /// "#7" is the task), else "#home" or "tagged home".
    private static func retag(_ text: String) -> (TaskChange, String)? {
        if let match = text.firstMatch(of: Self.category.regex), let tag = TagPhrase.normalise(String(match.output.1)) {
            return (.update(TaskEdits(tags: .adding([tag]))), String(text[..<match.range.lowerBound]))
        }
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        if words.count >= 3, ["under", "in", "into", "as", "with"].contains(words[words.count - 2].lowercased()),
           let tag = TagPhrase.normalise(words[words.count - 1]) {
            words.removeLast(2)
            return (.update(TaskEdits(tags: .adding([tag]))), words.joined(separator: " "))
        }
        let tagged = TagPhrase.extractAll(from: text)
        return tagged.tags.isEmpty ? nil : (.update(TaskEdits(tags: .adding(tagged.tags))), tagged.rest)
    }
}
