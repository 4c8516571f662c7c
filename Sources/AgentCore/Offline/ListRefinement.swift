/// A list narrowed, widened or sorted right after it was shown: "only the open ones", "and
/// the done ones too", "sort that by priority", "just the ones tagged shopping". What the
/// new words leave unsaid is kept from the list before.
enum ListRefinement {
    /// "just", "only", "and", "of those", "sort that": words that build on the list before; a
    /// fresh question ("what's due this week?") starts again.
    static let building = Pattern(#/(?i)^(?:(?:ok|okay|hmm+|ah|oh|now|but|and|then|right)\b[\s,.!]*)*(?:just|only|and|of\s+(?:those|them|these)|out\s+of\s+(?:those|them|these)|(?:sort|order|arrange|filter)\s+(?:that|those|them|these|it|the\s+list)|(?:the\s+|with\s+the\s+|plus\s+the\s+|incl(?:uding|\.)?\s+(?:the\s+)?)?(?:done|completed|finished)\s+ones)\b/#,
                                 example: "just the open ones")

    /// The list the message at `index` asks for, built on the list asked for just before it,
    /// or `nil` when it asks for no list or does not build on one.
    static func refined(_ text: String, read intent: Intent, after previous: Intent?) -> ListRequest? {
        guard case .list(let shown)? = previous else { return nil }
        let widens = text.firstMatch(of: ListParser.doneToo.regex) != nil
        let asked: ListRequest
        let builds = text.trimming(" ").firstMatch(of: building.regex) != nil
        switch intent {
        case .list(let request): asked = request
        case _ where widens: asked = ListRequest()
        // "just the ones tagged shopping": what "show the ones tagged shopping" would list.
        case _ where builds: guard case .list(let request) = IntentParser.parse("show " + text) else { return nil }
            asked = request
        default: return nil
        }
        guard widens || builds || asked.onlySorts else { return nil }
        var merged = shown
        merged.status = widens ? nil : asked.status ?? shown.status
        merged.priority = asked.priority ?? shown.priority
        merged.tag = asked.tag ?? shown.tag
        merged.search = asked.search ?? shown.search
        merged.dueBefore = asked.dueBefore ?? shown.dueBefore
        merged.sort = asked.sort ?? shown.sort
        merged.undatedOnly = asked.undatedOnly || shown.undatedOnly
        return merged
    }
}

extension ListRequest {
    /// "alphabetical pls": an order and no filter, said of the list already shown.
    var onlySorts: Bool {
        sort != nil && self == ListRequest(sort: sort)
    }
}
