/// "yes" said to a "Did you mean …? Say “…”" reply: the request the engine offered, carried
/// out. The offered words are read by the rules like any message, so a "yes" does exactly
/// what saying them would. Offers with a placeholder ("rename task 3 to …") are not taken
/// up: they name no task.
enum SuggestionAnswer {
    static let yes = Pattern(#/(?i)(?:yes|yeah|yea|yep|yup|y|sure|ok|okay|please\s+do|do\s+it|go\s+(?:on|ahead)|correct|exactly|that'?s\s+(?:right|it))(?:\s*,?\s*(?:please|pls|thanks|thank\s+you|do\s+it|that'?s\s+(?:right|it)))*[.!]*/#,
                             example: "yes please")
    static let offer = Pattern(#/Did you mean to [^?]+\? Say “([^”]+)”/#, example: "Did you mean to add a task “buy milk”? Say “add buy milk” and I'll add it.")

    /// The offered request, when `text` agrees to the reply just before it.
    static func intent(for text: String, after reply: String) -> Intent? {
        guard text.trimming(" ").wholeMatch(of: yes.regex) != nil, let match = reply.firstMatch(of: offer.regex) else { return nil }
        let offered = String(match.output.1)
        guard !offered.contains("…"), !offered.contains("task 3") else { return nil }
        return IntentParser.reading(offered).ruled
    }
}
