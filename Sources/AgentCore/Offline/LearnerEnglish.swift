/// Phrasings of people writing English as a second language, carried over from their own
/// ("remember me to call", "put it as finished", "I am needing to", "put high priority to
/// the bike", "put in my list tomatoes", "have I something about"), read as the English they mean. Each is a whole
/// phrase, so the same words in a title ("remember me fondly") are left alone.
enum LearnerEnglish {
    /// "remember me to take my medicine": remind me.
    static let rememberMe = Pattern(#/(?i)\bremember\s+me\s+(to|about|of)\b/#, example: "remember me to take my medicine")
    /// "I am needing to call the plumber", "I am wanting to add": the simple present.
    static let continuous = Pattern(#/(?i)\b(?:i\s+am|i'm|im)\s+(need|want)ing\s+(?=to\b)/#, example: "I am needing to call")
    /// "put as finished the call", "please put it as done": mark.
    static let putAs = Pattern(#/(?i)\bput\s+(?:(it|this|that|them)\s+)?as\s+(?:finished|done|complete|completed|ready)\b\s*(.*)$/#,
                               example: "put as finished the call")
    /// "put high priority to the bike": give the bike that priority.
    static let putLevel = Pattern(#/(?i)\b(?:put|give|set)\s+(high|low|medium|top|urgent)\s+priority\s+(?:to|on|for|at)\s+(.+)$/#,
                                  example: "put high priority to the bike")
    /// "put in my list tomatoes, onions and rice", "put on the list 'send the documents'": add.
    /// "put these on the list: …", as people of every kind say it, announces several.
    static let putInList = Pattern(#/(?i)^(?:please\s+)?(?:put|write|insert)\s+(?:(these|the\s+following)\s+)?(?:in|on|into|to)\s+(?:my|the)\s+(?:to-?do\s+)?list\s*:?\s+(?=\S)/#,
                                   example: "put in my list tomatoes")
    /// "I did a mistake": made one.
    static let didAMistake = Pattern(#/(?i)\bdid\s+(?:a\s+)?(mistake|error)\b/#, example: "I did a mistake")

    /// "put the rent for 3 december": a task of one word put on a day is moved there.
    static let putFor = Pattern(#/(?i)^(?:please\s+)?put\s+((?:the|my)\s+[a-z]+|task\s+\d+|#\d+)\s+for\s+(?=(?:\d|the\s+\d|next|this|tomorrow|today|tonight|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b)/#,
                                example: "put the rent for 3 december")
    /// "task 4 is finish": done.
    static let isFinish = Pattern(#/(?i)\b(is|are)\s+finish$/#, example: "task 4 is finish")
    /// "have I something about the dentist?": do I have.
    static let haveI = Pattern(#/(?i)^have\s+i\s+(?=(?:something|anything|some|any|tasks?|things?)\b)/#, example: "have I something about")
    /// "show me all what is finished": everything.
    static let allWhat = Pattern(#/(?i)\ball\s+what\s+(?:is|are)\b/#, example: "all what is finished")
    /// "which tasks are of shopping?": tagged.
    static let tasksOf = Pattern(#/(?i)\b(tasks|things|todos)\s+(?:are\s+)?of\s+(?=#?[a-z][\w-]*\??$)/#, example: "which tasks are of shopping")

    static let patterns: [any ExampledPattern] = [rememberMe, continuous, putAs, putLevel, putInList, didAMistake, putFor, isFinish, haveI, allWhat, tasksOf]

    static func read(_ text: String) -> String {
        text.replacing(rememberMe.regex) { "remind me " + $0.output.1 }
            .replacing(continuous.regex) { $0.output.1.lowercased() == "need" ? "I need " : "I want " }
            .replacing(putAs.regex) { match in
                guard let pronoun = match.output.1 else { return "mark " + match.output.2 + " as done" }
                return "mark " + pronoun + " as done " + match.output.2
            }
            .replacing(putLevel.regex) { "make " + $0.output.2 + " " + $0.output.1 + " priority" }
            .replacing(putInList.regex) { $0.output.1 == nil ? "add " : "add these things: " }
            .replacing(didAMistake.regex) { "made a " + $0.output.1 }
            .replacing(putFor.regex) { "move " + $0.output.1 + " to " }
            .replacing(isFinish.regex) { $0.output.1 + " finished" }
            .replacing(haveI.regex, with: "do I have ")
            .replacing(allWhat.regex, with: "everything")
            .replacing(tasksOf.regex) { $0.output.1 + " tagged " }
    }
}
