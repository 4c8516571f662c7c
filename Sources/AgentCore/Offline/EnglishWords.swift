/// Small closed classes of English words that several readers of a message need alike, kept
/// once so that one reader cannot learn a word the others miss.
enum EnglishWords {
    /// Past forms that do not end in "-ed", with the verb they come from: "I paid the bill"
    /// is about "Pay the bill".
    static let irregularPast: [String: String] = [
        "paid": "pay", "bought": "buy", "sent": "send", "wrote": "write", "written": "write",
        "made": "make", "took": "take", "taken": "take", "got": "get", "gotten": "get", "did": "do",
        "done": "do", "went": "go", "gone": "go", "rang": "ring", "rung": "ring", "found": "find",
        "brought": "bring", "sold": "sell", "told": "tell", "met": "meet", "left": "leave",
        "spoke": "speak", "spoken": "speak", "gave": "give", "given": "give", "kept": "keep",
        "built": "build", "ran": "run", "caught": "catch", "taught": "teach", "drove": "drive",
        "driven": "drive", "fed": "feed", "hung": "hang", "swept": "sweep", "quit": "quit",
        "fell": "fall", "broke": "break", "broken": "break", "stolen": "steal", "lost": "lose", "been": "be",
    ]

    /// Words that turn a statement round: "the rent doesn't repeat", "no longer needed".
    static let negations: Set<String> = [
        "doesnt", "doesn't", "didnt", "didn't", "isnt", "isn't", "wont", "won't", "dont", "don't", "cant", "can't",
        "wasnt", "wasn't", "arent", "aren't", "no", "not", "longer",
    ]

    /// Pronouns that stand for a thing, as a task already named is.
    static let thingPronouns: Set<String> = ["it", "that", "this", "them"]
}
