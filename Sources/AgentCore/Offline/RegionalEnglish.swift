/// Words of the north of England, Dublin and the West Country ("nowt urgent", "owt about
/// flights", "what's left on wor list", "giz a reminder", "me mam's doing it", "the garage can wait while saturday"),
/// and India ("kindly do the needful and mark task 6 done"), read as the English they stand
/// for. "While" means "until" only before
/// a day, so "while I'm out" keeps its meaning.
enum RegionalEnglish {
    static let word = Pattern(#/(?i)\b(?:owt|nowt|summat|noo|giz|afore|dun'?t|wor(?=\s+(?:list|tasks|jobs|todos?)\b)|me(?=\s+(?:mam|mum|ma|da|dad|nan|nana|gran|bro|brother|sister|missus|fella|lad)(?:'s|\s+is|\s+has)\s))(?!\w)/#,
                              example: "nowt urgent")
    private static let words: [String: String] = [
        "owt": "anything", "nowt": "nothing", "summat": "something", "wor": "our", "noo": "now", "giz": "give me", "afore": "before",
        "dun't": "doesn't", "dunt": "doesn't", "me": "my",
    ]
    static let whileUntil = Pattern(#/(?i)\bwhile\s+(?=(?:next\s+|this\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|the\s+\d|\d|end\s+of|next\s+week)\b)/#,
                                    example: "while saturday")

    /// "do the needful and mark task 6 done": the request that follows is the needful.
    static let needful = Pattern(#/(?i)\bdo\s+the\s+needful\s*(?:,\s*|and\s+|:\s*)(?=\S)/#, example: "do the needful and mark it done")

    static func read(_ text: String) -> String {
        text.replacing(word.regex) { words[$0.output.lowercased()] ?? String($0.output) }
            .replacing(whileUntil.regex, with: "until ")
            .replacing(needful.regex, with: "")
    }
}
