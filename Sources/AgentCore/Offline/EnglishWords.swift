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
        "wasnt", "wasn't", "arent", "aren't", "shouldnt", "shouldn't", "mustnt", "mustn't", "neednt", "needn't",
        "hasnt", "hasn't", "havent", "haven't", "no", "not", "longer",
    ]

    /// Verbs an errand starts with: "get oranges and print the team sheets" is two errands.
    /// Verbs the engine reads as commands on a task ("move", "change", "cancel") are left out.
    static let errandVerbs: Set<String> = [
        "buy", "get", "call", "ring", "phone", "email", "text", "book", "pay", "send", "pick", "collect", "print",
        "write", "clean", "fix", "wash", "order", "renew", "post", "return", "take", "bring", "cook", "bake", "tidy",
        "paint", "water", "feed", "walk", "mow", "fill", "charge", "prepare", "review", "read", "visit", "meet",
        "ask", "file", "submit", "sign", "iron", "hoover", "vacuum", "empty", "check", "service", "sort", "pack",
        "defrost", "descale", "replace", "sweep", "dust", "mop", "scrub", "weed", "prune", "trim", "organise", "organize",
        "draft", "fetch", "grab", "repaint", "recycle", "shovel", "hang", "install", "label", "wrap", "fold", "mend",
        "price", "steam", "polish", "sand", "varnish", "oil", "grease", "tune", "sharpen", "bleed", "restock", "rekey", "fettle",
        "download", "upload", "film", "record", "ping", "message", "top", "cancel", "chase", "update", "back",
    ]

    /// Other verbs a task's title starts with: with ``errandVerbs``, what tells "renew my
    /// passport in a month" (a thing to do) from "dentist call at ten" (a thing on the list).
    static let otherVerbs: Set<String> = [
        "finish", "do", "make", "go", "plan", "start", "complete", "submit", "organise", "organize", "arrange", "learn",
        "practise", "practice", "revise", "study", "research", "draft", "design", "build", "install", "repair", "replace",
        "cancel", "confirm", "schedule", "follow", "chase", "remember", "try", "help", "drop", "put", "set", "move",
        "change", "update", "give", "find", "look", "watch", "listen", "play", "run", "swim", "train", "exercise",
        "stretch", "meditate", "shop", "sell", "rent", "hire", "invite", "thank", "wish", "celebrate", "decorate",
        "wrap", "deliver", "mail", "fax", "scan", "copy", "back", "defrost", "defrag", "top", "grab", "apply", "attend",
        "register", "enrol", "enroll", "vote", "donate", "tidy", "declutter", "recycle", "bin", "weed", "prune", "plant",
        "harvest", "trim", "cut", "dust", "mop", "scrub", "polish", "hang", "fold", "mend", "sew", "knit", "bake",
        "leave", "tell", "show", "teach", "sort", "see", "phone", "visit", "get",
    ]

    /// Whether a task's title may start with `word`, as "replace the valve" does.
    static func startsATask(_ word: String) -> Bool {
        errandVerbs.contains(word) || otherVerbs.contains(word)
    }

    /// Pronouns that stand for a thing, as a task already named is.
    static let thingPronouns: Set<String> = ["it", "that", "this", "them"]
}
