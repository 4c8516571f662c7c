/// "morning! paid the rent last night. how's your day going?": sentences of greeting, thanks
/// or chat around a request, which ask nothing of the list. The request is read without them.
enum ChatAround {
    /// The end of a sentence: a stop, an exclamation or a question mark, and a space.
    static let sentenceEnd = Pattern(#/[.!?]+\s+/#, example: "morning! ")

    /// "…the car wouldn't start, anyway can you add book the car in for monday", "…but on the
    /// plus side I got the passport renewed so tick that off": after the turn comes what the
    /// rambling was for.
    static let pivot = Pattern(#/(?i)[,.!;]?\s+(?:but\s+)?(?:anyways?|on\s+the\s+(?:plus|bright)\s+side|(?:the\s+)?good\s+news(?:\s+is)?|long\s+story\s+short|but(?=\s+(?:add|please|pls|can\s+you|could\s+you)\b)|so\s+here\s+goes|so(?=\s+(?:please\s+|pls\s+|(?:can|could|would|will)\s+you\s+)?(?:remind\s+me|add(?!\s+(?:that|it|this)\b)|put\s+down|note\s+down)\b))[,.!:;]?\s+/#,
                               example: ", anyway ")
    /// "…, anyway I'm off to bed": a turn away from the request, at its end.
    static let signOff = Pattern(#/(?i)[,.!;]\s*(?:but\s+)?anyways?[,.!;]?\s+.*$/#, example: ", anyway I'm off to bed")

    /// "I'm going to the store, what's tagged shopping?", "got bare stuff on, what's still
    /// pending": what the user is about to do or how busy they are, then a question about the
    /// list that it explains.
    static let planThenQuestion = Pattern(#/(?i)^(?:i'?m|i\s+am|we'?re|we\s+are|i'?ll|i\s+will|heading|off|(?:i'?ve\s+)?got\s+(?:bare|loads|lots|so\s+much|a\s+lot|tons|heaps|mad|hella)|(?:so\s+|proper\s+|well\s+|mad\s+)?(?:busy|swamped|slammed|snowed\s+under|rammed))\b[^,?]*,\s+((?:what'?s|what\s+is|what\s+are|what\s+do|what\s+have|anything|show\s+me|is\s+there)\b.*)$/#,
                                          example: "I'm going to the store, what's tagged shopping?")

    /// The question about the list after the plan, or `nil`.
    static func questionAfterPlan(in text: String) -> String? {
        guard let match = text.wholeMatch(of: planThenQuestion.regex) else { return nil }
        let question = String(match.output.1)
        guard case .list? = IntentParser.reading(question).ruled else { return nil }
        return question
    }

    /// "My daughter says I should put things in here.", "Im setting this up for my dad.": a
    /// sentence about the app itself, before what to put in it.
    static let aboutTheApp = Pattern(#/(?i)\b(?:set(?:ting)?\s+(?:this|it)\s+up|put\s+(?:things|stuff|my\s+jobs)\s+(?:in|into|on)\s+(?:here|this|it)|this\s+(?:app|programme|program|gadget|contraption)|(?:says|said|told\s+me)\s+(?:that\s+)?(?:i\s+should|to)\s+(?:use|try|type|write|put\s+(?:things|stuff)))\b/#,
                                     example: "My daughter says I should put things in here")

    /// "ok so my car is making that noise again - add take it to the garage on saturday", "why
    /// do i always forget my meds. add take them every day": a story first, then the add it
    /// led to. The story is no task of its own: "buy milk, add eggs" keeps both.
    static let storyThenAdd = Pattern(#/(?i)^(.+?)(?:[.!?;]+\s+|\s+[-–—]+\s+|\s*,\s+)((?:(?:so|ok|okay|anyway)\s+)?(?:(?:pls|please|plz|can\s+(?:you|u)|could\s+(?:you|u))\s+)?(?:add|remind\s+me|put\s+(?:these|this|those|them)\s+(?:on|in|down))\b(?!\s+(?:it|that|this|them|these|those|(?:a|an|the)\s+(?:[\w-]+\s+)?(?:note|tag|label|description|comment|details?)\b)\b)\s+\S.*)$/#,
                                      example: "ugh the car again - add book the garage")
    static let leansOnTheStory = Pattern(#/(?i)\b(?:before|after|beforehand|afterwards|then|that\s+day|the\s+day\s+before)$/#, example: "a few days before")
    private static let storyStarts: Set<String> = ["add", "put", "remind", "new", "todo", "also", "and", "plus", "then"]

    /// The add after a story, or `nil`.
    static func afterStory(in text: String) -> String? {
        guard let match = text.wholeMatch(of: storyThenAdd.regex) else { return nil }
        let story = Utterance(String(match.output.1))
        let words = story.key.split { !$0.isLetter && $0 != "'" }.map(String.init)
        guard words.count >= 3, let first = words.first, !EnglishWords.startsATask(first), !storyStarts.contains(first),
              AddParser.explicitBody(of: story.core) == nil
        else { return nil }
        switch IntentParser.reading(story.core).ruled {
        case nil, .add?, .remind?, .unknown?, .offTopic?, .suggest?, .greeting?, .thanks?, .acknowledgement?: break
        default: return nil
        }
        let request = String(match.output.2)
        // "dad's party is on the 12th, remind me to get a card a few days before": the add
        // leans on the story's day, which no title can hold.
        guard request.firstMatch(of: leansOnTheStory.regex) == nil else { return nil }
        switch IntentParser.reading(request).ruled {
        // "the flights one, add #xmas #family": an add with nothing to call the task gives the
        // story's task its tags.
        case .add(let task)? where task.title.isEmpty: return nil
        case .add?, .addMany?: return request
        default: return nil
        }
    }

    /// What follows a turn in the rambling when it is a request the rules read (without a
    /// sign-off after it), or `nil`.
    static func afterPivot(in text: String) -> String? {
        for match in text.matches(of: pivot.regex) where match.range.lowerBound > text.startIndex {
            let rest = String(text[match.range.upperBound...])
            let signedOff = rest.replacing(signOff.regex, with: "")
            for said in signedOff == rest ? [rest] : [signedOff, rest] where !said.isEmpty {
                switch IntentParser.reading(said).ruled {
                case .add?, .addMany?, .change?, .list?, .sequence?, .remind?: return said
                default: continue
                }
            }
        }
        return nil
    }

    static let retraction = Pattern(#/(?i)(?:(?:oh|um+|uh+|actually|sorry)\s*,?\s+)?(?:wait\s*,?\s*no|no\s*,?\s*wait|scratch\s+that|forget\s+(?:that|it)|never\s*mind|no\s*,?\s*no|actually\s*,?\s*no|sorry\s*,?\s*no)[\s,.!]*/#,
                                    example: "oh wait no")

    /// The message without its sentences of chat, or `nil` when it has none, or nothing else.
    /// `leniently` counts every sentence no rule reads as chat: "hope you're well", but also
    /// news such as "the dentist retired", so it is for messages nothing read whole.
    static func request(in text: String, leniently: Bool) -> String? {
        var sentences: [String] = []
        var start = text.startIndex
        for end in text.matches(of: sentenceEnd.regex) {
            sentences.append(String(text[start..<end.range.lowerBound]))
            start = end.range.upperBound
        }
        sentences.append(String(text[start...]))
        guard sentences.count > 1 else { return nil }
        // "delete task 3. oh wait no. delete task 8": a retraction takes back what came before it.
        if let taken = sentences.lastIndex(where: { $0.trimming(" ").wholeMatch(of: retraction.regex) != nil }), taken < sentences.count - 1 {
            return sentences[(taken + 1)...].joined(separator: ". ")
        }
        let readings = sentences.map { IntentParser.reading($0) }
        let chat = sentences.indices.map { isChat(readings[$0], leniently: leniently) || sentences[$0].firstMatch(of: aboutTheApp.regex) != nil }
        // "what's the forecast for saturday? need to know if i can cut the hay": what
        // follows a question off the list is about that question.
        if let question = sentences.indices.first(where: { readings[$0].ruled == nil && QuestionShape.isQuestion(Utterance(sentences[$0])) }),
           chat.indices.contains(where: { $0 > question && !chat[$0] }) {
            return nil
        }
        let kept = sentences.indices.filter { !chat[$0] }.map { sentences[$0] }
        guard !kept.isEmpty, kept.count < sentences.count else { return nil }
        return kept.joined(separator: ". ")
    }

    private static func isChat(_ read: (intent: Intent, ruled: Intent?), leniently: Bool) -> Bool {
        switch read.intent {
        case .greeting, .thanks, .acknowledgement: true
        default: leniently && read.ruled == nil
        }
    }
}
