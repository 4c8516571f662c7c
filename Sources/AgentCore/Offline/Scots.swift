/// Scots words in a request ("remind me tae phone the vet the morra", "whit's due the
/// morra?", "i didnae pay the rent", "bin the garage yin"), read as the English they stand for. Every word here
/// is one no English request uses, so no marker is needed; "the morra" itself is in the
/// shared date grammar.
enum Scots {
    static let word = Pattern(#/(?i)\b(?:tae|whit|whit's|didnae|dinnae|cannae|wouldnae|isnae|wisnae|havnae|hasnae|nae|aff|doon|oot|aboot|deein|yin|gonnae|wi(?!-))\b/#,
                              example: "whit's due the morra")
    private static let words: [String: String] = [
        "tae": "to", "whit": "what", "whit's": "what's", "didnae": "didn't", "dinnae": "don't", "cannae": "can't",
        "wouldnae": "wouldn't", "isnae": "isn't", "wisnae": "wasn't", "havnae": "haven't", "hasnae": "hasn't", "nae": "no",
        "aff": "off", "doon": "down", "oot": "out", "aboot": "about", "deein": "doing", "yin": "one", "wi": "with",
        "gonnae": "can you",
    ]

    static func read(_ text: String) -> String {
        text.replacing(word.regex) { words[$0.output.lowercased()] ?? String($0.output) }
    }
}
