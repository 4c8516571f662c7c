import Persistence

/// Recognises a request for a new task and lifts its date, priority, tags and recurrence out.
enum AddParser {
    /// A new task from a bare phrase that carries a date, a recurrence or a priority ("water
    /// the plants every week"), or one that cannot be stored ("every 6 months"), which the
    /// engine then refuses with its reason; explicit openings are read by ``explicitBody(of:)``.
    static func parse(_ utterance: Utterance) -> NewTask? {
        let task = draft(from: utterance.core)
        let hasDetails = task.due != nil || task.recurrence != nil || task.priority != nil || task.dueProblem != nil
        return hasDetails && !task.title.isEmpty && !QuestionShape.isQuestion(utterance) ? task : nil
    }

    /// Only a list of things, with no verb before it and nothing asked: "put eggs on my list"
    /// and "what's left on the list" are read elsewhere.
    static let thingsOnTheList = Pattern(#/(?i)^(?!.*\b(?:put|add|stick|pop|chuck|throw|bung|write|jot|what|whats|what'?s|anything|which|left|that|it|this|them|is|are|was|'s)\b)([^,]+,[^,].*?|[^,]+\s(?:and|&)\s.+?)\s+on(?:to)?\s+(?:the|my)\s+(?:to-?do\s+)?list(?:\s+(?:pls|please|plz|thanks|ta))?[.!]*$/#,
                                         example: "eggs, bread and loo roll on the list pls")
    static let onTheList = Pattern(#/(?i)(?:put|add|stick|write|jot|pop|throw|chuck|slap|whack)\s+(?:down\s+)?(.+?)\s+(?:(?:on|to|in|onto)\s+(?:my|the)\s+(?:([\w-]+)\s+)?(?:list|tasks|todos)|(?:on|in)\s+there)(.*)/#,
                                   example: "put milk on my shopping list")
    static let announced = Pattern(#/\s*[:\-–—]\s*(.+)/#, example: ": replace the valve")
    private static let pointers: Set<String> = ["this", "that", "these", "this one", "these things", "the following", "this task"]
    static let openings = [
        Pattern(#/(?i)^(?:add|create|make|new|save|set\s+up|set(?=\s+(?:me\s+)?an?\s)|jot\s+down|put\s+down|(?:chuck|stick|pop|put|bung|throw|whack)\s+in)\s+(?:me\s+)?(?:a\s+|an\s+|the\s+|one\s+)?(?:(?:quick|small|little|wee|short)\s+)?(?:new\s+)?(?:task|todo|to-do|reminder|item|ticket)(?:\s+for\s+me)?(?:\s*[:.,–—]\s*|\s+-\s+|\s+(?:to|for|that\s+says|saying|called|named|titled|entitled|about)\s+|\s+|$)(.*)$/#,
                example: "add a task to call mum"),
        Pattern(#/(?i)^(?:(?:new\s+)?(?:task|todo|to-do|reminder|action(?:\s+item)?|next\s+step)|new\s+(?:one|ticket|job|thing|errand|chore)(?:\s+(?:please|pls))?|feat(?:ure)?(?:\([^)]*\))?)\s*(?::|-|–|[.,](?=\s))\s*(.*)$/#,
                example: "todo - call mum"),
        Pattern(#/(?i)^(?:i(?:'m|\s+am)?\s+)?(?:going\s+to\s+|will\s+|'ll\s+)?(?:need|want|would\s+like|'d\s+like|give\s+(?:me|us)|set\s+(?:me|us))\s+a\s+reminder\s+(?:to|about|for)\s+(.+)$/#,
                example: "going to need a reminder to return the van"),
        Pattern(#/(?i)^(?:make|take|write)\s+(?:a\s+)?note\s+(?:to\s+(?:self\s*:?\s*)?|that\s+i\s+(?:need|have)\s+to\s+)(.+)$/#, example: "make a note to call mum"),
        Pattern(#/(?i)^(?:(?:note|memo|reminder)\s+(?:to|for)\s+(?:self|me|myself)|(?:self|personal)\s+(?:note|reminder))\s*(?:[:\-–—,]\s*|\s+)(.+)$/#,
                example: "note to self - call mum"),
        Pattern(#/(?i)^(?:i\s+|i'?ve\s+|we\s+)?(?:(?:still|really|also|just|definitely|probably|then|urgently|seriously|absolutely|totally)\s+)*(?:need\s+to|have\s+to|must|should(?!\s+(?:like|love)\b)|gotta|got\s+to|ought\s+to|finna)(?:\s*:\s*|\s+)(.+)$/#,
                example: "I still need to call mum"),
        Pattern(#/(?i)^(?:add|put|write|jot|note|pop|stick|chuck|bung|throw|whack|slap)\s+(?:(?:in|on|to|into|onto)\s+(?:(?:my|the)\s+)?(?:to-?do\s+|task\s+)?(?:list|tasks|todos?))(?:\s*[:\-–—,]\s*|\s+)(?!(?:for|of|about|with)\b)(.+)$/#,
                example: "put in list: meeting with Marek"),
        Pattern(#/(?i)^(?:ok(?:ay)?\s+|and\s+|also\s+|oh\s+)*(?:add|put|stick)\s+(?:one\s+more|another(?:\s+one)?|a\s+further\s+one)(?:\s+(?:task|thing|item|todo|one))?(?:\s*[:\-–—,]\s*|\s+)(.+)$/#,
                example: "ok add one more - hoover the stairs"),
        Pattern(#/(?i)^(?:add|adding|jot\s+down|note\s+down|put\s+down|write\s+down|note)(?:\s+(?:please|pls|po))?(?:\s+for\s+me)?(?:\s+(?:to|on|onto)\s+(?:(?:my|the)\s+)?(?:to-?do\s+)?list(?=\s*:))?(?:\s+to\s+remember)?(?:\s+that(?:\s+(?:i|we)\s+(?:must|need\s+to|have\s+to|should))?)?(?:\s+(?:a|an|one)\s+(?:(?:wee|quick|small|little|new|big)\s+)?(?:job|thing|ting|one|errand|chore)(?:\s+(?:for|fi)\s+(?:me|mi))?\s*:)?\s*:?\s+(.+)$/#, example: "add for me: call mum"),
    ]
    /// "I need to not forget the car insurance", "mustn't forget to call the vet", "I should
    /// remember to book the MOT": the wrapper says "keep this", the rest is the task. A
    /// thing rather than an act ("the car insurance") loses its article: "Car insurance".
    static let rememberings = [
        Pattern(#/(?i)^(?:(?:i|we)\s+)?(?:(?:really|still|also|just|definitely|absolutely|seriously|totally)\s+)*(?:(?:need|have|got|want)\s+to\s+|gotta\s+|must\s+|should\s+|ought\s+to\s+|(?:'ll|will)\s+(?:need\s+to\s+|have\s+to\s+)?|better\s+|had\s+better\s+|(?:'d|would)\s+better\s+)?(?:try\s+to\s+)?remember\s+(?:to\s+|about\s+|that\s+i\s+(?:need|have)\s+to\s+)?(.+)$/#,
                example: "I should remember to book the MOT"),
        Pattern(#/(?i)^(?:(?:i|we)\s+)?(?:(?:really|still|also|just|definitely|absolutely|seriously|totally)\s+)*(?:(?:(?:need|have|got|want)\s+to|must|should|ought\s+to|better|had\s+better|(?:'d|would)\s+better|(?:'ll|will)\s+try\s+to|try\s+to)\s+not|mustn'?t|must\s+not|shouldn'?t|should\s+not|can'?t|cannot|can\s+not|don'?t|do\s+not|never|(?:'d|would)\s+(?:better\s+)?not|(?:don'?t|do\s+not)\s+let\s+me|let'?s\s+not|let\s+us\s+not)\s+forget\s+(?:to\s+|about\s+)?(.+)$/#,
                example: "I need to not forget the car insurance"),
    ]

    /// "A reminder to file the invoices should be added for Friday.": the add said in the passive.
    static let passiveAdd = Pattern(#/(?i)^(?:an?\s+)?(?:new\s+)?(?:reminder|task|todo|to-do|item)\s+(?:to|for|about)\s+(.+?)\s+(?:should|must|needs\s+to|has\s+to|can|could)\s+be\s+(?:added|created|made|set\s+up|put\s+in)(?:\s+(?:to|on)\s+(?:my|the)\s+list)?(.*?)\.?$/#,
                                    example: "a reminder to file the invoices should be added for Friday")

    /// "put in replace the boiler valve": "put in" adds only before a verb, so "put in a
    /// claim for the boiler" stays a task of its own.
    static let dayFirst = Pattern(#/(?i)^([\w ]{2,30}?)\s*:\s*(.+)$/#, example: "friday: ring the council")
    static let putIn = Pattern(#/(?i)^(?:put|stick|pop|chuck|bung|whack)\s+(?:in\s+|down\s+(?:to\s+)?)?(.+)$/#, example: "put in fix the gate")

    /// "add a work task to …", "new errands task: …": the word before "task" names a tag.
    static let taggedOpening = Pattern(#/(?i)^(?:add|create|make|new|save|set\s+up|(?:chuck|stick|pop|put|bung)\s+in)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:new\s+)?([a-z0-9_-]+)\s+(?:task|todo|to-do|item|reminder)(?:\s*:\s*|\s+(?:to|for|called|named|titled|about)\s+)(.+)$/#,
                                       example: "add a work task to write the report")
    /// "reckon you could add service the ute", "so would ya mind to add …": a few words of
    /// asking, then "add" and the task. The asking words must not deny it ("don't add"), ask
    /// about it ("what did I add yesterday") or make "add" part of the task ("ask Tom to add me").
    static let lateAdd = Pattern(#/(?i)^(?!.*\b(?:don'?t|do\s+not|didn'?t|never|not|no|what|which|when|where|why|how|who|did|has|had|was|were)\b.*\badd\b)((?:[\w',.!?]+\s+){1,6}?)add\s+(?!to\b|it\b|that\b|them\b|this\b)(.+)$/#,
                                example: "reckon you could add service the ute")
    /// "I would like to add …", "we need to add …": a wish to add, unlike "how to add".
    static let wantTo = Pattern(#/(?i)\b(?:like|want|wanna|need|have|got)\s+to\s+$/#, example: "I would like to ")
    static let addSaidAgain = Pattern(#/(?i)^add\s+(?!to\b|it\b|that\b|on\b|up\b)/#, example: "add buy a whistle")
    /// Words that may stand before "task" without naming a tag.
    private static let notTags: Set<String> = [
        "new", "quick", "small", "little", "wee", "short", "big", "simple", "single", "recurring", "repeating", "daily", "weekly", "monthly",
        "high", "low", "medium", "urgent", "important", "priority", "another", "second", "other", "one", "a", "an", "the", "me",
    ]
    static let bare = Pattern(#/(?i)add|create|new|add\s+(?:one|something|a\s+task|a\s+new\s+one)|new\s+task/#, example: "add")
    /// "stamps, envelopes and tape": a comma list of short items, each its own task.
    /// "3 things: eggs, bread, butter": announced as a list, so commas alone separate it.
    static let countedList = Pattern(#/(?i)(?:the\s+following\s+)?(\d+|two|three|four|five|six|a\s+few|a\s+couple\s+of|some|these|the\s+following)\s+(?:(?:new|more|other|little|quick|small)\s+)?(?:things|items|tasks|todos|to-?dos|jobs|errands)(\s+(?:from|for|after|out\s+of)\s+(?:the\s+|my\s+|today'?s\s+|this\s+)?[\w'-]+(?:\s+[\w'-]+)?(?=\s*:|\s+[-–—]))?(?:\s*[:,]|\s+[-–—]|\s+(?:please|pls)(?:\s+(?:dear|love|mate))?\s*[,:])\s*(.+)/#,
                                     example: "3 things from standup: eggs, bread, butter")
    /// "these for fri - send invoice, file expenses": a list announced without saying of what.
    static let nounlessList = Pattern(#/(?i)^(these|the\s+following)(?=\s+(?:for|from|after)\s+[\w'-]+(?:\s+[\w'-]+)?(?:\s*:|\s+[-–—])|\s*:|\s+[-–—])/#,
                                      example: "these for fri - ")
    /// Where a counted list splits: commas first, then "and" too.
    static let countedSplits = [
        Pattern(#/\s*(?:[,;]\s*(?:and\s+)?)/#, example: ", and "),
        Pattern(#/\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)/#, example: " and "),
    ]
    private static let countWords = ["2": 2, "two": 2, "3": 3, "three": 3, "4": 4, "four": 4, "5": 5, "five": 5, "6": 6, "six": 6]
    /// "2 boxes of ", "20 bags of ": how much of a thing, before its name.
    static let quantity = Pattern(#/^\d+\s+[a-z]+\s+of\s+/#, example: "2 boxes of ")
    /// "milk, eggs, bread": three or more things with commas alone.
    static let commaList = Pattern(#/[^,]+(?:,\s*[^,]+){2,}/#, example: "milk, eggs, bread")
    static let itemList = Pattern(#/(?i)(?:[^,]+,\s*)+[^,]+?,?\s+and\s+[^,]+/#, example: "stamps, envelopes and tape")
    /// "'book flights'": a quoted title is taken as written; only the words around it are read.
    static let quoted = Pattern(#/(?:^|[\s:])(?:'([^']+)'|"([^"]+)")(?=$|[\s,.!?;:)])/#, example: "put 'book flights' on my list")
    /// "add a task to buy milk to my todos": the words naming a task before its title.
    static let taskLead = Pattern(#/(?i)^(?:an?\s+)?(?:new\s+)?(?:task|todo|to-do|reminder|item)\s+(?:to|for|:)\s*/#, example: "a task to buy milk")
    static let definiteArticle = Pattern(#/(?i)^the\s+/#, example: "the car insurance")
    static let itemArticle = Pattern(#/(?i)^(?:the|a|an|some)\s+/#, example: "the dentist")
    /// "order the cake by wednesday, party is on saturday", "…: it's for sam's party": news
    /// after the task says why and is no part of its name (the message keeps it). It is cut
    /// after the priority is read, so "it's urgent" has gone by then.
    static let contextClause = Pattern(#/(?i)\s*[,:;.]\s*(?:(?:(?:the|my|our|his|her|their)\s+)?(?!it\b|this\b|that\b)[a-z']+\s+(?:is|are|was|were)\s+[^,]+|(?:it'?s|its|it\s+is|that'?s|this\s+is)\s+(?:for|because|so|about|my|our|your|his|her|their)\b.*|(?:they|it|he|she|we|i|you)\s+(?:keeps?|kept|always|never)\s+[a-z]+\b.*|(?:the\s+)?(?:timeline|deadline|due\s+date)(?:\s+is)?|(?:(?:or|else|otherwise)\s+)?(?:i'?m|i\s+am|i'?ll|i\s+will|i\s+always|i\s+keep)\s+(?:(?:going|bound|sure|likely)\s+to\s+)?forget(?:ting)?\b.*|(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:going|bound|about|likely|sure)\s+to\s+[a-z]+\b.*|(?:before|so|in\s+case)\s+i\s+(?:forget|don'?t\s+forget)\b.*)$/#,
                                       example: ", party is on saturday")
    /// "(also the car is filthy but that's another problem)": an aside of several words in
    /// brackets is about the task, not its name; "(UK)" or "(2 copies)" stay.
    /// "…, note: they want it in green and gold", "… (nb: side gate)": a note said after the
    /// task is its description, never a second task.
    /// "redesign the menu, note: green and gold", "… with the note 'rubric on Moodle'",
    /// "return library books note: theyre on the kitchen table".
    static let noteTail = Pattern(#/(?i)\s*(?:(?:[,;.–—]\s*|\s+-\s+|\s*\(\s*)(?:notes?|nb|n\.b\.|details?|description|desc|fyi)\s*[:\-–]\s*|\s+(?:note|description|desc)\s*:\s*|,?\s+with\s+(?:the\s+|a\s+)?(?:notes?|description|details?)\s*(?:[:\-–]\s*|(?:saying|that\s+says|reading)\s+|(?=['"]))|,?\s+and\s+(?:put|add|leave|stick|write)\s+(?:a\s+)?(?:note|description)(?:\s+(?:on|to)\s+it)?\s*(?:[:\-–]\s*|\s+(?:saying|that\s+says|reading)\s+(?:that\s+)?))([^()]+?)\)?\s*$/#,
                                  example: "redesign the menu, note: green and gold")
    /// "…every month, first one on the 4th": with the date lifted, the words that said which
    /// occurrence it is.
    static let firstOne = Pattern(#/(?i)\s*[,;]?\s*(?:the\s+)?(?:first|next)\s+(?:one|time)(?:\s+(?:is|being))?\s*$/#, example: ", first one")
    /// "meeting notes needed by half five": with the date lifted, the word that asked for it.
    static let neededBy = Pattern(#/(?i)\s+(?:is\s+|are\s+)?(?:needed|due|wanted|required)\s*$/#, example: "meeting notes needed")
    static let aside = Pattern(#/\s*\((?:[^()\s]+\s+){3,}[^()]*\)/#, example: " (also the car is filthy)")
    /// "book the minibus (for the under 12s away game)": a detail in brackets is the task's note.
    static let bracketDetail = Pattern(#/(?i)\s*\(((?:for|about|re|regarding|with|to|from|ref)\s+[^()]+)\)\s*$/#,
                                       example: " (for the under 12s away game)")
    /// "return the books before the 14th, can u add that": the request to add, said after the task.
    static let addThat = Pattern(#/(?i)^(.+?)\s*[,.;:–—-]?\s+(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:pls\s+|please\s+|just\s+)?(?:add|note|save|jot|put|stick|write|pop|bung|chuck|pencil)\s+(?:that|it|this|them|those|these|both(?:\s+of\s+them)?|all\s+of\s+them|them\s+all)(?:\s+(?:down|for\s+me|(?:in|on|to|into|onto)\s+(?:the|my)\s+(?:to-?do\s+)?list|in|on))*(?:\s+(?:please|pls))?$|^(.+?)\s*[,.;:–—-]\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:pls\s+|please\s+|kindly\s+)?add(?:\s+(?:pls|please))?$/#,
                                 example: "return the books before the 14th, can u add that")
    /// "after i wake up tmrw remind me to …", "every monday, remind me to …": when first, then
    /// the request; a clause about the user's own day ("after i wake up") only says when.
    static let whenThenRemind = Pattern(#/(?i)^(.+?)[\s,:;]+(remind\s+me\b.*)$/#, example: "every monday remind me to pay")
    static let ownDayClause = Pattern(#/(?i)\b(?:after|before|when|once|as\s+soon\s+as)\s+(?:i|we)(?:'ve|'m)?\s+[a-z']+(?:\s+(?:up|home|in|out|back|off|(?:my|our|the)\s+[a-z]+))?/#,
                                      example: "after i wake up")
    static let remindMe = Pattern(#/(?i)remind\s+(?:me|him|her|them|us)(?:\s+(?:to|about|that(?:\s+i\s+(?:need|have)\s+to)?))?(?:\s+(.*))?/#,
                                  example: "remind me to call mum")

    /// "we're out of teabags, milk and cat food, can u add them": what ran out is what to buy.
    static let runOutOf = Pattern(#/(?i)^(?:(?:we'?re|we\s+are|i'?m|i\s+am|we'?ve|i'?ve)\s+(?:(?:run|ran|running)\s+)?(?:out\s+of|low\s+on)|(?:(?:i|we)\s+)?(?:need|want)(?:\s+(?:more|some|new))?)\s+/#, example: "we're out of ")

    /// "todo renew my licence": the word for a task with no colon after it, then what to do.
    static let todoFirst = Pattern(#/(?i)(?:new\s+)?(?:todo|to-do|to\s+do|task|reminder)\s+(.+)/#, example: "todo renew my licence")

    /// The words after the opening that says "add this", or `nil` when there is none.
    static func explicitBody(of text: String) -> String? {
        if let match = text.wholeMatch(of: addThat.regex), let said = match.output.1 ?? match.output.2 {
            let body = String(said).replacing(runOutOf.regex, with: "")
            return explicitBody(of: body) ?? body
        }
        // "eggs, bread and loo roll on the list pls": the things first, then where they go.
        if let match = text.wholeMatch(of: thingsOnTheList.regex) { return String(match.output.1) }
        if let match = text.wholeMatch(of: onTheList.regex) {
            let list = match.output.2.map { $0.lowercased() } ?? "to-do"
            let isTaskList = ["to-do", "todo", "task", "tasks"].contains(list)
            let tag = isTaskList ? "" : " #" + list
            // "stick this on my list: replace the valve": what "this" stands for follows.
            if let after = match.output.3.wholeMatch(of: announced.regex), pointers.contains(match.output.1.lowercased()) {
                return String(after.output.1) + tag
            }
            let item = String(match.output.1).replacing(taskLead.regex, with: "")
            return item + match.output.3 + tag
        }
        if let match = text.wholeMatch(of: taggedOpening.regex) {
            let word = match.output.1.lowercased()
            // "add a daily task: take my vitamins": the word says how it repeats.
            if ["daily", "weekly", "monthly"].contains(word) {
                let body = String(match.output.2)
                return RecurrencePhrase.extract(from: body) == nil ? body + " " + word : body
            }
            if !notTags.contains(word), let tag = TagPhrase.normalise(match.output.1) {
                return String(match.output.2) + " #" + tag
            }
        }
        for opening in rememberings {
            if let match = text.wholeMatch(of: opening.regex) { return String(match.output.1.replacing(definiteArticle.regex, with: "")) }
        }
        for opening in openings {
            // "i need to add buy a whistle": the "add" said inside the wrapper goes too.
            if let match = text.wholeMatch(of: opening.regex) {
                let body = String(match.output.1).replacing(addSaidAgain.regex, with: "")
                // "add remind me to call the vet": the reminder's own words are the task.
                return body.wholeMatch(of: remindMe.regex).map { String($0.output.1 ?? "") } ?? body
            }
        }
        // "todo renew my nursing license by the 15th": the word for a task, then what to do.
        if let match = text.wholeMatch(of: Self.todoFirst.regex), let verb = match.output.1.split(separator: " ").first?.lowercased(),
           EnglishWords.startsATask(verb) {
            return String(match.output.1)
        }
        // "friday: ring the council about the bins": the day first, as a diary line.
        if let match = text.wholeMatch(of: dayFirst.regex), let verb = match.output.2.split(separator: " ").first?.lowercased(),
           EnglishWords.startsATask(verb), let day = DuePhrase.extract(from: "due " + match.output.1), day.rest.isEmpty {
            return match.output.2 + " " + match.output.1
        }
        if let match = text.wholeMatch(of: passiveAdd.regex) {
            return String(match.output.1) + match.output.2
        }
        if let match = text.wholeMatch(of: putIn.regex),
           let verb = match.output.1.split(separator: " ").first?.lowercased(), EnglishWords.startsATask(verb) {
            return String(match.output.1)
        }
        if let match = text.wholeMatch(of: remindMe.regex) {
            return String(match.output.1 ?? "")
        }
        if let match = text.wholeMatch(of: whenThenRemind.regex), let when = onlyWhen(String(match.output.1)),
           let body = explicitBody(of: String(match.output.2)) {
            return body + " " + when
        }
        if let match = text.wholeMatch(of: lateAdd.regex),
           let last = match.output.1.split(separator: " ").last?.lowercased(),
           !["to", "and", "or"].contains(last) || match.output.1.firstMatch(of: wantTo.regex) != nil {
            return explicitBody(of: "add " + match.output.2) ?? String(match.output.2)
        }
        return nil
    }

    /// `lead` without a clause about the user's day, when what is left says only when (a
    /// date, a time, a repeat); otherwise `nil`.
    private static func onlyWhen(_ lead: String) -> String? {
        let when = lead.replacing(ownDayClause.regex, with: "").trimming(" ,")
        var rest = when
        if let found = RecurrencePhrase.extract(from: rest) { rest = found.rest }
        if let found = DuePhrase.extract(from: rest) { rest = found.rest }
        let left = rest.lowercased().split { !$0.isLetter }.filter { !["ok", "so", "and", "then", "also", "oh"].contains($0) }
        return left.isEmpty && !when.isEmpty ? when : nil
    }

    /// The tasks a comma list names, or `nil` when the body is one task: each item must be
    /// one to three words and the list must carry no date, priority or repeat, which could
    /// belong to one item or to all. A list inside quotes is one title the person spelled
    /// out ("add 'buy milk, eggs and bread'").
    static func items(of said: String) -> [NewTask]? {
        guard said.firstMatch(of: noteTail.regex) == nil else { return nil }
        var text = said.replacing(stakes.regex, with: "")
        // "bread, butter & coffee": an ampersand that ends a comma list is its "and".
        if text.contains(","), !text.contains(" and "), let last = text.ranges(of: " & ").last, !text[last.upperBound...].contains(",") {
            text.replaceSubrange(last, with: " and ")
        }
        text = commasForAnds(text).replacing(nounlessList.regex) { "\($0.output.1) things" }
        if let match = text.firstMatch(of: quoted.regex), let title = match.output.1 ?? match.output.2,
           title.contains(",") || title.contains(" and ") {
            return nil
        }
        // "hang the washing; buy batteries": a semicolon parts one task from the next.
        let parts = text.split(separator: ";").map { String($0).trimming(" .") }.filter { !$0.isEmpty }
        if parts.count > 1, parts.allSatisfy({ $0.split(separator: " ").count <= 8 }) {
            let tasks = parts.map(draft(from:))
            if tasks.allSatisfy({ !$0.title.isEmpty && AddDoubt.reason($0.title) == nil }) { return tasks }
        }
        if let errands = errands(text) ?? twoErrands(text) ?? twoThings(text) ?? alsoJoined(text) ?? twoItems(text) ?? lastItemDated(text) {
            return sharingClosingTags(errands, of: text)
        }
        let announced = text.wholeMatch(of: countedList.regex)
        // "these things: …" says there are several without saying how many.
        let uncounted = announced.map { ["these", "the following"].contains($0.output.1.lowercased()) } == true
        // "3 things for the weekend: …": a day said of the whole list is each task's.
        let listDue = announced?.output.2.flatMap { DuePhrase.extract(from: String($0))?.due }
        if let announced, let tasks = countedTasks(String(announced.output.3), count: uncounted ? 0 : countWords[announced.output.1.lowercased()], due: listDue) {
            return tasks
        }
        let counted = announced.map { String($0.output.3) }
        let body = counted ?? text
        guard counted != nil || body.wholeMatch(of: itemList.regex) != nil || body.wholeMatch(of: commaList.regex) != nil
        else { return nil }
        let whole = draft(from: body)
        guard whole.isJustTitled else { return nil }
        let names = TitleCleaner.clean(TagPhrase.extractAll(from: body).rest)
            .split(separator: ",").flatMap { $0.split(separator: " and ") }
            .map { String($0).trimming(" ") }
        // "2 boxes of screws" is as short a name as "screws".
        guard names.count > 1, names.allSatisfy({ (1...3).contains($0.replacing(quantity.regex, with: "").split(separator: " ").count) && !$0.saysSomething })
        else { return nil }
        // "buy milk, eggs and bread": one verb over every thing after it is one errand.
        let lengths = names.map { $0.split(separator: " ").count }
        let firstWord = names[0].split(separator: " ").first.map { String($0).lowercased() } ?? ""
        if lengths.dropFirst().allSatisfy({ $0 == 1 && $0 < lengths[0] }), EnglishWords.startsATask(firstWord) { return nil }
        return names.map { NewTask(title: $0.replacing(itemArticle.regex, with: "").capitalizingFirstLetter(), tags: whole.tags, due: listDue) }
    }

    /// "eggs and bread and coffee": "and" said between every thing, as speech does, is a comma
    /// list's. Only things count, a few words each and none a deed or a pronoun ("call mum
    /// and dad and tell them" is one task).
    private static func commasForAnds(_ text: String) -> String {
        let parts = text.components(separatedBy: " and ")
        guard parts.count >= 3, !text.contains(","), !text.contains("'"), !text.contains("\"") else { return text }
        let words = parts.map { $0.lowercased().split(separator: " ").map(String.init) }
        guard words.allSatisfy({ (1...3).contains($0.count) && !$0.contains { EnglishWords.thingPronouns.contains($0) || linkWords.contains($0) } }),
              words.dropFirst().allSatisfy({ !EnglishWords.startsATask($0[0]) })
        else { return text }
        return parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "")
    }

    static let closingTags = Pattern(#/(?:\s+#[A-Za-z][\w-]*)+\s*$/#, example: " #wedding")

    /// "book caterer friday, order cake dec 5 and send invites next week #wedding": tags that
    /// close a list of tasks are every task's.
    private static func sharingClosingTags(_ tasks: [NewTask], of text: String) -> [NewTask] {
        guard tasks.count > 1, let closing = text.firstMatch(of: closingTags.regex) else { return tasks }
        let tags = closing.output.split(separator: " ").compactMap { TagPhrase.normalise($0) }
        return tasks.map { task in
            var shared = task
            shared.tags += tags.filter { !task.tags.contains($0) }
            return shared
        }
    }

    /// "two things: book the vet for Luna, and renew the car insurance": as many tasks as the
    /// number said, each read with its own date and priority, when the words split into that many.
    /// A `count` of 0 takes as many as there are, at least two.
    private static func countedTasks(_ said: String, count: Int?, due: String?) -> [NewTask]? {
        guard let count else { return nil }
        // "…, both with tag travel": fields said once for every task.
        var body = said
        var shared: NewTask? = due.map { NewTask(title: "", due: $0) }
        if let tail = said.firstMatch(of: sharedFields.regex) {
            let fields = draft(from: "it " + tail.output.1)
            if fields.title.lowercased() == "it", !fields.tags.isEmpty || fields.priority != nil || fields.due != nil {
                body = String(said[..<tail.range.lowerBound])
                shared = fields
                shared?.due = fields.due ?? due
            }
        }
        // Not counted, "and" parts short names ("milk, eggs and bread"), not phrases ("ring the
        // garage and the bank").
        for index in count == 0 ? Array(countedSplits.indices.reversed()) : Array(countedSplits.indices) {
            let parts = body.split(separator: countedSplits[index].regex).map { String($0).trimming(" .") }.filter { !$0.isEmpty }
            let uncounted = count == 0 && parts.count > 1 && (index == 0 || parts.allSatisfy { $0.split(separator: " ").count <= 2 })
            guard parts.count == count || uncounted else { continue }
            return parts.map { part in
                var task = draft(from: part)
                if let shared {
                    task.tags = task.tags.isEmpty ? shared.tags : task.tags
                    task.priority = task.priority ?? shared.priority
                    task.due = task.due ?? shared.due
                }
                return task
            }
        }
        return nil
    }

    /// "…, both with tag travel", "…, all high priority": what every task of a counted list shares.
    static let sharedFields = Pattern(#/(?i)\s*,?\s+(?:both|all(?:\s+of\s+them)?|each)\s+(?:with\s+|are\s+|as\s+|for\s+)?(.+)$/#,
                                      example: ", both with tag travel")

    /// Lifts phrases out in an order where none can eat another's words: "every monday"
    /// before "monday", "tag it urgent" before "urgent". The title is empty when nothing but
    /// those phrases was said.
    /// "get oranges for half time and print the team sheets": two errands, each with a verb of
    /// its own and something to do it to. A pronoun after "and" ("pick up the kids and drop
    /// them at school") or a date, priority or repeat (which could belong to either) keeps it one.
    /// "add wipes and formula": two things to get, a word each, are two tasks; a pair said
    /// as one thing ("salt and pepper"), a name ("Tom and Jerry") or a verb stays one title.
    static let twoThingsPair = Pattern(#/([a-z]{3,})\s+and\s+([a-z]{3,})/#, example: "wipes and formula")
    private static let pairs: Set<String> = [
        "salt and pepper", "bread and butter", "fish and chips", "pen and paper", "nuts and bolts", "pros and cons",
        "mac and cheese", "cheese and onion", "rock and roll", "bits and bobs", "odds and ends", "sweet and sour",
        "gin and tonic", "bed and breakfast", "black and white", "health and safety", "research and development",
        "arts and crafts", "rise and shine", "tea and biscuits", "cheese and crackers", "milk and cookies",
        "strawberries and cream", "bangers and mash", "sausage and mash", "pie and mash", "oil and vinegar",
        "peanut and butter", "knife and fork", "bucket and spade", "dustpan and brush", "needle and thread",
        "shampoo and conditioner", "pots and pans", "mum and dad", "mom and dad", "nan and grandad",
    ]

    private static func twoThings(_ text: String) -> [NewTask]? {
        guard let match = text.wholeMatch(of: twoThingsPair.regex), !pairs.contains(text.lowercased()) else { return nil }
        let things = [String(match.output.1), String(match.output.2)]
        guard !things.contains(where: { EnglishWords.startsATask($0) || EnglishWords.thingPronouns.contains($0) }) else { return nil }
        return things.map { NewTask(title: $0.capitalizingFirstLetter()) }
    }

    /// "napkins and foil trays", "stamps and call the vet": a thing, then another thing or an
    /// errand. The first must be plural ("salt and vinegar crisps" is one thing) or the second
    /// an errand, and neither may lean on the other ("cake for Sam and Ella").
    private static func twoItems(_ text: String) -> [NewTask]? {
        let sides = text.components(separatedBy: " and ")
        guard sides.count == 2, !text.contains(","), !text.contains("#"), !pairs.contains(text.lowercased()) else { return nil }
        let words = sides.map { $0.split(separator: " ").map(String.init) }
        let lower = words.map { $0.map { $0.lowercased() } }
        // "bin bags and lightbulbs": a verb that is also a noun's first word names a thing.
        let namesAThing = lower[0].count == 2 && sides[0].wholeMatch(of: CompoundSplitter.nounVerb.regex) != nil
        guard lower.allSatisfy({ (1...3).contains($0.count) }), let first = lower[0].first, let last = lower[0].last,
              let second = lower[1].first, namesAThing || !EnglishWords.startsATask(first),
              !lower.joined().contains(where: { linkWords.contains($0) }),
              !words[0].dropFirst().contains(where: { $0.first?.isUppercase == true })
        else { return nil }
        let plural = last.count > 3 && last.hasSuffix("s") && !["ss", "us", "is"].contains(where: last.hasSuffix)
        // "blue roll and bleach", "kitchen roll and washing powder": a thing of two words,
        // then another thing; a first thing of one word might be the second's kind ("cheese
        // and onion crisps").
        let twoWordsThenAThing = lower[0].count == 2 && lower[1].count <= 2 && second.count > 3
            && !EnglishWords.startsATask(second)
        guard plural || twoWordsThenAThing || (EnglishWords.errandVerbs.contains(second) && lower[1].count >= 2) else { return nil }
        let tasks = sides.map(draft(from:))
        guard tasks.allSatisfy({ $0.isJustTitled && !$0.title.isEmpty })
        else { return nil }
        return tasks
    }

    /// Words that tie one side of "and" to the other, or make a side a sentence.
    private static let linkWords: Set<String> = [
        "for", "with", "from", "to", "of", "at", "on", "in", "about", "by", "into", "it", "them", "him", "her", "they",
        "is", "are", "was", "were", "be", "i", "we", "you", "not", "no",
    ]

    /// "stamps, bin bags and call the vet on monday": things to get, then an errand with its
    /// own date; the date is the errand's alone.
    private static func lastItemDated(_ text: String) -> [NewTask]? {
        guard text.wholeMatch(of: itemList.regex) != nil, let cut = text.ranges(of: " and ").last else { return nil }
        let things = text[..<cut.lowerBound].split(separator: ",").map { String($0).trimming(" ") }
        let errand = draft(from: String(text[cut.upperBound...]))
        let errandWords = errand.title.lowercased().split(separator: " ").map(String.init)
        guard things.count >= 2, errand.due != nil, !errand.couldSpanAList,
              let verb = errandWords.first, EnglishWords.errandVerbs.contains(verb), errandWords.count >= 2,
              things.allSatisfy({ (1...3).contains($0.split(separator: " ").count) && !$0.saysSomething }),
              let firstWord = things.first?.split(separator: " ").first?.lowercased(), !EnglishWords.startsATask(firstWord)
        else { return nil }
        let drafts = things.map(draft(from:))
        guard drafts.allSatisfy({ $0.isJustTitled && !$0.title.isEmpty }) else { return nil }
        return drafts + [errand]
    }

    /// "pick up the dry cleaning friday, call the bank monday, buy stamps and book a haircut
    /// for the 5th": three or more errands, each with its own verb and perhaps its own date.
    private static func errands(_ text: String) -> [NewTask]? {
        guard text.wholeMatch(of: itemList.regex) != nil || text.wholeMatch(of: commaList.regex) != nil else { return nil }
        let parts = text.split(separator: errandJoint.regex).map { String($0).trimming(" ") }
        guard parts.count >= 3 else { return nil }
        let words = parts.map { $0.lowercased().split(separator: " ").map(String.init) }
        guard words.allSatisfy({ part in
            part.count >= 2 && EnglishWords.startsATask(part[0]) && !part.indices.contains { leansBack(part, at: $0) }
        }) else { return nil }
        let tasks = parts.map(draft(from:))
        guard tasks.allSatisfy({ !$0.title.isEmpty && !$0.couldSpanAList }) else { return nil }
        return tasks
    }

    static let errandJoint = Pattern(#/\s*,\s*(?:and\s+)?|\s+and\s+/#, example: ", and ")

    static let alsoAfterAnd = Pattern(#/(?i)\s+and\s+(?:also|then)\s+/#, example: " and also ")

    /// "nappies and also wet wipes": "also" says the second is a thing of its own.
    private static func alsoJoined(_ text: String) -> [NewTask]? {
        let sides = text.components(separatedBy: " and also ")
        guard sides.count == 2 else { return nil }
        let words = sides.map { $0.lowercased().split(separator: " ").map(String.init) }
        // "book the hairdresser for saturday and also buy printer ink": a verb of its own allows a longer side.
        let longest = words[1].first.map(EnglishWords.startsATask) == true ? 6 : 4
        guard words.allSatisfy({ (1...longest).contains($0.count) }), !words[1].indices.contains(where: { leansBack(words[1], at: $0) })
        else { return nil }
        return sides.map(draft(from:))
    }

    private static func twoErrands(_ text: String) -> [NewTask]? {
        // "order more foils and also order toner": "also" joins as "and" does. Tags that close
        // the message are shared later, so they part nothing here.
        let body = text.replacing(alsoAfterAnd.regex, with: " and ").replacing(closingTags.regex, with: "")
        var sides = body.components(separatedBy: " and ")
        // "defrost the freezer saturday, clean the oven sunday": a comma alone parts two tasks
        // only when each has a day of its own, as one title never holds two, and the second
        // says what to do ("…, the party is on sunday" says why).
        let commaOnly = sides.count == 1
        if commaOnly { sides = body.components(separatedBy: ", ") }
        guard sides.count == 2 else { return nil }
        let words = sides.map { $0.lowercased().split(separator: " ").map(String.init) }
        let tasks = sides.map(draft(from:))
        // "school photo money for Leo friday and nativity costume for Mia next week": things
        // with a day each are two tasks even without a verb.
        let datedEach = tasks.allSatisfy { $0.due != nil && $0.title.split(separator: " ").count >= 2 }
        // "2 tins of magnolia and 1 roller tray": a count before each thing makes two things.
        let countedEach = words.allSatisfy { $0.first.flatMap { Int($0) } != nil }
        guard !commaOnly || (datedEach && EnglishWords.startsATask(words[1].first ?? "")),
              words.allSatisfy({ $0.count >= 2 && (datedEach || countedEach || EnglishWords.errandVerbs.contains($0[0])) }),
              !words[1].indices.contains(where: { leansBack(words[1], at: $0) })
        else { return nil }
        // "collect the glasses on monday and ring the surgery tmrw": a date for each is each one's,
        // as is one said before the "and" ("ring nan on sunday and buy flowers"); a date said
        // last might be both tasks'.
        let datedFirst = tasks[0].due != nil && tasks[1].due == nil
        guard tasks.allSatisfy({ $0.priority == nil && !$0.couldSpanAList && $0.tags.isEmpty }),
              datedFirst || tasks.allSatisfy({ $0.due == nil }) || tasks.allSatisfy({ $0.due != nil })
        else { return nil }
        return tasks
    }

    /// "drop them at school", "ask her": a pronoun pointing into the other errand. "Her" before
    /// a thing ("about her bloods") only says whose it is.
    private static func leansBack(_ words: [String], at index: Int) -> Bool {
        let word = words[index]
        if EnglishWords.thingPronouns.contains(word) || ["him", "they"].contains(word) { return true }
        guard word == "her" else { return false }
        let next = words.indices.contains(index + 1) ? words[index + 1] : ""
        return next.isEmpty || ["about", "to", "for", "at", "on", "in", "with", "if", "when", "that", "back", "up", "round", "over"].contains(next)
    }

    static func draft(from body: String) -> NewTask {
        if let match = body.firstMatch(of: quoted.regex), let title = match.output.1 ?? match.output.2 {
            var task = details(of: body.removing(match.range))
            if task.title.lowercased().split(whereSeparator: \.isWhitespace).allSatisfy({ quoteFraming.contains(String($0)) }) {
                task.title = String(title).trimming(" ").capitalizingFirstLetter()
                return task
            }
        }
        return details(of: body)
    }

    /// "\"front 2.3 bar, rear 2.5 bar\" monthly": a quoted note, and what was said after its
    /// closing quote, which is the task's and not the note's.
    private static func quotedFirst(_ note: String) -> (note: String, after: String) {
        let text = note.trimming(" ")
        guard let open = text.first, open == "\"" || open == "'",
              let close = text.dropFirst().firstIndex(of: open), text.index(after: close) < text.endIndex
        else { return (note, "") }
        return (String(text[text.index(after: text.startIndex)..<close]), " " + text[text.index(after: close)...])
    }

    /// What may stand around a quoted title without being part of it: "add please the task
    /// 'X' until friday", "'X' for month end", "can you stick 'X' on for the 20th".
    private static let quoteFraming: Set<String> = [
        "please", "pls", "the", "a", "an", "new", "task", "todo", "to-do", "reminder", "item", "called", "named", "titled",
        "saying", "says", "that", "for", "by", "until", "till", "on", "due", "to", "me", "with", "of", "as",
        "stick", "put", "pop", "bung", "chuck", "jot", "write", "add", "down", "in", "onto", "my", "list", "there",
        "hey", "can", "could", "you", "u",
    ]

    /// "add buy a new mug, low priority. the old one didn't survive my 5am clumsiness": a
    /// sentence after the request that tells what happened. It names no part of the task,
    /// and a time inside it ("5am") is no due date.
    static let pastRemark = Pattern(#/(?i)[.!]\s+(?:the|my|our|i|we|it|they|he|she|this|that)\b[^.!?]*?\b(?:was|were|didn'?t|wasn'?t|weren'?t|hasn'?t|haven'?t|had|broke|died|went|ran\s+out)\b[^!?]*$/#,
                                   example: ". the old one didn't survive")

    /// "… because the shop shuts early on saturdays": why the task is needed, said after it.
    /// It is cut before any date is read, since a day inside it ("saturdays") is not the task's.
    static let because = Pattern(#/(?i)(?:\s*,\s*|\s+)(?:(?:because|cuz|bc|b\/c)\s+\S|(?:cos|coz|since|'cause)\s+(?:the|my|our|i|we|it|they|he|she|there|you|apparently|obviously)(?:'[a-z]+)?\b).*$/#,
                                 example: " because the shop shuts early")

    /// "…, i'll sort the rest later honestly": the speaker's own plan for the rest, said
    /// after the task. A day in it is the task's only when the plan is the task itself ("i'll
    /// do it tomorrow").
    static let ownPlan = Pattern(#/(?i)\s*[,;]\s*(?:i'?ll|i\s+will|we'?ll|we\s+will|i'?m\s+(?:going\s+to|gonna)|i\s+can)\s+(?:just\s+|probably\s+)?(?:sort|deal|do|handle|figure|work|think|look|worry|check|get\s+to)\b[^,;]*$/#,
                                example: ", i'll sort the rest later honestly")

    /// "…, it's all on the huh", "…, it's her birthday": how things stand, said after the
    /// task. A level, a date or a repeat said so ("it's urgent", "it's for friday") is the task's.
    static let stateRemark = Pattern(#/(?i)\s*,\s*(?:it'?s|it\s+is|they'?re|they\s+are|there'?s|theres|there\s+(?:is|are))\s+(?!(?:(?:very|really|super|quite|pretty|not|a\s+bit|so|proper|dead|pure|real|right|reyt|mega|wicked|nothing|nowt)\s+)*(?:urgent|important|high|low|medium|due|for|a|an|top|asap|no|whenever|every|weekly|daily|monthly|fortnightly|tomorrow|today|tonight|on|by|at|in|before|until|till|pressing|priority|critical|needed|overdue|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)[^,]*$/#,
                                    example: ", it's all on the huh")

    /// "…, i will NOT be late this year", "…, been putting it off for months", "… or we're
    /// eating toast again", "…, before they charge me again", "… - running out of everything
    /// lol": how the speaker feels about the task, or what is at stake, said after it.
    static let stakes = Pattern(#/(?i)(?:\s*[,;]\s*(?:(?:i|we)\s+(?:will|won'?t|am|was|keep|always|never|really|literally|totally|swear|promise|hate)\b|i'?m\s+(?!(?:free|off|back|in|out|at|on|away|around|about|available)\b)|(?:i'?ve\s+|i\s+have\s+)?been\s+[a-z]+ing\b|(?:trying|hoping|meaning|dying)\s+to\b|(?:i\s+)?(?:can'?t|cannot|mustn'?t|musn'?t)\s+(?:forget|miss|be\s+late|mess)\b|before\s+(?:they|i|we|he|she|it|you)\s+[a-z]+)|\s+or\s+(?:else\s+)?(?:we|i|you|they|he|she|it)(?:'re|'ll|'m|\s+(?:will|are|am|get|have))\b|\s*(?:[,;]|\s[-–—])\s+[^,;]*\b(?:lol|lmao|haha+|rofl)[.!]*\s*$|\s[-–—]\s+(?:running|getting|going|run)\s+(?:out|low|short|late)\b).*$/#,
                               example: ", i will NOT be late this year")

    /// "…, work tag, high priority": a tag said as a field of its own, before the word "tag".
    static let tagWordAfter = Pattern(#/(?i),\s*#?([a-z0-9_-]{1,32})\s+(?:tag|label)\s*(?=,|$)/#, example: ", work tag,")

    /// "…, we're out AGAIN", "…, yes ALREADY, don't judge me", "…. learned that the hard way",
    /// "…. sigh.", "… apparently": a grumble after the task that names none of its fields.
    static let grumble = Pattern(#/(?i)(?:\s*,\s*(?:we'?re|we\s+are|we'?ve|i'?ve|apparently|yes|yeah|honestly|seriously|don'?t\s+judge|cba|can'?t\s+be\s+(?:bothered|arsed|asked)|no\s+way|ffs|smh|ugh|sigh|(?:he|she|they)\s+(?:promised|swore|swears|insists|insisted|reckons|says\s+so))\b|[.!]+\s+(?=(?-i:[a-z])\S*\s+\S|I\s|(?:sigh|ugh|lol|smh)\b)|\s+(?:apparently|obviously|i\s+guess)(?=[.!]*$)).*$/#,
                                 example: ", we're out AGAIN")

    /// `text` without a grumble at its end, when the grumble names no field of the task.
    static func withoutGrumble(_ text: String) -> String {
        var rest = text
        for _ in 0..<2 {
            guard let aside = rest.firstMatch(of: grumble.regex) else { break }
            let said = String(aside.output)
            guard !FieldsAlone.namesAField(said), !said.contains("#"), said.firstMatch(of: /(?i)\b(?:tag|label)/) == nil
            else { break }
            rest.removeSubrange(aside.range)
        }
        return rest
    }

    static let doingIt = Pattern(#/(?i)\b(?:do|sort|handle|get\s+to)\s+(?:it|that|this)\b/#, example: "do it")

    /// The phrases of `body` lifted out, and what is left as the title.
    private static func details(of body: String) -> NewTask {
        var rest = withoutGrumble(body.replacing(tagWordAfter.regex) { ", #" + $0.output.1 }.replacing(pastRemark.regex, with: "").replacing(because.regex, with: "").replacing(stateRemark.regex, with: ""))
        if let plan = rest.firstMatch(of: ownPlan.regex) {
            // "call mum, i'll do it tomorrow": the day it will be done is its due date.
            if let day = DuePhrase.extract(from: String(plan.output)) {
                if String(plan.output).firstMatch(of: doingIt.regex) != nil { rest.replaceSubrange(plan.range, with: " " + day.due) }
            } else {
                rest.removeSubrange(plan.range)
            }
        }
        rest = rest.replacing(stakes.regex, with: "")
        var task = NewTask(title: "")
        if let note = rest.firstMatch(of: noteTail.regex) {
            let (said, after) = quotedFirst(String(note.output.1))
            task.description = said.trimming(" '\"")
            rest.replaceSubrange(note.range, with: after)
        } else if let detail = rest.firstMatch(of: bracketDetail.regex) {
            task.description = String(detail.output.1).trimming(" ")
            rest.removeSubrange(detail.range)
        }
        task.dueProblem = RecurrencePhrase.impossibility(in: body)
        if let found = RecurrencePhrase.extract(from: rest) {
            task.recurrence = found.recurrence
            task.due = found.due
            rest = found.rest
        }
        if task.due == nil, let found = DuePhrase.extract(from: rest) {
            task.due = found.due
            task.dueProblem = task.dueProblem ?? found.expression.impossibility
            rest = found.rest
        }
        let tagged = TagPhrase.extractAll(from: rest)
        task.tags = tagged.tags
        rest = tagged.rest
        if let found = PriorityPhrase.extract(from: rest) {
            task.priority = found.priority
            rest = found.rest
        } else if let found = PriorityPhrase.trailingAfterComma(in: rest)
            ?? (levelEndsAfterAPhrase(body) || levelEndsAfterAPhrase(TagPhrase.extractAll(from: body).rest)
                ? PriorityPhrase.trailing(in: rest) : nil) {
            task.priority = found.priority
            rest = found.rest
        }
        if task.due != nil { rest = rest.replacing(firstOne.regex, with: "").replacing(neededBy.regex, with: "") }
        task.title = TitleCleaner.clean(rest.replacing(aside.regex, with: "").replacing(contextClause.regex, with: ""))
        return task
    }

    /// "call mom tomorrow #family high", "pay the bill friday high #home": a bare level word
    /// right after a tag or a date (tags after it aside) is the priority, as the review's `a`
    /// reads it; in "feeling high" or "aim high" it is a title's.
    private static func levelEndsAfterAPhrase(_ body: String) -> Bool {
        var words = body.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count > 2, let last = words.popLast(), Priority(rawValue: last.lowercased()) != nil else { return false }
        if words.last?.hasPrefix("#") == true { return true }
        let before = words.joined(separator: " ")
        guard let due = DuePhrase.extract(from: before) else { return false }
        let kept = due.rest.trimmingCharacters(in: .whitespaces).lowercased()
        return !kept.isEmpty && before.lowercased().hasPrefix(kept)
    }
}

private extension String {
    /// Whether the words make a sentence ("it's broken", "she is back") rather than name a thing.
    var saysSomething: Bool {
        lowercased().split(separator: " ").contains { ["is", "are", "was", "were", "it's", "its", "she's", "he's", "i'm"].contains(String($0)) }
    }
}
