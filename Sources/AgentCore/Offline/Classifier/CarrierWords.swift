/// The words a label's templates wrap around a task ("no need for … anymore"), used to cut
/// a message down to the words that name its task.
///
/// Read from the same templates the model learns from, so a verb taught to the model is
/// also a verb the slot filler knows to drop. Words that help name a task ("the", "task",
/// "number", "it") stay at the front unless a carrier follows them ("the priority of …");
/// fewer are kept at the back, where "from my list" trails a name.
enum CarrierWords {
    private static let keptInFront: Set<String> = [
        "the", "a", "an", "my", "this", "that", "these", "those", "it", "them", "task", "tasks", "item",
        "items", "todo", "number", "one", "entry", "reminder",
    ]
    /// Words that soften or stress a request without naming anything: "is honestly not important".
    private static let hedges: Set<String> = [
        "really", "pretty", "honestly", "just", "actually", "totally", "quite", "so", "very", "super", "kinda",
        "now", "already", "anyway", "please", "though", "yet", "still", "for", "okay", "then", "oh", "well",
    ]
    private static let keptAtBack: Set<String> = ["task", "tasks", "item", "todo", "one", "entry", "reminder", "it", "them", "this", "that"]

    static let byLabel = TrainingExamples.carrierTokens()

    /// The last word of an add's lead-in: "… to", "don't let me forget …", "remind me about …".
    private static let leadInEnds: Set<String> = ["to", "forget", "about", WordClasses.token(for: "remember")]

    /// The words after an add's lead-in ("make a note to …", "I've got to …"), or `nil` when
    /// the message opens with none: only a lead-in ending in "to", "forget", "about",
    /// "remember", ":" or "-" is cut, so "make dinner tomorrow" keeps its "make".
    static func leadIn(of text: String) -> String? {
        let carriers = byLabel[.add] ?? []
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        var cut = 0
        for (index, word) in words.enumerated() {
            let tokens = TextNormalizer.tokens(word)
            guard tokens.allSatisfy(carriers.contains) else { break }
            if let last = tokens.last, Self.leadInEnds.contains(last) || word.hasSuffix(":") || word == "-" { cut = index + 1 }
        }
        return cut > 0 && cut < words.count ? words[cut...].joined(separator: " ") : nil
    }

    /// `text` without the label's carrier words at either end, in the user's own case.
    /// `keepingNames` keeps the words that help name a task; a new task's title needs none
    /// of them ("make a note to …" loses "a" too).
    static func trimmed(_ text: String, for label: IntentLabel, keepingNames: Bool = true) -> String {
        let carriers = byLabel[label] ?? []
        let keptInFront = keepingNames ? keptInFront : []
        let keptAtBack = keepingNames ? keptAtBack : []
        // "it's done" is "it is done", whose "is done" is the carrier and "it" the name.
        var words = text.split(whereSeparator: \.isWhitespace).flatMap { word in
            Contractions.expansions[word.lowercased().foldingQuotes()] ?? [String(word)]
        }
        func isCarrier(_ word: String, kept: Set<String>) -> Bool {
            let tokens = TextNormalizer.tokens(word)
            return !tokens.isEmpty && tokens.allSatisfy { (carriers.contains($0) || hedges.contains($0)) && !kept.contains($0) }
        }
        // A kept word goes too when a carrier follows it: "lower the priority of the gym one".
        while let first = words.first,
              isCarrier(first, kept: keptInFront) || (words.count > 2 && isCarrier(first, kept: []) && isCarrier(words[1], kept: keptInFront)) {
            words.removeFirst()
        }
        while let last = words.last, isCarrier(last, kept: keptAtBack) { words.removeLast() }
        return words.joined(separator: " ").trimming(" ,.:;!?")
    }
}
