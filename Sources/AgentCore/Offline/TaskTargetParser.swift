import Persistence

/// Reads how a user names an existing task: "task 3", "#3", "3", "the groceries one".
enum TaskTargetParser {
    /// Words that point at no task by themselves; "what is due friday" is a question, not an edit.
    private static let vague: Set<String> = [
        "what", "what's", "whats", "which", "anything", "everything", "something", "nothing",
        "all", "everything else", "ones", "thing", "not", "not done", "done", "undone", "unfinished",
    ]

    /// Words that point back at a task named earlier; with nothing before them, the engine asks.
    /// "The new one" is the task just added, which is the one named last.
    private static let pronouns: Set<String> = [
        "it", "that", "this", "them", "these", "those", "this one", "that one", "it all",
        "the new one", "that new one", "this new one", "the new task", "that new task", "the one i just added",
        "the one you just added", "the one i just made", "the one you just made", "the task i just added",
        "the date", "its date",
    ]
    static let numericID = Pattern(#/(?i)(?:(?:the\s+)?(?:task|(?:action\s+)?item|todo|to-do|number|(?:no|nr)\.?)\s*)?(?:(?:number|(?:no|nr)\.?)\s*)?#?\s*(\d{1,9})/#, example: "the task number 7")
    static let idList = Pattern(#/(?i)(?:(?:tasks?|items?|numbers?|nos?\.?)\s*)?(?:number\s+)?#?\d{1,9}(?:\s*(?:,|and|&|,\s*and)(?:\s+(?:then|also))?\s*(?:(?:tasks?|items?|numbers?|nos?\.?)\s*)?(?:number\s+)?#?\d{1,9})+/#,
                                example: "tasks 3, 4 and then task number 5")
    /// "task number one and then task number six": ids said in words, read as digits so a list of them reads as ids do.
    static let spelledAfterNoun = Pattern(#/(?i)\b((?:task|item|number|(?:no|nr)\.?)\s+)(?!(?:number|no|nr)\b)([a-z]+(?:-[a-z]+)?)\b/#, example: "task number six")
    static let digits = Pattern(#/\d{1,9}/#, example: "12")
    static let article = Pattern(#/^(?:the|my|a|an|that|this|its)(?:\s+|$)/#, example: "the ")
    static let taskNoun = Pattern(#/^(?:task|todo|to-do|item|one|entry|reminder|ticket)\s+(?:called|named|titled|about|regarding|concerning|that\s+says|saying|for|to|of)?\s*/#, example: "task called ")
    static let naming = Pattern(#/^(?:called|named|titled|about|regarding|concerning|that\s+says|saying)\s+/#, example: "called ")
    static let fromList = Pattern(#/\s+(?:(?:from|off|on|in)\s+(?:my|the)\s+(?:to-?do\s+)?(?:list|tasks|todos)|(?:on|in|off)\s+there)$/#, example: " from my list")
    static let trailingNoun = Pattern(#/\s*(?:task|todo|to-do|item|one|entry|reminder|thing|ticket)s?$/#, example: " task")
    static let offOut = Pattern(#/\s+(?:off|out)$/#, example: " off")
    /// "that, found the old one", "it up": a pronoun with a remark after a pause, or with the
    /// particle of a phrasal verb ("picked it up"), is the pronoun alone.
    static let pronounAside = Pattern(#/(?:it|that|this|them|em)(?:\s+one)?(?:\s*[,;]\s+[a-z].*|\s+(?:up|in|back|over|round|around|down|through))/#,
                                      example: "that, found the old one")
    static let spelled = Pattern(#/(?:the\s+)?(?:(?:task|item|todo|to-do)\s+)?(?:number\s+|no\.?\s*)?([a-z]+(?:[\s-][a-z]+)?)/#, example: "item number six")
    static let idNoun = Pattern(#/\b(?:task|item|todo|to-do|number|no)\b/#, example: "item number six")
    static let everything = Pattern(#/(?:all|everything|(?:them|em|those|these)\s+all|the\s+lot(?:\s+of\s+them)?|both(?:\s+of\s+(?:them|these|those))?|every\s+(?:single\s+)?(?:task|todo|to-do|item|one)|all\s+(?:of\s+)?(?:my|the|them|these|those)?\s*(?:tasks|todos|to-dos|items|things|list)?|(?:my|the)\s+(?:whole|entire)\s+(?:to-?do\s+)?list)/#, example: "all of my tasks")
    static let listSeparator = Pattern(#/\s*,\s*(?:and\s+)?(?:also\s+)?|\s+and\s+(?:also\s+)?|\s*&\s*/#, example: ", and also ")
    static let ordinal = Pattern(#/(?:the\s+)?([a-z0-9]+(?:[\s-][a-z]+)?)\s+(?:task|item|todo|to-do|one)/#, example: "fifth task")


    /// "the rent due date", "task 7's deadline", "the date on the passport": the field an edit
    /// sets is named beside the task, and is not part of its name.
    static let fieldAfter = Pattern(#/(?i)(?:'s|s')?\s+(?:due\s+date|deadline|due|priority|title)$|'s\s+(?:date|name)$/#, example: "task 7's deadline")
    /// "the flights for me and mam": who the task is for, not a second task.
    static let forCompany = Pattern(#/(?i)\s+(?:for|with)\s+(?:me|us|him|her)\s+(?:and|&|n)\s+(?:my\s+|the\s+|our\s+)?[a-z]+$/#, example: " for me and mam")
    /// "remove task 7 not needed": a reason said after the task without a pause.
    static let trailingReason = Pattern(#/(?i)\s+(?:not\s+needed|no\s+longer\s+needed|not\s+necessary|(?:it'?s\s+)?done\s+already|already|any\s?more|(?:it'?s|its|it\s+is|they'?re|theyre)\s+(?:dead|gone|broken|sold|done|over|sorted|finished|cancell?ed)(?:\s+(?:anyway|now|already))?)$/#,
                                        example: " not needed")
    /// "the dentist and email sarah both", "4, and 6 as well": the count said after the names.
    static let bothOfThem = Pattern(#/(?i)\s+(?:both|all\s+of\s+them|the\s+two\s+of\s+them|too|as\s+well)$/#, example: " both")
    static let fieldBefore = Pattern(#/(?i)^(?:the\s+)?(?:due\s+date|deadline|date|priority|title|name)\s+(?:of|on|for)\s+/#, example: "the date on ")

    /// "tick off the 2nd": a place on the list, in figures.
    /// "flights put also tag family": the verb that joined a named task to its new field.
    static let leftoverVerb = Pattern(#/(?i)\s*[-–—:,]?\s+(?:put|make|set|give|add)(?:\s+(?:also|too|it|as))?$/#, example: "rent - put also")
    static let secondRequest = Pattern(#/(?i)[!?]\s+\S|\.\s+(?:then|and|also|oh|plus)\b|\b(?:and|then)\s+(?:add|delete|remove|change|mark|tick|move|push|put|make|set|rename)\s/#,
                                       example: "8. then change the bike")
    static let placeInWords = Pattern(#/the\s+([a-z]+)/#, example: "the first")
    static let placeInFigures = Pattern(#/the\s+(\d{1,2})(?:st|nd|rd|th)/#, example: "the 2nd")

    /// The target, or `nil` when nothing but filler words is left ("complete the task").
    static func parse(_ phrase: some StringProtocol) -> TaskTarget? {
        parse(phrase, selecting: true)
    }

    /// One of several names ("the bike and the passport ones") is never a selection.
    private static func parse(_ phrase: some StringProtocol, selecting: Bool) -> TaskTarget? {
        // "8. then change the bike to high", "the 2nd one and add 'find a new dentist'": a second
        // request read into the name; no task is named so.
        guard String(phrase).firstMatch(of: Self.secondRequest.regex) == nil else { return nil }
        let named = String(phrase).collapsingSpaces().replacing(fieldBefore.regex, with: "").replacing(fieldAfter.regex, with: "")
            .replacing(bothOfThem.regex, with: "")
            .replacing(trailingReason.regex, with: "")
            .replacing(leftoverVerb.regex, with: "")
            .replacing(forCompany.regex, with: "")
        let text = named.isEmpty ? String(phrase).collapsingSpaces() : named
        if let id = spelledID(text.lowercased()) { return .id(id) }
        if let ids = spelledIDs(text.lowercased()) { return .ids(ids) }
        if let match = text.lowercased().replacing(Self.fromList.regex, with: "").wholeMatch(of: Self.ordinal.regex) {
            if let place = NumberWords.ordinal(match.output.1) ?? (match.output.1 == "top" ? 1 : nil) { return .position(place) }
            if ["last", "bottom", "final"].contains(match.output.1) { return .lastListed }
        }
        if let places = places(text.lowercased()) { return .positions(places) }
        if let match = text.lowercased().wholeMatch(of: Self.placeInFigures.regex), let place = Int(match.output.1) { return .position(place) }
        // "delete the first", "the last": a place in the list shown, its noun left out.
        if let match = text.lowercased().wholeMatch(of: Self.placeInWords.regex) {
            if let place = NumberWords.ordinal(match.output.1), place <= 10 { return .position(place) }
            if match.output.1 == "last" { return .lastListed }
        }
        if let day = dueDay(text.lowercased()) { return .dueOn(day) }
        if let match = text.lowercased().wholeMatch(of: Self.numberSaid.regex), let number = Int(match.output.1) { return .numbered(number) }
        if let match = text.lowercased().wholeMatch(of: Self.priorityNamed.regex), let priority = PriorityPhrase.named(in: String(match.output.1)) {
            return .ofPriority(priority)
        }
        if let match = text.wholeMatch(of: Self.numericID.regex),
           let id = Int(match.output.1) {
            return .id(id)
        }
        let digitsSaid = text.replacing(Self.spelledAfterNoun.regex) { match in
            match.output.1 + (NumberWords.cardinal(match.output.2).map(String.init) ?? String(match.output.2))
        }
        if digitsSaid.wholeMatch(of: Self.idList.regex) != nil {
            let ids = digitsSaid.matches(of: Self.digits.regex).compactMap { Int($0.output) }
            return .ids(ids.reduce(into: []) { unique, id in if !unique.contains(id) { unique.append(id) } })
        }
        if text.lowercased().wholeMatch(of: Self.everything.regex) != nil { return .all }
        if selecting, let selection = TaskSelection.parse(text) { return .matching(selection) }
        if text.lowercased().wholeMatch(of: Self.pronounAside.regex) != nil { return .pronoun }
        if let several = several(text) { return several }
        var words = text.lowercased()
        let wrappers = [
            Self.article.regex,
            Self.taskNoun.regex,
            Self.naming.regex,
            Self.fromList.regex,
            Self.trailingNoun.regex,
            Self.offOut.regex,
        ]
        var changed = true
        while changed {
            changed = false
            for wrapper in wrappers {
                if let match = words.firstMatch(of: wrapper) {
                    words.removeSubrange(match.range)
                    changed = true
                }
            }
        }
        words = words.trimming(" \"'.,!?")
        if pronouns.contains(text.lowercased().trimming(" \"'.,!?")) || (words.isEmpty && !text.isEmpty) {
            return .pronoun
        }
        return vague.contains(words) ? nil : .words(words)
    }

    /// "the urgent one", "my high priority task", "the low-priority thing".
    static let priorityNamed = Pattern(#/^(?:the\s+|my\s+)?((?:most\s+)?(?:urgent|important|(?:high|low|medium|top)[\s-]+prio(?:rity)?))\s+(?:one|task|thing|item|todo)(?:'s)?$/#,
                                       example: "the urgent one")
    static let whereabouts = Pattern(#/(?i)(?:i'?m\s+)?(?:on|in|at|off\s+to|during|between)\s+(?:a|an|my|the|holiday|leave|shift|work)\b/#, example: "on a call")
    /// "number 5", "no. 5": a number that may be an id or a place in the list just shown.
    static let numberSaid = Pattern(#/(?:the\s+)?(?:number|(?:no|nr)\.?)\s*(\d{1,9})/#, example: "number 5")
    static let exclusion = Pattern(#/(?i)(?:\s*,\s*|\s+)(?:but\s+)?not\s+(?:the|my|task|item|#|\d).*$/#, example: ", not the garage")
    static let correction = Pattern(#/(?i)(?:no\s+)?(?:wait|sorry|oops)|no|i\s+mean|(?:no\s+)?scratch\s+that/#, example: "no wait")

    /// "the first two", "the top 3 tasks": the first places of the list just shown.
    static let firstFew = Pattern(#/(?:the\s+)?(?:first|top)\s+(two|three|four|five|2|3|4|5)(?:\s+(?:ones|tasks|items|things|on\s+the\s+list))?/#,
                                  example: "the first two")
    /// "the first and third", "the 2nd and 4th ones", "the first one and the fourth one": places named one by one.
    static let namedPlaces = Pattern(#/(?:the\s+)?([a-z0-9]+)(?:\s+one)?\s*(?:,|and|&)\s*(?:the\s+)?([a-z0-9]+)(?:\s+(?:ones?|tasks|items))?/#,
                                     example: "the first and third")

    private static func places(_ text: String) -> [Int]? {
        if let match = text.wholeMatch(of: firstFew.regex), let count = NumberWords.cardinal(String(match.output.1)) {
            return Array(1...count)
        }
        guard let match = text.wholeMatch(of: namedPlaces.regex),
              let first = NumberWords.ordinal(String(match.output.1)), let second = NumberWords.ordinal(String(match.output.2)),
              !match.output.1.allSatisfy(\.isNumber), !match.output.2.allSatisfy(\.isNumber)
        else { return nil }
        return [first, second]
    }

    /// "the dentist and the bike": two or more parts that each name a task by words.
    private static func several(_ text: String) -> TaskTarget? {
        // "the bike and the garage but not the passport": a task said not to be changed is no target.
        var parts = text.replacing(exclusion.regex, with: "").split(separator: Self.listSeparator.regex).map(String.init)
        guard parts.count > 1 || text.firstMatch(of: exclusion.regex) != nil else { return nil }
        // "the bike task, no wait, the garage one": a name corrected as it is said is gone.
        while let index = parts.indices.dropFirst().first(where: { parts[$0].wholeMatch(of: correction.regex) != nil }) {
            parts.removeSubrange((index - 1)...index)
        }
        // "email sarah, on a call": where the person is, not a task.
        parts.removeAll { $0.prefixMatch(of: whereabouts.regex) != nil }
        if parts.count == 1 { return parse(parts[0]) }
        guard parts.count > 1 else { return nil }
        var words: [String] = []
        for part in parts {
            guard case .words(let named)? = parse(part, selecting: false), !named.isEmpty else { return nil }
            words.append(named)
        }
        return .several(words)
    }

    /// "the friday task", "today's one", "the task due tomorrow": a task named by its due day
    /// and a task noun; a bare "friday" is a date, not a task.
    static let dueNamed = Pattern(#/^(?:the\s+|my\s+)?(?:(?:task|one|thing|item|todo)s?\s+(?:that'?s\s+|that\s+is\s+|which\s+is\s+)?(due\s+.+)|(.+?)(?:'s|s')?\s+(?:task|one|thing|item|todo))$/#,
                                  example: "the one due tomorrow")

    private static func dueDay(_ text: String) -> String? {
        guard let match = text.wholeMatch(of: Self.dueNamed.regex) else { return nil }
        let phrase = match.output.1.map(String.init) ?? match.output.2.map { "due " + $0 } ?? ""
        guard let found = DuePhrase.extract(from: phrase), found.rest.isEmpty else { return nil }
        return found.due
    }

    /// "tasks one two and four", "items 3, five": several ids after a plural noun.
    static let pluralIDs = Pattern(#/(?:the\s+)?(?:tasks|items|numbers|nos\.?)\s+(.+)/#, example: "tasks one two and four")

    private static func spelledIDs(_ text: String) -> [Int]? {
        guard let match = text.wholeMatch(of: pluralIDs.regex) else { return nil }
        let tokens = match.output.1.split { $0 == " " || $0 == "," || $0 == "&" }.filter { $0 != "and" }.map { String($0).trimming("#") }
        let ids = tokens.compactMap { Int($0) ?? NumberWords.cardinal($0) }
        guard ids.count == tokens.count, ids.count > 1 else { return nil }
        return ids.reduce(into: []) { unique, id in if !unique.contains(id) { unique.append(id) } }
    }

    /// "task seven", "item number six", "number 7": the number is the id.
    private static func spelledID(_ text: String) -> Int? {
        guard let match = text.wholeMatch(of: Self.spelled.regex), text.contains(Self.idNoun.regex) else { return nil }
        return NumberWords.cardinal(match.output.1)
    }
}
