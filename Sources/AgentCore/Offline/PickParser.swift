import Persistence

/// Recognises an answer to "which one?": "the second one", "#7", "7", "the last".
enum PickParser {
    static func parse(_ utterance: Utterance) -> Pick? {
        let key = utterance.key
            .replacing(#/^(?:(?:it'?s|it\s+is|i\s+mean|i\s+meant|that\s+would\s+be|make\s+it|go\s+with|pick|choose|select|take|use)\s+)+/#, with: "")
            .replacing(#/^the\s+/#, with: "")
            .replacing(#/\s+(?:one|task|item|option|of\s+them|on\s+the\s+list)$/#, with: "")
        if key == "last" || key == "latter" { return .last }
        if key == "former" { return .position(1) }
        if let position = NumberWords.ordinal(key) { return .position(position) }
        if let match = key.wholeMatch(of: #/(?:number|no\.?|option)\s*(\d{1,3})/#), let position = Int(match.output.1) {
            return .position(position)
        }
        if let match = key.wholeMatch(of: #/(?:task\s*)?#\s*(\d{1,9})|task\s+(\d{1,9})/#),
           let id = Int(match.output.1 ?? match.output.2 ?? "") {
            return .id(id)
        }
        if let number = Int(key), number > 0 { return .number(number) }
        return nil
    }
}
