/// Turns what is left of a request, once its phrases are lifted out, into a task title.
enum TitleCleaner {
    static let politeness = Pattern(#/(?i)(?:^|\s)(?:please|pls|plz)(?=\s|$|[,.!?])/#, example: "milk please")
    static let spaceBeforePunctuation = Pattern(#/\s+([,;:.!?])/#, example: "milk ,")
    static let fillers = [
        Pattern(#/(?i)^(?:to|that|about|and|then|also|really|definitely|probably|actually|i\s+need\s+to|i\s+have\s+to|i\s+must|i\s+should)\s+/#, example: "to call mum"),
        // "I have a dentist appointment on the 9th": the thing the person has is the task.
        Pattern(#/(?i)^(?:i\s+have|i've\s+got|i\s+have\s+got|i\s+got|there's|there\s+is)\s+(?=(?:an?|my)\s)/#, example: "I have a dentist appointment"),
        // "a valuation at 14 Elm Road": a thing to do is named without its article, but "a
        // few eggs" keeps the words that count it.
        Pattern(#/(?i)^an?\s+(?!(?:few|couple|lot|bit|little|dozen|pair|bunch|word|quick|new|good|\d))/#, example: "a valuation"),
        Pattern(#/(?i)\s+(?:later(?:\s+on)?|soon(?:ish)?|at\s+some\s+stage)$/#, example: "call grandma later"),
        // "my eye test at Specsavers": a thing of the person's own is named without "my", as on
        // any list; "my keys" alone keeps it. "The" stays: a title is kept as typed.
        Pattern(#/(?i)^my\s+(?![\w-]+'s\s)(?=[\w'-]+\s+[\w'-]+)/#, example: "my eye test at Specsavers"),
        // "a medium priority task to defrost the freezer", "low priority task: organise the
        // photos": the word for a task, before what to do.
        Pattern(#/(?i)^(?:task|to-?do|reminder)(?:\s+to\s+|\s*[:\-–—]\s*)/#, example: "task to defrost the freezer"),
        // "put the batteries on the list would you": a question tag after the request.
        Pattern(#/(?i)[\s,]+(?:would|could|will|can)\s+(?:you|ya|u)(?:\s+(?:please|dear|love))?$/#, example: "the batteries would you"),
        // "book the car in, honestly I need a holiday": an aside after a comma.
        Pattern(#/(?i)\s*[,;]\s*(?:honestly|tbh|seriously|frankly|to\s+be\s+honest|ngl)\b.*$/#, example: "book the car in, honestly I need a break"),
        // "add get more coffee beans too": said after another request, not part of the task.
        Pattern(#/(?i)\s+(?:too|as\s+well)$/#, example: "get more coffee beans too"),
        // "go for a run lol": a laugh at the end, not part of the task.
        Pattern(#/(?i)\s+(?:lol|lmao|haha+|rofl|xd)$/#, example: "go for a run lol"),
        // "return the library books, there late already": how late it is, said as an aside
        // (with "there" or "their" for "they're", as phones and hurried hands write it).
        Pattern(#/(?i)\s*[,;]\s*(?:they'?re|theyre|there|their|it'?s|its|they\s+are|it\s+is)\s+(?:already\s+)?(?:a\s+bit\s+|very\s+|so\s+)?(?:late|overdue)(?:\s+already)?$/#,
                example: "return the library books, there late already"),
        Pattern(#/(?i)[\s,]+(?:at\s+the\s+(?:very\s+)?latest|at\s+latest|latest|no\s+later\s+than|not\s+later\s+than)$/#,
                example: "renew the insurance, at the latest"),
        // "pick up the dry cleaning and it has to be [friday]": what led to a date lifted out.
        Pattern(#/(?i)\s+(?:and\s+)?(?:it|that|this)\s+(?:has\s+to|must|should|needs\s+to|'s\s+got\s+to|got\s+to|is|'s)(?:\s+be)?(?:\s+done)?$/#,
                example: "pick up the dry cleaning and it has to be"),
        AddParser.stakes,
        Pattern(#/\s+\)$|\(\s*\)/#, example: "tidy the shed )"),
        Pattern(#/^[\s,;:.!?\-]+/#, example: ", call mum"),
        Pattern(#/[\s,;:.!?\-]+$/#, example: "call mum ,"),
        Pattern(#/(?i)\s+(?:and|but|so|then|it'?s|it\s+is|which\s+is|that\s+is|due|by|with|for|at|as)$/#, example: "call mum by"),
    ]
    /// "a high priority task finish the tax return": the word for a task before its verb.
    static let taskWord = Pattern(#/(?i)^(?:task|to-?do)\s+(?=([a-z]+)\b)/#, example: "task finish the tax return")
    /// "call mum on [friday]", but "put the winter tyres on" keeps the particle its verb needs.
    static let danglingOn = Pattern(#/(?i)^(?!(?:put|try|turn|switch|carry|keep|have|log|sign|hang|pass|move)\s).*?(\s+on)$/#,
                                    example: "call mum on")

    /// "to call the dentist ," becomes "Call the dentist"; an empty result means no title.
    static func clean(_ text: String) -> String {
        var title = text
            .replacing(politeness.regex, with: " ")
            .collapsingSpaces()
            .replacing(spaceBeforePunctuation.regex) { String($0.output.1) }
        var changed = true
        while changed {
            changed = false
            for filler in fillers {
                if let match = title.firstMatch(of: filler.regex) {
                    title.removeSubrange(match.range)
                    changed = true
                }
            }
            if let match = title.prefixMatch(of: taskWord.regex), EnglishWords.startsATask(match.output.1.lowercased()) {
                title.removeSubrange(match.range)
                changed = true
            }
            if let match = title.wholeMatch(of: danglingOn.regex) {
                title.removeSubrange(match.output.1.startIndex..<match.output.1.endIndex)
                changed = true
            }
        }
        return sentenceCase(title.trimming(" \"'")).capitalizingFirstLetter()
    }

    /// "BUY MILK" typed with caps lock on: a title of several words in capitals only is put in
    /// sentence case; a single word in capitals ("NHS") is kept, as are mixed-case titles.
    private static func sentenceCase(_ title: String) -> String {
        let letters = title.filter(\.isLetter)
        guard letters.count > 3, title.contains(" "), letters.allSatisfy(\.isUppercase) else { return title }
        return title.lowercased()
    }
}
