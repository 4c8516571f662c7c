import Persistence

/// Reads how a user names an existing task: "task 3", "#3", "3", "the groceries one".
enum TaskTargetParser {
    /// Words that point at no task by themselves; "what is due friday" is a question, not an edit.
    private static let vague: Set<String> = [
        "what", "what's", "whats", "which", "anything", "everything", "something", "nothing",
        "all", "everything else", "ones", "thing",
    ]

    /// Words that point back at a task named earlier; with nothing before them, the engine asks.
    private static let pronouns: Set<String> = [
        "it", "that", "this", "them", "these", "those", "this one", "that one", "it all",
    ]

    /// The target, or `nil` when nothing but filler words is left ("complete the task").
    static func parse(_ phrase: some StringProtocol) -> TaskTarget? {
        let text = String(phrase).collapsingSpaces()
        if let id = spelledID(text.lowercased()) { return .id(id) }
        if let match = text.wholeMatch(of: #/(?i)(?:(?:the\s+)?(?:task|item|todo|to-do|number|no\.?)\s*)?(?:number\s+)?#?\s*(\d{1,9})/#),
           let id = Int(match.output.1) {
            return .id(id)
        }
        if text.wholeMatch(of: #/(?i)(?:tasks?\s+)?#?\d{1,9}(?:\s*(?:,|and|&|,\s*and)\s*#?\d{1,9})+/#) != nil {
            let ids = text.matches(of: #/\d{1,9}/#).compactMap { Int($0.output) }
            return .ids(ids.reduce(into: []) { unique, id in if !unique.contains(id) { unique.append(id) } })
        }
        var words = text.lowercased()
        let wrappers = [
            #/^(?:the|my|a|an|that|this)\s+/#,
            #/^(?:task|todo|to-do|item|one|entry|reminder)\s+(?:called|named|titled|about|that\s+says|saying|for|to)?\s*/#,
            #/^(?:called|named|titled|about|that\s+says|saying)\s+/#,
            #/\s+(?:from|off|on|in)\s+(?:my|the)\s+(?:to-?do\s+)?(?:list|tasks|todos)$/#,
            #/\s*(?:task|todo|to-do|item|one|entry|reminder|thing)s?$/#,
            #/\s+(?:off|out)$/#,
        ]
        var changed = true
        while changed {
            changed = false
            for wrapper in wrappers {
                if let match = words.firstMatch(of: wrapper) {
                    words.removeSubrange(match.range)
                    changed = true
                }
            }
        }
        words = words.trimming(" \"'.,!?")
        if pronouns.contains(text.lowercased().trimming(" \"'.,!?")) || (words.isEmpty && !text.isEmpty) {
            return .pronoun
        }
        return vague.contains(words) ? nil : .words(words)
    }

    /// "task seven", "item number six", "number 7", "the fifth task": the number is the id,
    /// which is also the task's place in the list as long as none was deleted before it.
    private static func spelledID(_ text: String) -> Int? {
        if let match = text.wholeMatch(of: #/(?:the\s+)?(?:(?:task|item|todo|to-do)\s+)?(?:number\s+|no\.?\s*)?([a-z]+(?:[\s-][a-z]+)?)/#),
           text.contains(#/\b(?:task|item|todo|to-do|number|no)\b/#),
           let number = NumberWords.cardinal(match.output.1) {
            return number
        }
        if let match = text.wholeMatch(of: #/(?:the\s+)?([a-z0-9]+(?:[\s-][a-z]+)?)\s+(?:task|item|todo|to-do|one)/#),
           let number = NumberWords.ordinal(match.output.1) {
            return number
        }
        return nil
    }
}
