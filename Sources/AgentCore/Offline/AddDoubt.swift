/// Signs that an add misread the request: a title that is only a pronoun, that still holds a
/// command aimed at a task, or that keeps a date or priority word no phrase took.
///
/// Writing such a task is worse than asking: "remind me about it tomorrow" would add "It",
/// and "delete task 4 now" would add a task named after the command.
enum AddDoubt {
    private static let pronouns: Set<String> = ["it", "that", "this", "them", "about it", "about that", "those", "these"]
    static let command = Pattern(#/^(?:delete|remove|complete|mark|tick|cross|rename|reschedule|postpone|undo|show|list)\b.*\b(?:it|that|them|tasks?|#?\d+)$/#,
                                 example: "delete task 4")
    static let unreadWord = Pattern(#/\b(?:tomorrow|tonight|today|priority|urgent|asap|every)\b/#, example: "every blue moon")

    static func reason(_ title: String) -> String? {
        let key = title.lowercased().trimming(" \"'.,!?")
        if pronouns.contains(key) {
            return "“\(title)” doesn't say what the task is"
        }
        if key.firstMatch(of: command.regex) != nil {
            return "“\(title)” reads like a command for an existing task, not a new one"
        }
        if let word = key.firstMatch(of: unreadWord.regex) {
            return "I couldn't read “\(word.output)” in “\(title)” as a date, a priority or a repeat"
        }
        return nil
    }
}
