/// Recognises a reminder about something by name, with a date: "remind me about the
/// dentist friday", "can you remind me about the electricity bill on the 1st".
///
/// "About", "of" or "re" introduce a thing that may already be on the list, so the engine
/// looks for it before adding (``ReminderLookup``); "remind me to call mom" stays an add,
/// since a verb phrase describes a new thing to do.
enum ReminderParser {
    static let about = Pattern(#/(?i)^(?:remind\s+(?:me|him|her|them|us)|give\s+me\s+a\s+reminder|ping\s+me|nudge\s+me|set\s+(?:up\s+)?(?:a\s+)?reminder)\s+(?:about|abt|of|re|regarding|for)\s+(.+)$/#,
                               example: "remind me about the dentist friday")

    /// A reminder to look up, or, for "remind me about it friday" or "… about task 3 …", a
    /// date for the task the pronoun or the number names.
    static func parse(_ utterance: Utterance) -> Intent? {
        guard let match = utterance.core.wholeMatch(of: Self.about.regex), AddParser.items(of: String(match.output.1)) == nil else { return nil }
        // "about the gas man": the article is the sentence's, not the title's.
        var task = AddParser.draft(from: String(match.output.1))
        task.title = task.title.replacing(AddParser.itemArticle.regex, with: "").capitalizingFirstLetter()
        guard task.due != nil, task.recurrence == nil, !task.title.isEmpty else { return nil }
        switch TaskTargetParser.parse(task.title) {
        case .pronoun?, .id?: return TaskTargetParser.parse(task.title).map { .change(.update(task.datingEdits), of: $0) }
        default: return .remind(task)
        }
    }
}
