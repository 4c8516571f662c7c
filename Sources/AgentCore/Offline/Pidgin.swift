/// Nigerian Pidgin and Jamaican Creole words in a request ("abeg comot the bike task, i don
/// sell am", "mi done wid di groceries", "wetin dey my list"), read as the English they stand
/// for. Only a message with a word no English sentence has ("comot", "wetin", "wid") is read
/// this way, so "di" and "mi" stay themselves elsewhere.
enum Pidgin {
    static let marker = Pattern(#/(?i)\b(?:abeg|comot|wetin|wahala|una|sabi|nuh|wid|dem\s+don|i\s+don\s+(?!t\b)[a-z]+|mi\s+done\s+(?!wid\b|with\b)[a-z]+|(?:mark|tick|remove|delete|move|push)\s+am)\b/#,
                                example: "abeg comot the bike task")
    /// "i don fix am", "i don sell am": a deed done, with "am" for "it".
    static let doneDeed = Pattern(#/(?i)\bi\s+don\s+([a-z]+)\s+am\b/#, example: "i don fix am")
    /// "i don call the dentist": a deed done.
    static let doneAct = Pattern(#/(?i)\bi\s+don\s+(?!t\b|finish\b|do\b|done\b)([a-z]+)\b/#, example: "i don call the dentist")
    /// "mi done clean out di garage": a deed done, in Jamaican Creole.
    static let miDone = Pattern(#/(?i)\bmi\s+done\s+(?!wid\b|with\b)([a-z]+)\b/#, example: "mi done clean out di garage")
    /// "mark am done": "am" for "it" after a verb.
    static let itAfterVerb = Pattern(#/(?i)\b(mark|tick|remove|delete|move|push)\s+am\b/#, example: "mark am done")
    /// "…the dentist o, mark am done": "o" closes a clause for emphasis.
    static let emphasis = Pattern(#/(?i)\s+o(?=\s*[,.!]|$)/#, example: "the dentist o,")
    /// "number 3 don finish": it is done.
    static let doneState = Pattern(#/(?i)\bdon\s+(?:finish|do|done)\b/#, example: "number 3 don finish")
    /// "wey i never do", "wetin i never finish": what I have not done.
    static let notYetDone = Pattern(#/(?i)\b(wey|wetin)\s+i\s+never\s+(?:do|finish|complete)\b/#, example: "wey i never do")
    static let word = Pattern(#/(?i)\b(?:comot|wetin|dey|mi|wid|di|fi|nuh|una)\b/#, example: "wetin dey")
    private static let words: [String: String] = [
        "comot": "remove", "wetin": "what", "dey": "is on", "mi": "I", "wid": "with", "di": "the", "fi": "to",
        "nuh": "not", "una": "you",
    ]

    static func read(_ text: String) -> String {
        guard text.firstMatch(of: marker.regex) != nil else { return text }
        return text.replacing(doneDeed.regex) { "I " + past(of: String($0.output.1)) + " it" }
            .replacing(doneAct.regex) { "I " + past(of: String($0.output.1)) }
            .replacing(miDone.regex) { "I " + past(of: String($0.output.1)) }
            .replacing(itAfterVerb.regex) { $0.output.1 + " it" }
            .replacing(emphasis.regex, with: "")
            .replacing(doneState.regex, with: "is done")
            .replacing(notYetDone.regex) { $0.output.1.lowercased() == "wetin" ? "what is pending" : "that is pending" }
            .replacing(word.regex) { words[$0.output.lowercased()] ?? String($0.output) }
    }

    /// "fix" → "fixed", "sell" → "sold".
    private static func past(of verb: String) -> String {
        if let irregular = EnglishWords.irregularPast.first(where: { $0.value == verb.lowercased() })?.key { return irregular }
        return verb.hasSuffix("e") ? verb + "d" : verb + "ed"
    }
}
