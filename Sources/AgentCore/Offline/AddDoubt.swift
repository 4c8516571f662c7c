/// Signs that an add misread the request: a title that is only a pronoun, that still holds a
/// command aimed at a task, or that keeps a date or priority word no phrase took.
///
/// Writing such a task is worse than asking: "remind me about it tomorrow" would add "It",
/// and "delete task 4 now" would add a task named after the command.
enum AddDoubt {
    private static let pronouns: Set<String> = [
        "it", "that", "this", "them", "about it", "about that", "those", "these", "it's", "that's", "its", "thats", "this is", "it is", "that is",
        "one", "a new one", "another one", "a different one", "another",
    ]
    /// "is fine", "was great": what is left of a remark about a date, with no task in it.
    static let verbFirst = Pattern(#/(?:is|are|was|were|am|be)\b/#, example: "is fine")
    static let command = Pattern(#/^the\s+task\s+"|^make\s+(?:it|that|this)\s+(?!to\b|work\b|happen\b)|^make\s+(?:the|my)\s+[\w' -]+,\s|^(?:the|a|an)\s+[\w-]+\s+(?:tag|label)$|^make\s+(?:.*\bthe\s+[\w'-]+\s+one\b|.*\bboth\b|.*\bdue\b).*$|^(?:delete|remove|complete|mark|tick|cross|rename|reschedule|postpone|snooze|undo|show|list|set|move|push|change|update|edit|finish|put|bring|tag|label|cancel|drop|bump|prioriti[sz]e)\b(?:\s+the\s+[\w'-]+\s+one\b.*|\s+(?:it|that|them|this|everything|both|anything)\b.*|\s+all(?:\s+(?:of\s+)?(?:them|the\s+tasks|my\s+tasks|tasks)\b.*)?$|.*\btasks?\b.*|\s+#?\d+\b.*|.*(?:\b(?:item|number|no\.?)\s*|#)\d+\b.*)$/#,
                                 example: "delete task 4")
    /// "set the plants to every 3 days" with the repeat lifted: an edit whose new value was
    /// taken out, leaving "set the plants to".
    static let emptiedEdit = Pattern(#/^(?:set|change|switch|update|make|move|turn|reset|lower|raise|drop|bump|push|knock|prioriti[sz]e|deprioriti[sz]e)\b.*\b(?:to|as|into)$/#, example: "set the plants to")
    /// "…, move it to next week": a command aimed at a task named before, inside the title.
    static let embeddedCommand = Pattern(#/\b(?:move|put|push|delete|remove|complete|mark|change|set|cancel|reschedule|postpone|finish|tick|rename|drop)\s+(?:it|that|them|this)\b|[,;]\s*(?:(?:can|could)\s+you\s+|please\s+|pls\s+)?remind\s+me\b|\b(?:you|u)\s+(?:can|could|may)\s+(?:tick|mark|cross|delete|remove|bin|scrap)\b|\badd\s+(?:a\s+|the\s+)?(?:new\s+)?(?:task|reminder)\b/#, example: "i can't make it, move it to next week")
    /// "eggs and make the rent high priority": a second request, aimed at a task, after the title.
    static let secondRequest = Pattern(#/(?:,|\band|\bthen|\balso)\s+(?:show|list|display)\s+(?:me\s+)?(?:my|the|all|everything)\b|(?:,|\band|\bthen|\balso)\s+(?:make|mark|delete|remove|move|complete|finish|set|change|rename|tag|label|push|postpone|cancel|tick|reschedule|bump|prioriti[sz]e|drop|update|edit)\s+(?:off\s+|up\s+)?(?:the|my|task|item|number|no\.?|#?\d)\b/#,
                                       example: "eggs and make the rent high priority")
    /// "I'm not going to the garage today": what the user will not do is news, not a task.
    static let negatedStatement = Pattern(#/^(?:(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+(?:not|won'?t|will\s+not|don'?t|do\s+not|can'?t|cannot|aren'?t|didn'?t|did\s+not)|(?:don'?t|dont|do\s+not|never)\s+(?:bother|worry|do|need|have))\b/#,
                                          example: "i'm not going to the garage")
    /// "email sarah will have to wait", "the garage can wait till friday tbh", "the report got
    /// pushed to the 10th": news that a task waits, not a new task.
    static let postponed = Pattern(#/\b(?:can|could|will\s+have\s+to|'ll\s+have\s+to|has\s+to|have\s+to|must|should)\s+wait\b|\bwait\s+(?:till|until|til|'til|for)\b|\b(?:isn'?t|is\s+not)\s+(?:urgent|pressing)\b|\b(?:got|been|was|were)\s+(?:pushed|moved|postponed|bumped|delayed|rescheduled)\s+(?:back|to|till|until|for)\b/#,
                                   example: "email sarah will have to wait")
    /// "the passport is now, need it for the trip" once "high prio" is lifted: news of a
    /// task's new state, not a task.
    static let isNow = Pattern(#/\b(?:is|are|'s)\s+now(?:\s*[,.;]|$)/#, example: "the passport is now")
    /// "eventually i call the dentist today, not sure yet": a plan not yet made is no task.
    static let undecided = Pattern(#/\bnot\s+(?:sure|certain|decided)(?:\s+yet)?\s*$|^(?:maybe|perhaps|possibly|eventually)\s+(?:i|we)\s/#,
                                   example: "i call the dentist, not sure yet")
    /// "Pay the aircon guy or", "Email sarah to", "Take the off the oat milk": a title that
    /// stops mid-phrase, or has a gap where a word was lifted, is what was left of a request
    /// the engine did not follow.
    /// "Flights - make", "For fix the bike put": a title that ends on a verb of change after a
    /// pause was a change whose task came first; "quote for their move" is a task.
    /// "ring the bank tomorrow. and the dentist's sorted", "sprint retro, and delete the notes":
    /// a second sentence or a second command carried into the title.
    static let secondSentence = Pattern(#/[.!?]\s+(?:and|also|then|oh|plus)\b|,\s*(?:and\s+)?(?:delete|remove|complete|tick\s+off|cross\s+off|mark)\s+\w|\band\s+put\s+(?:the|my|it)\b/#,
                                        example: "ring the bank. and the dentist's sorted")
    static let commandAtEnd = Pattern(#/\s[-–—:,]\s*(?:make|put|move|push|change|set|shift|delete|remove|postpone|reschedule)$|^for\s+.+\s+(?:make|put|set|give)$/#,
                                      example: "flights - make")
    static let danglingEnd = Pattern(#/\b(?:or|and|to|of|with|from|but|so|than|at|be|not|oh|until|into|onto)$|\b(?:and|then)\s+(?:tick|mark|delete|remove|complete|finish|cross|move|bin|scrap)$|\bw\/$|[,:;]\s*[,:;]|\b(?:to|until|till)\s*[,;]|\b(?:to|until|till|by)\s+(?:and|or)\b|\b(?:the|a|an)\s+(?:off|from|of|to|for|with|into|onto|on|in|at)\s+(?:the|a|an|my|our)\b/#,
                                     example: "pay the aircon guy or")
    static let unreadWord = Pattern(#/\b(?:tomorrow|tonight|today|priority|urgent|asap|every)\b/#, example: "every blue moon")
    /// A day number the date grammar did not take ("on the 45th", "32 March"), or a date in
    /// figures ("4/12", which is 4 December in Britain and 12 April in America): a date that
    /// cannot exist or cannot be told, which would otherwise stay in the title.
    /// "ugh 3 sectors today and a 5am report, my feet are dead", "thank you so much, you've
    /// been amazing this week": a day told as a sigh or thanks, not a task to add, when no
    /// verb asks for one.
    static let venting = Pattern(#/(?i)^(?:ugh|sigh|argh|urgh|fml)\b|^(?:i|we)\s+(?:hate|loathe|can'?t\s+stand)\s+(?:everything|everyone|this|it|that|my|mondays?|today|work|life)\b|\bmy\s+[a-z]+\s+(?:is|are)\s+(?:dead|killing\s+me|aching|sore|throbbing)\b|\bi'?m\s+(?:so\s+|absolutely\s+)?(?:tired|exhausted|knackered|shattered|wrecked|dead\s+on\s+my\s+feet)\b|\bthank\s+you\b|\byou'?ve\s+been\b|\byou'?re\s+(?:amazing|brilliant|great|a\s+star|the\s+best|a\s+lifesaver)\b/#,
                                 example: "ugh my feet are dead")
    static let unreadDate = Pattern(#/\b(?:for|at|by|from)\s+\d{1,2}[.:]\d{2}\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b(?:on|by|due|for|the)\s+(?:the\s+)?\d{1,4}(?:st|nd|rd|th)\b|\b\d{1,4}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,4}(?:st|nd|rd|th)?\b|\b(?:in|after)\s+(?:\d+|an?|one|two|three|a\s+few|a\s+couple\s+of)\s+(?:hours?|hrs?|minutes?|mins?|seconds?|days?|weeks?|months?|years?)\b/#, example: "call joe on 32 march")

    /// "its ever so cold out isnt it": a remark about the day that asks to be agreed with.
    static let remark = Pattern(#/\b(?:isn'?t|isnt|aren'?t|arent|wasn'?t|wasnt|ain'?t)\s+(?:it|they|there|we|you)$|\binnit$|^(?:it'?s|its|it\s+is)\s+(?:ever\s+so|so|really|very|a\s+bit|bloody|proper|freezing|boiling|pouring|raining|snowing|lovely|miserable)\b/#,
                                example: "its ever so cold out isnt it")
    /// "put the dentist call" once "at half past four" is lifted: putting a task at a time
    /// moves it; a thing to put somewhere says where ("put the bins out").
    static let placeless = Pattern(#/^put\s+(?:the|my|our)\s+(?:(?!(?:out|away|up|down|back|in|on|off|aside|together|forward|through|into|onto|over|by|for|to|under|in)\b)[\w'-]+\s*){1,3}$/#,
                                   example: "put the dentist call")

    /// "rent due dec 2 this time": a one-off change to something already on the list.
    static let habit = Pattern(#/^(?:i|we)\s+(?:(?:always|usually|normally|often|generally)\s+)?([a-z]+)\s/#, example: "i email sarah")
    static let thisTime = Pattern(#/\b(?:this\s+time|this\s+once|for\s+once|this\s+month|this\s+week)$/#, example: "rent this time")

    /// "Task 4", "#2": a task on the list named by its number, never a new task's title.
    static let reference = Pattern(#/^(?:the\s+)?(?:task|item|todo|number|no\.?|#)\s*#?\d+$/#, example: "task 4")

    static func reason(_ title: String) -> String? {
        let key = title.lowercased().trimming(" \"'.,!?")
        if key.wholeMatch(of: reference.regex) != nil {
            return "“\(title)” names a task you already have; to change it, say “make task 4 high priority”"
        }
        if pronouns.contains(key) || key.prefixMatch(of: verbFirst.regex) != nil {
            return "“\(title)” doesn't say what the task is"
        }
        if key.firstMatch(of: command.regex) != nil || key.firstMatch(of: embeddedCommand.regex) != nil || key.firstMatch(of: commandAtEnd.regex) != nil
            || key.firstMatch(of: secondSentence.regex) != nil
            || key.wholeMatch(of: emptiedEdit.regex) != nil || key.firstMatch(of: secondRequest.regex) != nil {
            return "“\(title)” reads like a command for an existing task, not a new one"
        }
        if key.firstMatch(of: remark.regex) != nil {
            return "“\(title)” reads like a remark, not a task"
        }
        // "I email Sarah every Monday": what the user already does, said of themselves.
        if let match = key.prefixMatch(of: habit.regex), EnglishWords.startsATask(String(match.output.1)) {
            return "“\(title)” reads like something you already do; to make a task repeat, say “make email sarah weekly”"
        }
        if key.firstMatch(of: thisTime.regex) != nil, key.split(separator: " ").count <= 4 {
            return "“\(title)” reads like a change to a task you already have, not a new one"
        }
        if key.wholeMatch(of: placeless.regex) != nil {
            return "“\(title)” doesn't say where to put it; to move a task, say “move the dentist to friday”"
        }
        if key.firstMatch(of: isNow.regex) != nil {
            return "“\(title)” reads like news about a task you already have, not a new one"
        }
        if key.firstMatch(of: postponed.regex) != nil {
            return "“\(title)” reads like news that a task can wait, not a new task"
        }
        if key.firstMatch(of: undecided.regex) != nil {
            return "“\(title)” sounds like a plan you haven't made yet"
        }
        if key.firstMatch(of: negatedStatement.regex) != nil {
            return "“\(title)” reads like news about something you won't do, not a task to add"
        }
        if key.prefixMatch(of: AddParser.countedList.regex) != nil {
            return "“\(title)” reads like a list I couldn't split: name each task, separated by commas"
        }
        if key.firstMatch(of: danglingEnd.regex) != nil || opensAQuote(title) {
            return "“\(title)” stops in the middle, so I may have misread it"
        }
        if let date = key.firstMatch(of: unreadDate.regex) {
            if let readings = Self.twoReadings(of: String(date.output)) {
                return "“\(date.output)” could be \(readings.0) or \(readings.1), so I didn't guess: say the month by name"
            }
            return "I couldn't read “\(date.output)” in “\(title)” as a date"
        }
        if let word = key.firstMatch(of: unreadWord.regex) {
            return "I couldn't read “\(word.output)” in “\(title)” as a date, a priority or a repeat"
        }
        return nil
    }

    /// "Stick 'renew car insurance": a quote opened and never closed is what is left of a
    /// quoted title the request was built around.
    private static func opensAQuote(_ key: String) -> Bool {
        guard let opening = key.firstMatch(of: quoteOpening.regex) else { return false }
        return key[opening.range.upperBound...].firstMatch(of: quoteClosing.regex) == nil
    }

    static let quoteOpening = Pattern(#/(?:^|\s)['"‘“](?=\w)/#, example: "stick 'renew")
    static let quoteClosing = Pattern(#/\w[.!?]?['"’”](?=$|[\s,.!?;:)])/#, example: "insurance'")

    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                 "October", "November", "December"]

    /// "4/12": 4 December read day first, 12 April read month first.
    static func twoReadings(of digits: String) -> (String, String)? {
        let parts = digits.split(separator: "/").prefix(2).compactMap { Int($0) }
        guard parts.count == 2, parts[0] != parts[1], parts.allSatisfy({ (1...12).contains($0) }) else { return nil }
        return ("\(parts[0]) \(months[parts[1] - 1])", "\(parts[1]) \(months[parts[0] - 1])")
    }
}
