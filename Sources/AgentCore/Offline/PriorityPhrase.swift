/// Finds how important the user says a task is ("it's urgent", "low priority", "someday").
enum PriorityPhrase {
    private static let lead = #"(?:,\s*)?(?:(?:it'?s|it\s+is|this\s+is|that'?s|make\s+it|mark\s+it|set\s+it|as|with|at|and)\s+)*(?:an?\s+)?"#
    static let grammar = PhraseGrammar.compiled([
        PhraseRule(#"(?:medium|normal)[\s-]+prio(?:rity)?|priority:?\s+(?:medium|normal)"#, example: "normal priority", always: "medium"),
        PhraseRule(#"(?:not|isn'?t|is\s+not|not\s+very|not\s+that|not\s+too)\s+(?:urgent|important|a\s+priority|pressing)"#,
                   example: "not urgent", always: "low"),
        PhraseRule(#"low[\s-]+prio(?:rity)?|prio(?:rity)?:?\s+low|whenever(?:\s+(?:i|you)\s+can|\s+possible)?|some\s?day|eventually|(?:there'?s\s+)?no\s+(?:rush|hurry)|(?:it\s+)?can\s+wait"#,
                   example: "no rush", always: "low"),
        PhraseRule(#"(?:very\s+|really\s+|super\s+)?(?:urgent(?:ly)?|important|asap|high[\s-]+prio(?:rity)?|top[\s-]+priority|priority:?\s+high)"#,
                   example: "it's urgent", always: "high"),
    ], lead: lead)

    /// The priority and the text without the phrase and the "it's" or "make it" leading to it.
    static func extract(from text: String) -> (priority: String, rest: String)? {
        grammar.firstMatch(in: text).map { ($0.value, $0.rest) }
    }

    /// The priority a whole phrase names, for "make task 3 high priority" and list filters.
    static func named(in text: String) -> String? {
        extract(from: text)?.priority
    }
}
