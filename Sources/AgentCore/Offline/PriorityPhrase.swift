/// Finds how important the user says a task is ("it's urgent", "low priority", "someday").
enum PriorityPhrase {
    private static let lead = #"(?:,\s*)?(?:(?:it'?s|it\s+is|this\s+is|that'?s|make\s+it|mark\s+it|set\s+it|as|with|at|and)\s+)*(?:an?\s+)?"#
    static let grammar = PhraseGrammar.compiled([
        PhraseRule(#"(?:medium|normal)[\s-]+priority|priority:?\s+(?:medium|normal)"#, example: "normal priority", always: "medium"),
        PhraseRule(#"low[\s-]+priority|priority:?\s+low|whenever(?:\s+(?:i|you)\s+can|\s+possible)?|some\s?day|eventually|no\s+rush"#,
                   example: "no rush", always: "low"),
        PhraseRule(#"(?:very\s+|really\s+|super\s+)?(?:urgent(?:ly)?|important|asap|high[\s-]+priority|top[\s-]+priority|priority:?\s+high)"#,
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
