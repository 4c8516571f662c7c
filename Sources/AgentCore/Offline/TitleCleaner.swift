/// Turns what is left of a request, once its phrases are lifted out, into a task title.
enum TitleCleaner {
    /// "to call the dentist ," becomes "Call the dentist"; an empty result means no title.
    static func clean(_ text: String) -> String {
        var title = text
            .replacing(#/(?i)(?:^|\s)(?:please|pls|plz)(?=\s|$|[,.!?])/#, with: " ")
            .collapsingSpaces()
            .replacing(#/\s+([,;:.!?])/#) { String($0.output.1) }
        let fillers = [
            #/(?i)^(?:to|that|about|and|then|also|i\s+need\s+to|i\s+have\s+to|i\s+must|i\s+should)\s+/#,
            #/^[\s,;:.!?\-]+/#,
            #/[\s,;:.!?\-]+$/#,
            #/(?i)\s+(?:and|but|so|it'?s|it\s+is|which\s+is|that\s+is|due|by|on|with|for|at|as)$/#,
        ]
        var changed = true
        while changed {
            changed = false
            for filler in fillers {
                if let match = title.firstMatch(of: filler) {
                    title.removeSubrange(match.range)
                    changed = true
                }
            }
        }
        return title.trimming(" \"'").capitalizingFirstLetter()
    }
}
