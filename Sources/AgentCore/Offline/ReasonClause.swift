/// A reason given with a request: "delete the flights task, trip is cancelled", "delete the
/// bike task? I sold it", "cancel the gym, I'm injured", "mark the rent done since I paid it
/// yesterday", "the trip got cancelled so lose the flights task".
///
/// The reason names no task, so it must not become part of the target's words. It is cut
/// only where a reason plainly starts: a "because"-like word, or, after a comma or dash, a
/// clause with a verb of its own or a pronoun for its subject, so a list of names ("the
/// milk, the eggs and the bread") stays whole; "X's" starts a reason only before a word of
/// state ("trip's off"), since "sarah's email" is a name. Only a change is read this way; an add keeps
/// every word of its title.
enum ReasonClause {
    static let because = Pattern(#/(?i)^(.+?)(?:\s*[,;–—-]\s*(?:since|because|'?cause|cos|coz|cuz|bc|as)|\s+(?:since|because|'?cause|cos|coz|cuz|bc)|\s+so(?=\s+(?:that\s+)?(?:he|she|they|i|we|you)\s+(?:knows?|can|will|won'?t|remembers?|doesn'?t|don'?t|gets?|sees?)\b))\s+\S.*$/#,
                                 example: "mark the rent done since I paid it yesterday")
    static let statement = Pattern(#/(?i)^(.+?)\s*[,;?.–—-]\s*(?:(?:i|we|they|he|she|it|im)(?:'ll|'d|'ve|'m|'re)?\s+[\w']+|(?:now\s+|then\s+)?(?:my|our|his|her|their)\s+[a-z']+\s+(?:[a-z]+[^s\s]s|will|does|is|can)\s|(?:[\w'.!]+\s+){0,4}?(?:is|are|was|were|am|got|has|have|had|paid|did|done|finished|took|spent|went|came|cost|isn'?t|aren'?t|wasn'?t|don'?t|doesn'?t|won'?t|can'?t|no\s+longer|already|i'?m|we'?re|it'?s|she'?s|he'?s|that'?s|there'?s|there\s+(?:is|are)|they'?re|i'?ve|we'?ve)|(?:the|my|our|his|her|their)\s+[\w']+\s+[a-z]{2,}ed|(?:the\s+|my\s+|our\s+)?[a-z]+'s\s+(?:[a-z]+ing\b|off|over|on\s+hold|cancell?ed|postponed|gone|done|sorted|finished|closed|been|not|no|dead|sold|broken|bad|raining|paid|booked|fixed|already|happening|late|early|delayed)|(?:the\s+|my\s+|our\s+)?[a-z]+\s+(?:keeps?\s+)?(?:going|getting|rising|falling|running|selling)\s+(?:up|down|out|low|fast|quickly)|(?:the\s+|my\s+|our\s+)?[a-z]+'s\s+(?:valid|fine|ok|okay|good|expired|renewed)|new\s+(?:landlord|job|boss|house|flat|place|school|plan|contract))\b.*$/#,
                                   example: "delete the flights task, trip is cancelled")

    /// A reason without a verb of its own, or one begun by an "-ing" verb: "remove renew
    /// passport, wrong list", "…, my mistake", "get rid of the rent task, moving back in with
    /// my parents", "…, trip cancelled", "…, need to book before prices go up", "…, need it for the trip",
    /// "bike's fixed, Dave sorted it". A name is never
    /// one of these words, so a list of names stays whole.
    static let verbless = Pattern(#/(?i)^(.+?)\s*[,;–—-]\s*(?:wrong\s+\w+|[a-z]+\s+(?:sorted|fixed|did|handled|dealt\s+with|took\s+care\s+of)\s+(?:it|that|them)(?:\s+for\s+(?:me|us))?\s*$|(?:it\s+was\s+|it'?s\s+)?(?:a\s+)?(?:duplicate|dupe|typo)|(?:my\s+)?(?:mistake|bad)|(?:added\s+(?:it\s+)?)?by\s+(?:mistake|accident)|not\s+(?:needed|mine|relevant|necessary|happening|doing\s+(?:it|that|this)|[a-z]+ing\b)|(?:no|nae)\s+need|no\s+(?:rush|hurry|stress|worries)|(?:both|all|each)\s+(?:sorted|done|handled|dealt\s+with|taken\s+care\s+of|covered)|no\s+[a-z']+\s+(?:till|until|before|this|for)\s|never\s+mind|nvm|(?:i\s+)?(?:forgot|meant)\s+to\s+(?:tell|say|mention)|(?:moving|going|leaving|switching|selling|changing|cancell?ing|heading|starting|quitting|working|staying)\s+\w+|(?:(?:the|my|our)\s+)?[\w']+\s+(?:cancell?ed|called\s+off|postponed|scrapped|sold|off|over|fell\s+through)\s*$|(?:(?:the|my|our|some)\s+)?[\w']+s\s+(?:coming|arriving|visiting|due\s+in|on\s+(?:the|their)\s+way)|(?:(?:i|we)\s+)?(?:need|have|got)\s+to\s+[a-z]+\s+(?:it\s+|them\s+)?(?:before|while|or\s+else|otherwise|asap|soon|first)|(?:really\s+)?(?:need|want)\s+(?:it|them|that|this)\s+(?:for|by|before|asap|soon|done|sorted)|gotta\s+have\s+(?:it|them)|(?:the|my|our)\s+(?:old|new|other|current)\s+(?:one|[\w']+)\s+(?:still\s+)?(?:works|fits|does)\b)\b.*$/#,
                                  example: "remove renew passport, wrong list")

