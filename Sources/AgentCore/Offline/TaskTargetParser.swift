/// Reads how a user names an existing task: "task 3", "#3", "3", "the groceries one".
enum TaskTargetParser {
    /// Words that point at no task by themselves; "what is due friday" is a question, not an edit.
    private static let vague: Set<String> = [
        "what", "what's", "whats", "which", "anything", "everything", "something", "nothing",
        "it", "that", "this", "all", "them", "these", "those", "everything else",
    ]

    /// The target, or `nil` when nothing but filler words is left ("complete the task").
    static func parse(_ phrase: some StringProtocol) -> TaskTarget? {
        let text = String(phrase).collapsingSpaces()
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
        return words.isEmpty || vague.contains(words) ? nil : .words(words)
    }
}
