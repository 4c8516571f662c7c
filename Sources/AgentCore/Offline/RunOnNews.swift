/// "so i finally cleaned out the garage today took me ages there was a whole family of spiders
/// in there but its done": news typed without a stop, closed by "it's done". The deed is the
/// first clause; what follows it tells how it went.
enum RunOnNews {
    static let closing = Pattern(#/(?i)\s+(?:but|and|anyway|so)\s+(?:it'?s|its|it\s+is|that'?s|thats)\s+(?:all\s+)?(?:done|finished|sorted)(?:\s+now)?[\s.!]*$/#,
                                 example: " but its done")
    /// Where the first clause ends: a time, or a new clause begun without a stop.
    static let clauseEnd = Pattern(#/(?i)\s+(?:today|yesterday|this\s+morning|last\s+night|took|there|which|and|but|so|then|it)\b/#,
                                   example: " today")

    /// The first clause, to be read as a deed, or `nil` when the message is not such news.
    static func deed(in text: String) -> String? {
        guard let close = text.firstMatch(of: closing.regex) else { return nil }
        let said = String(text[..<close.range.lowerBound])
        guard said.split(separator: " ").count >= 8, let end = said.firstMatch(of: clauseEnd.regex),
              said[..<end.range.lowerBound].split(separator: " ").count >= 3
        else { return nil }
        return String(said[..<end.range.lowerBound])
    }
}