    /// The reason first: "the trip got cancelled so lose the flights task".
    static let consequence = Pattern(#/(?i)^.+?(?:\s*,\s*|\s+)(?:so(?!\s+that\s|\s+(?:it'?s|its|it\s+is|it\s+will\s+be)\s+(?:now\s+)?due\b)|therefore|which\s+means)\s+(?:you\s+can\s+|please\s+|pls\s+|just\s+)?(.+)$/#,
                                     example: "the trip got cancelled so lose the flights task")

    /// "remove #6 we're not going away after all": after a task's number, a clause of its own
    /// needs no comma to be a reason.
    static let afterNumber = Pattern(#/(?i)^(.*?(?:#|\btask\s+|\bitem\s+)\d{1,9})\s+(?:i|we|they|he|she|it)(?:'[a-z]+)?\s+.*$/#,
                                     example: "remove #6 we're not going away after all")

    static let noteColon = Pattern(#/(?i)\b(?:note|notes|description|desc|details?|comment)\b[^:,.]{0,40}:/#, example: "note on the passport: need photos")

    /// "party's off, delete both of those", "nvm on the flights, trip got cancelled. delete
    /// it": news first, then a change aimed back at a task by "it" or "both".
    static let newsFirst = Pattern(#/(?i)^(.+)[,;.!]+\s+((?:so\s+|just\s+|pls\s+|please\s+)?(?:delete|remove|bin|scrap|drop|cancel|ditch|get\s+rid\s+of|lose|mark|tick|cross|complete|move|push)\s+(?:it|that|this|them|both|those|these)\b.*)$/#,
                                   example: "party's off, delete both of those")
    /// "nvm on the flights, …": the task the news is about, named first.
    static let newsTopic = Pattern(#/(?i)^(?:nvm|never\s*mind|forget|re|as\s+for|about)\s+(?:on\s+|about\s+)?((?:the|my)\s+[^,;.]+?)\s*[,;.]/#, example: "nvm on the flights,")

    /// The change after news that gives its reason, aimed at the task the news names first
    /// ("nvm on the flights, …") or at the two just added ("party's off, delete both of
    /// those"); `nil` when the message is no such pair, or when the news names what "it" or
    /// "both" are in other words ("bike fixed + passport renewed, tick both off"), which the
    /// other readings handle.
    static func afterNews(in text: String) -> Intent? {
        guard let match = text.wholeMatch(of: newsFirst.regex), ReasonReferent.isStatement(String(match.output.1)),
              let request = IntentParser.rules(Utterance(String(match.output.2))), case .change(let change, let target) = request
        else { return nil }
        let news = String(match.output.1)
        switch target {
        case .pronoun:
            return news.prefixMatch(of: newsTopic.regex).flatMap { TaskTargetParser.parse($0.output.1) }.map { .change(change, of: $0) }
        case .all:
            switch IntentParser.parse(news) {
            case .sequence, .change(_, .several), .change(_, .ids): return nil
            default: return request
            }
        default:
            return nil
        }
    }

    /// The request without its reason, or `nil` when no reason comes with it.
    static func request(in text: String) -> String? {
        // "note on the passport: need photos, the old ones are from 2015": after a note's colon
        // every word is the note's.
        guard text.firstMatch(of: noteColon.regex) == nil else { return nil }
        for pattern in [Self.because, Self.statement, Self.verbless, Self.consequence, Self.afterNumber] {
            if let match = text.wholeMatch(of: pattern.regex) { return String(match.output.1) }
        }
        return nil
    }
}
