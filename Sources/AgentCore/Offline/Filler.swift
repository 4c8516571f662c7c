/// Words that fill a pause in speech or chat and say nothing of the task: "um" and "uh",
/// "like" between pauses, and the particles of Singapore and Malaysian English ("lah",
/// "liao", "…, can?", "or not") and Filipino "po". Taken out before any rule reads the message, so that none
/// ends up in a title.
enum Filler {
    /// "on the, um, the 14th", "uhh", "erm": a hesitation with the pauses around it.
    static let hesitation = Pattern(#/(?i)(?:\s*,)?\s*\b(?:u+m+|u+h+|e+r+m*|hm+)\b\s*,?/#, example: "on the, um, the 14th")
    /// "I, like, paid", "…, like", "add like get the tyres checked", "can you like, …",
    /// "stretch like every other day" (before when, where "the snacks they like" keeps it).
    static let like = Pattern(#/(?i)\s*,\s*like\s*(?:,|$)|^like\s*,?\s+|\b(add|you|and)\s+like\s*,?\s+|\s+like(?=\s+(?:every|each|once|twice|around|tomorrow|today|tonight|next|this|daily|weekly|monthly)\b)/#,
                              example: "I, like, paid the rent")
    /// "I gotta, uh, I mean I have to get the oil changed": a start given up for another.
    static let restart = Pattern(#/(?i)^(?:[\w']+[\s,]+){1,4}?i\s+mean,?\s+(?=(?:i|we|add|remind|put|can|could|please|pls)\b)/#,
                                 example: "I gotta I mean I have to")
    /// "the, um, the 14th": a small word said again after a hesitation.
    static let repeated = Pattern(#/(?i)\b(the|a|an|to|on|at|in|for|my|by)\s+\1\b/#, example: "the the 14th")
    /// "renew road tax lah", "already done liao".
    static let particle = Pattern(#/(?i)\s*,?\s*\b(?:lah|leh|lor|liao|meh)\b|\s+po(?=\s*(?:[,.!?]|$))|^po\s+(?=(?:can|could|pls|please)\b)/#, example: "renew road tax lah")
    /// "pakiadd po …", "pakidelete the …": Filipino "paki-" is "please", "po" a courtesy.
    static let paki = Pattern(#/(?i)\bpaki-?(add|delete|remove|move|mark|tick|change|update|list|show|set|complete|finish|cancel|erase|check)(?:\s+po)?\b/#,
                              example: "pakiadd po buy load")
    /// "…, can?", "… this afternoon can", "… or not", "… can or not": asking whether it can be done.
    static let canOrNot = Pattern(#/(?i)(?:\s*,\s*can|\s+can(?=\s*\?)|\b(today|tonight|tomorrow|morning|afternoon|evening|night|weekend|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day|please|pls|already)\s+can|\s+or\s+not|\s+can\s+(?:ah|anot|or\s+cannot))\s*\??$/#,
                                  example: "fetch my son this afternoon can")
    /// "already call dentist, can mark complete": "can" asks leave, and the task goes unsaid.
    static let canMark = Pattern(#/(?i),\s*can\s+(?:mark|tick|cross|strike)(?:\s+(?:it|that|this))?\s+(?:off|complete|completed|done|as\s+done|finished)\s*$/#,
                                 example: ", can mark complete")
    static let orNot = Pattern(#/(?i)\s+or\s+not(?=\s*\??$)/#, example: "top up my card today can or not")
    /// "can remove the groceries one or not": the "can" that opens the same question.
    static let openingCan = Pattern(#/(?i)^can\s+(?!i\b|we\b|you\b|u\b)/#, example: "can ")

    static func removed(from text: String) -> String {
        let hesitant = text.firstMatch(of: hesitation.regex) != nil
        let asksLeave = text.firstMatch(of: orNot.regex) != nil
        let fluent = text.replacing(hesitation.regex, with: " ")
        // Only a hesitation makes a small word said twice a slip: "feed the the car" is a title.
        let plain = (hesitant ? fluent.replacing(repeated.regex) { String($0.output.1) } : fluent)
            .replacing(restart.regex, with: "")
            .replacing(like.regex) { match in match.output.1.map { $0 + " " } ?? " " }
            .replacing(paki.regex) { "please " + $0.output.1 }
            .replacing(particle.regex, with: "")
            .replacing(canMark.regex, with: ", mark it done")
            .replacing(orNot.regex, with: "")
            .replacing(canOrNot.regex) { String($0.output.1 ?? "") }
        return (asksLeave ? plain.replacing(openingCan.regex, with: "") : plain).collapsingSpaces()
    }
}
