/// Recognises a note for an existing task ("note on the desk task: …", "add details to fix
/// the bike: …") as an edit of that task's description.
///
/// It runs before the add parser: "note …" also opens a new task ("note: buy milk"), and
/// reading a note as an add wrote a task titled with the note and its target.
enum NoteParser {
    static let patterns = [
        Pattern(#/(?i)^(?:a\s+)?(?:note|notes|details?|comment|description)\s+(?:on|for|to|about)\s+(?!(?:self|me|myself)\s*:)(.+?)\s*:\s*(.+)$/#,
                example: "note on the passport task: photos are in the drawer"),
        Pattern(#/(?i)^(?:add|put|write|attach|set)\s+(?:a\s+|some\s+|the\s+)?(?:note|notes|details?|comment|description)\s+(?:on|for|to)\s+(?!(?:self|me|myself)\s*:)(.+?)\s*:\s*(.+)$/#,
                example: "add a note to task 6: window seat"),
    ]

    static func parse(_ utterance: Utterance) -> Intent? {
        for pattern in patterns {
            guard let match = utterance.core.wholeMatch(of: pattern.regex),
                  let target = TaskTargetParser.parse(match.output.1)
            else { continue }
            let note = String(match.output.2).trimming(" \"'")
            guard !note.isEmpty else { return nil }
            return .change(.update(TaskEdits(description: note)), of: target)
        }
        return nil
    }
}
