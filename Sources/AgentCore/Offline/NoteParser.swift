/// Recognises a note for an existing task ("note on the desk task: …", "add details to fix
/// the bike: …", "for the flights, put in the description: …", "passport notes: …") as an
/// edit of that task's description.
///
/// It runs before the add parser: "note …" also opens a new task ("note: buy milk"), and
/// reading a note as an add wrote a task titled with the note and its target.
enum NoteParser {
    static let patterns = [
        Pattern(#/(?i)^(?:a\s+)?(?:note|notes|details?|comment|description)\s+(?:on|for|to|about)\s+(?!(?:self|me|myself)\s*(?::|[-–—]))(.+?)(?:\s*:|\s+[-–—])\s*(.+)$/#,
                example: "note on the passport task: photos are in the drawer"),
        Pattern(#/(?i)^(?:add|put|write|attach|set|stick|pop|leave)\s+(?:in\s+|into\s+)?(?:a\s+|some\s+|the\s+)?(?:(?:little|short|quick|small|wee|brief)\s+)?(?:note|notes|details?|comment|description)\s+(?:on|for|to)\s+(?!(?:self|me|myself)\s*:)(.+?)(?:\s*[:–—]\s*|\s+-\s+|\s+(?=["“]))(.+)$/#,
                example: "add a note to task 6: window seat"),
        Pattern(#/(?i)^(?:add|put|stick|pop|leave|write|attach)\s+(?:a\s+|some\s+)?(?:(?:little|short|quick|small|wee|brief)\s+)?(?:note|comment|description|details?)\s+(?:on|to|for)\s+(.+?)\s+(?:saying|that\s+says|which\s+says|reading)\s+(.+)$/#,
                example: "stick a note on the dentist one saying bring the form"),
        Pattern(#/(?i)^(?:for|on|re|about)\s+(.+?)(?:\s*,\s*|\s+(?=(?:(?:please|pls)\s+)?(?:put|add|write|set)\s))(?:(?:please|pls)\s+)?(?:(?:put|add|write|set)\s+(?:in|into|as)?\s*)?(?:the\s+|a\s+)?(?:note|notes|details?|comment|description)(?:\s*[:–—]\s*|\s+-\s+|\s+(?:saying|which\s+says|reading)\s+|\s+that\s+(?:says\s+)?)(.+)$/#,
                example: "for the flights, put in the description: window seat"),
        Pattern(#/(?i)^give\s+(.+?)\s+(?:a|the)\s+(?:(?:little|short|quick|small|wee|brief)\s+)?(?:note|description|comment)\s*(?:saying|that\s+says|which\s+says|reading|[:–—-])\s*(.+)$/#,
                example: "give the bike one a note saying back tyre flat"),
        // "put a note on it permit number is on the windscreen": the note straight after "it".
        Pattern(#/(?i)^(?:add|put|stick|pop|leave|write|attach)\s+(?:a\s+)?(?:note|comment)\s+(?:on|to|for)\s+(it|that|this(?:\s+one)?)\s+(?!(?:saying|that\s+says|reading)\b)(.+)$/#,
                example: "put a note on it permit number is on the windscreen"),
        // "for the dentist task write down: ask about the filling".
        Pattern(#/(?i)^(?:for|on)\s+(.+?)\s+(?:(?:please|pls)\s+)?(?:write|jot|note|put)\s+down\s*[:–—-]\s*(.+)$/#,
                example: "for the dentist task write down: ask about the filling"),
        // "for the passport, put 'need photos' as the description": the quoted note before its field.
        Pattern(#/(?i)^(?:for|on)\s+(.+?)\s*,?\s+(?:put|add|write|set|use)\s+(['"“].+?['"”])\s+(?:as|in|for|into)\s+(?:the\s+|a\s+|its\s+)?(?:note|notes|description|details|comment)$/#,
                example: "for the passport, put 'need photos' as the description"),
        // "flights: note - check baggage allowance", "passport: add a note - need photos".
        Pattern(#/(?i)^(?!(?:add|new|create|todo|to-do|task|reminder)\b)(.+?)\s*:\s*(?:(?:add|put|leave|write)\s+(?:a|the)\s+)?(?:note|notes|details)(?:\s*[:–—-]\s*|\s+(?=['"“]))(.+)$/#,
                example: "flights: note - check baggage allowance"),
        Pattern(#/(?i)^(?!(?:add|new|create|make|write|jot|put|take|todo|to-do|task|reminder|my)\b)(?:the\s+)?(.+?)(?:'s|s')?\s*(?:-\s*)?(?:note|notes|details|description)\s*:\s*(.+)$/#,
                example: "passport notes: two photos"),
    ]

    /// "Renew passport - add a note: old one is in the cabinet": the task, then the note.
    /// "Renew passport - note that the form is in the folder": "note" as the verb.
    /// "Task 7, please add the note 'photos from the chemist'": the note quoted.
    static let taskThenNote = Pattern(#/(?i)^(.+?)\s*[-–,:;]\s*(?:(?:(?:please|pls|kindly)\s+)?(?:add|put|write|leave)\s+(?:a\s+|the\s+)?(?:note|comment|description)\s*(?::|(?=['"“]))|note\s+(?:that|down)\b\s*:?)\s*(.+)$/#,
                                      example: "Renew passport - add a note: old one is in the cabinet")

    /// "bike one - back tyre flat, add that as a note": the task, the note, then what to do with it.
    static let noteThenAsked = Pattern(#/(?i)^(.+?)\s*[-–:]\s+(.+?)\s*[,;.]?\s+(?:pls\s+|please\s+)?(?:add|put|save|keep|stick|write)\s+(?:that|this|it)\s+(?:as|in|on|to|into)\s+(?:a\s+|the\s+)?(?:note|description|comment|notes)$/#,
                                       example: "bike one - back tyre flat, add that as a note")

    static func parse(_ utterance: Utterance) -> Intent? {
        for pattern in [taskThenNote, noteThenAsked] + patterns {
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
