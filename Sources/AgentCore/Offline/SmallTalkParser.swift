/// Recognises the messages that are about the conversation rather than a task.
enum SmallTalkParser {
    static func parse(_ utterance: Utterance) -> Intent? {
        let key = utterance.key
        if key.wholeMatch(of: #/(?:help|\?|commands|usage|help\s+me|show\s+help|what\s+(?:can|do)\s+you\s+do|what\s+are\s+you|who\s+are\s+you|how\s+(?:does\s+this|do\s+you|do\s+i\s+use\s+(?:this|you|it))(?:\s+work)?|what\s+can\s+i\s+(?:say|ask|do)|how\s+do\s+i\s+start)/#) != nil {
            return .help
        }
        if key.wholeMatch(of: #/(?:hi|hello|hey|hiya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening)|how\s+are\s+you(?:\s+doing)?|what'?s\s+up|sup)(?:\s+(?:there|all|everyone|friend|bot|chattui))?/#) != nil {
            return .greeting
        }
        if key.wholeMatch(of: #/(?:thanks|thank\s+you|thx|ty|cheers|many\s+thanks)(?:\s+(?:so\s+much|a\s+lot|very\s+much))?/#) != nil {
            return .thanks
        }
        if key.wholeMatch(of: #/ok|okay|k|cool|great|nice|perfect|got\s+it|alright|all\s+right|sure|fine|good|awesome|yes|yep|no|nope/#) != nil {
            return .acknowledgement
        }
        if key.wholeMatch(of: #/(?:undo|revert|take\s+(?:that|it)\s+back)(?:\s+(?:that|it|this|the\s+last\s+(?:one|change|thing)))?/#) != nil {
            return .undo
        }
        return nil
    }
}
