import Persistence

/// Recognises an answer to "which one?": "the second one", "#7", "7", "the last".
enum PickParser {
    static let answerOpening = Pattern(#/^(?:(?:it'?s|it\s+is|i\s+mean|i\s+meant|that\s+would\s+be|make\s+it|go\s+with|pick|choose|select|take|use)\s+)+/#, example: "i mean ")
    static let article = Pattern(#/^the\s+/#, example: "the ")
    static let noun = Pattern(#/\s+(?:one|task|item|option|of\s+them|on\s+the\s+list)$/#, example: " one")
    static let numbered = Pattern(#/(?:number|no\.?|option)\s*(\d{1,3})/#, example: "option 2")
    static let taskID = Pattern(#/(?:task\s*)?#\s*(\d{1,9})|task\s+(\d{1,9})/#, example: "task #7")

    static func parse(_ utterance: Utterance) -> Pick? {
        let key = utterance.key
            .replacing(Self.answerOpening.regex, with: "")
            .replacing(Self.article.regex, with: "")
            .replacing(Self.noun.regex, with: "")
        if key == "last" || key == "latter" { return .last }
        if ["both", "both please", "both pls", "both of em"].contains(key) { return .both }
        if key == "former" { return .position(1) }
        if let position = NumberWords.ordinal(key) { return .position(position) }
        if let match = key.wholeMatch(of: Self.numbered.regex), let position = Int(match.output.1) {
            return .position(position)
        }
        if let match = key.wholeMatch(of: Self.taskID.regex),
           let id = Int(match.output.1 ?? match.output.2 ?? "") {
            return .id(id)
        }
        if let number = Int(key), number > 0 { return .number(number) }
        return nil
    }
}
