/// Synonyms folded to one class token, so a verb the templates never used still counts as
/// its class: "nuke task 4" reads like "delete task 4" once both are `<delete>`.
///
/// The model learns each class from whichever members the templates happen to use; listing
/// a synonym here is all it takes to teach it. Words that mean two things in this app stay
/// out ("drop" the task or drop its priority, "check" it off or check the list, "sort" the
/// list or "that's sorted"). A past participle no class claims ("fixed", "paid", "emailed")
/// becomes `<did>`: a task named with it is a task someone reports doing.
enum WordClasses {
    static let did = "<did>"

    private static let classes: [String: [String]] = [
        "<finish>": [
            "complete", "completed", "finish", "finished", "accomplish", "accomplished", "achieve", "achieved",
            "tick", "ticked", "nailed", "handled", "resolve", "resolved", "tackled", "dealt",
        ],
        "<delete>": [
            "delete", "deleted", "remove", "removed", "erase", "erased", "trash", "trashed", "bin", "binned",
            "ditch", "ditched", "discard", "discarded", "scrap", "scrapped", "axe", "axed", "wipe", "wiped",
            "kill", "nuke", "nuked", "nix", "purge", "purged", "eliminate", "cancel", "canceled", "dump", "dumped",
        ],
        "<move>": [
            "move", "moved", "push", "pushed", "postpone", "postponed", "reschedule", "rescheduled", "delay",
            "delayed", "defer", "deferred", "shift", "shifted", "rearrange", "rearranged", "snooze", "snoozed",
        ],
        "<show>": ["show", "display", "view", "reveal", "review"],
        "<add>": ["add", "create", "jot", "log", "insert", "record"],
        "<urgent>": ["urgent", "important", "pressing", "critical", "crucial", "vital", "essential", "asap"],
        "<remember>": ["remember", "remind", "reminder", "reminders", "memorize"],
        "<hello>": ["hi", "hello", "hey", "hiya", "howdy", "heya", "hullo", "greetings", "yo"],
        "<thanks>": ["thanks", "thank", "cheers", "ta", "thankyou", "appreciated", "appreciate"],
        "<revert>": ["undo", "revert", "reverse", "rollback", "unsend"],
        "<reopen>": ["reopen", "uncheck", "untick", "unmark", "unfinish", "unfinished", "revive", "restore"],
    ]

    /// "-ed" words the templates use for something other than a deed: a name ("called"), a
    /// need, a label or a state of the list.
    private static let keptParticiples: Set<String> = [
        "called", "needed", "wanted", "tagged", "labeled", "marked", "scheduled", "supposed", "planned",
        "misspelled", "mentioned", "started", "changed", "related", "overdue", "flagged", "starred",
        "interested", "bored", "tired", "confused", "worried", "stressed", "annoyed", "excited",
    ]

    /// Irregular past participles of everyday tasks' verbs.
    private static let irregular: Set<String> = [
        "bought", "paid", "sent", "made", "written", "taken", "sold", "fed", "won", "spoken", "met", "rung",
        "built", "drawn", "driven", "swept", "sewn", "mown", "hung", "brought",
    ]

    private static let byWord: [String: String] = {
        var table: [String: String] = [:]
        for (token, words) in classes {
            for word in words { table[word] = token }
        }
        return table
    }()

    /// The class token for `word`, or the word itself.
    static func token(for word: String) -> String {
        if let token = byWord[word] { return token }
        if irregular.contains(word) { return did }
        guard word.count >= 5, word.hasSuffix("ed"), !keptParticiples.contains(word), !word.hasSuffix("eed") else { return word }
        // "finnished" is a slip of "finished", not a new deed.
        return sortedMembers.first { TypoCorrector.isOneEditAway(word, $0) }.flatMap { byWord[$0] } ?? did
    }

    /// Every word a class claims, in a fixed order so a slip one edit from two of them
    /// always goes the same way.
    static let sortedMembers: [String] = byWord.keys.sorted()
}
