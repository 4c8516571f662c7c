/// Recognises the messages that are about the conversation rather than a task.
enum SmallTalkParser {
    static let help = Pattern(#/(?:help|\?|commands|usage|help\s+me|show\s+help|what\s+(?:can|do)\s+you\s+do|what\s+are\s+you|who\s+are\s+you|how\s+(?:does\s+this|do\s+you|do\s+i\s+use\s+(?:this|you|it))(?:\s+work)?|what\s+can\s+i\s+(?:say|ask|do)|how\s+do\s+i\s+start)/#,
                              example: "what can you do")
    static let greeting = Pattern(#/(?:hi|hello|hey|hiya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening)|how\s+are\s+you(?:\s+doing)?|what'?s\s+up|sup)(?:\s+(?:there|all|everyone|friend|bot|chattui))?/#,
                                  example: "hello there")
    /// "Hi there, I hope you're keeping well": the opening of a letter.
    static let wellWishing = Pattern(#/(?i)(?:(?:hi|hello|hey|dear\s+\w+)(?:\s+there)?[\s,!.]+)?(?:i\s+)?(?:hope|trust)\s+(?:you'?re|you\s+are|all\s+is|you'?ve\s+been|you\s+have\s+been|this\s+finds\s+you)\s+(?:keeping\s+|doing\s+)?(?:well|good|ok(?:ay)?|fine)(?:\s+today)?[\s.!]*/#,
                                     example: "Hi there, I hope you're keeping well")
    static let thanks = Pattern(#/(?:thanks|thank\s+you|thx|ty|cheers|many\s+thanks)(?:\s+(?:so\s+much|a\s+lot|very\s+much))?/#,
                                example: "thank you so much")
    static let acknowledgement = Pattern(#/ok|okay|k|cool|great|nice|perfect|got\s+it|alright|all\s+right|sure|fine|good|awesome|yes|yep|no|nope|(?:nice\s+one(?:\s+mate)?\s*,?\s*)?that'?s\s+(?:me|us)\s+(?:sorted|done|set)(?:\s+for\s+(?:today|now|the\s+day|the\s+week|tonight))?/#,
                                         example: "got it")
    /// "undo that", "cancel the last thing you did", "I didn't mean that, take it back", "I
    /// made a mistake, bring it back" ("bring it back" alone reopens a task: ``ChangeParser``).
    static let undo = Pattern(#/(?:(?:i\s+)?(?:didn'?t|did\s+not)\s+mean\s+(?:that|it|to)[\s,.!]*)?(?:undo|revert|go\s+back|take\s+(?:that|it)\s+back|(?:cancel|reverse)\s+(?:the\s+)?last\s+(?:thing|change|action|step)(?:\s+(?:you|i)\s+(?:did|made))?)(?:\s+(?:that|it|this|the\s+last\s+(?:one|change|thing)))?|(?:i\s+)?made\s+a\s+(?:mistake|error)[\s,.!]*(?:undo|revert|(?:take|bring)\s+(?:that|it)\s+back)(?:\s+(?:that|it|this))?/#,
                              example: "I didn't mean that, take it back")

    static func parse(_ utterance: Utterance) -> Intent? {
        let key = utterance.key
        let intents: [(Pattern<Substring>, Intent)] = [
            (help, .help), (greeting, .greeting), (thanks, .thanks), (acknowledgement, .acknowledgement), (undo, .undo),
        ]
        if utterance.whole.wholeMatch(of: greeting.regex) != nil || utterance.whole.wholeMatch(of: wellWishing.regex) != nil {
            return .greeting
        }
        if let intent = intents.first(where: { key.wholeMatch(of: $0.0.regex) != nil })?.1 { return intent }
        // "no wait, not done yet, undo", "go back, she hasn't replied": the undo first or last,
        // with why beside it, and no other request. Said so, it takes back only a change made
        // in this conversation, as the classifier's undo does (``IntentResolver``).
        let clauses = key.split(separator: clauseBreak.regex).map(String.init).filter { !$0.isEmpty }
        guard clauses.count > 1, [clauses[0], clauses[clauses.count - 1]].contains(where: { $0.wholeMatch(of: undo.regex) != nil }),
              !clauses.contains(where: { $0.hasPrefix("add ") || IntentParser.changeVerbs.contains($0.split(separator: " ").first.map(String.init) ?? "") })
        else { return nil }
        return .suggest(Suggestion(label: .undo, sure: true))
    }

    static let clauseBreak = Pattern(#/\s*[,;.!]+\s*/#, example: ", ")
}
