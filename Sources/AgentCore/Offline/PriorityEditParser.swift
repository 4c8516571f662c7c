import Persistence

/// Recognises a new priority for an existing task: "make task 6 high priority", "bump #9 up
/// to high", "the bike task is urgent", "renew passport can wait", "lower the priority of 7",
/// "lower the dentist to low priority"; steps ("up a notch") are ``PriorityStepParser``'s.
enum PriorityEditParser {
    static let setPriority = Pattern(#/(?i)(?:set|change|make|put)\s+(?:the\s+priority\s+(?:of|on|for)\s+(.+?)|(.+?)'s\s+priority)\s+(?:to\s+)?(high|low|medium|normal|urgent)/#, example: "set the priority of task 6 to high")
    static let makePriority = Pattern(#/(?i)(?:make|set|mark|change|flag|bump|raise|upgrade|drop|downgrade|lower|reduce|increase|move|push|knock|kick|turn)\s+(.+?)\s+(?:up\s+|down\s+)?((?:to|as)\s+.+|(?:very\s+|really\s+)?(?:high|low|medium|normal|top)[\s-]+priority|urgent|important|high|low|medium|p[1-3]|priority\s+[1-3])/#, example: "bump task 6 up to high priority")
    /// "stick it down to low priority", "pop #4 up to high": "put" takes a new level only for a
    /// task already named, since "put milk on the list, high priority" is an add.
    static let putPriority = Pattern(#/(?i)(?:put|stick|pop|bung|shove)\s+(it|that|this(?:\s+one)?|(?:task|item|number)\s+\d+|#\d+)\s+(?:up\s+|down\s+)?(?:(?:to|as|at|on)\s+)?(.+)/#,
                                     example: "stick it down to low priority")
    /// "put the insurance down as important": a task by name needs the "down" or "up" after it,
    /// so that "put milk on the list as urgent" stays an add.
    static let putNamedPriority = Pattern(#/(?i)(?:put|stick|pop|bung|shove)\s+(?!down\b|up\b)(.+?)\s+(?:up|down)\s+(?:to|as|at)\s+(.+)/#,
                                          example: "put the insurance down as important")
    /// "put Sarah email on high priority" ("pon" in Jamaican English): the level with its word "priority".
    static let putOnLevel = Pattern(#/(?i)(?:put|stick|pop|bung)\s+(?!down\b|up\b)(.+?)\s+(?:on|pon)\s+((?:high|low|medium|top|normal)\s+prio(?:rity)?)/#,
                                    example: "put Sarah email on high priority")
    /// "garage high", "bike -> low": a note's shorthand, a task's name and its new level.
    /// "the garage can go to medium", "the bike should drop down to low".
    static let canGoTo = Pattern(#/(?i)(?!(?:can|could|you|i|we)\b)(.+?)\s+(?:can|could|should|will|needs\s+to|has\s+to)\s+(?:go|drop|come|move|be\s+(?:moved|bumped|dropped|put|raised))\s+(?:up\s+|down\s+)?(?:to|as)\s+(.+)/#,
                                 example: "the garage can go to medium")
    /// "should be made high priority", "can be set to low": the verb before a level.
    static let madeLevel = Pattern(#/(?i)^(?:made|set|marked|put|raised|lowered|bumped|dropped|changed|moved)(?:\s+(?:up|down))?(?:\s+(?:to|as|at|on))?\s+/#,
                                   example: "made ")
    static let noteLevel = Pattern(#/(?i)((?:the\s+)?[a-z]+(?:\s+[a-z]+)?)\s*(?:->|→|:|-)?\s+(high|low|medium)(?:[\s-]+prio(?:rity)?)?/#, example: "garage high")
    /// First words that make "X high" something other than a task's name and a level.
    private static let notANoteName: Set<String> = [
        "add", "new", "todo", "task", "make", "set", "is", "it", "that", "this", "with", "and", "at", "on", "of", "in", "as",
        "but", "or", "so", "very", "really", "quite", "too", "not", "no", "a", "an", "priority", "prio", "level", "urgency",
        "importance", "tag", "due", "list", "show", "only", "just", "all", "my", "view", "see", "get", "find", "what", "which",
        "any", "anything", "everything", "tasks", "items", "things",
    ]
    static let priorityLead = Pattern(#/(?i)^(?:to|as)\s+/#, example: "to high")
    static let prioritise = Pattern(#/(?i)(de)?prioriti[sz]e\s+(.+)/#, example: "deprioritise task 6")
    /// "lower the priority of task 7", "raise the priority of #9".
    static let shiftPriority = Pattern(#/(?i)(lower|reduce|decrease|drop|raise|increase|bump\s+up|up)\s+(?:the\s+)?priority\s+(?:of|on|for)\s+(.+)/#, example: "lower the priority of task 7")
    /// "the bike task is urgent", "task 4 isn't urgent any more", "renew passport can wait".
    static let statesPriority = Pattern(#/(?i)(?!(?:which|what|what'?s|whats|how|who|where|when|why|do|does|are|is|any|anything|show|list)\b)([^,]+?)\s+(is\s+not|isn'?t|is|are\s+not|aren'?t|are|(?:can|could|should|must|needs\s+to|has\s+to)\s+be|can)\s+(.+?)(?:\s+(?:any\s?more|now|after\s+all|actually))?/#, example: "task 4 isn't urgent any more")

    static func parse(_ text: String) -> Intent? {
        if let step = PriorityStepParser.parse(text) { return step }
        if let match = text.wholeMatch(of: Self.setPriority.regex),
           let target = (match.output.1 ?? match.output.2).flatMap(TaskTargetParser.parse) {
            let word = match.output.3.lowercased()
            let priority = Priority(rawValue: word == "urgent" ? "high" : word == "normal" ? "medium" : word)
            return priority.map { .change(.update(TaskEdits(priority: $0)), of: target) }
        }
        if let match = text.wholeMatch(of: Self.makePriority.regex), let target = TaskTargetParser.parse(match.output.1) {
            if let level = Self.level(String(match.output.2).replacing(Self.priorityLead.regex, with: "")) {
                return .change(.update(TaskEdits(priority: level)), of: target)
            }
        }
        for pattern in [Self.putPriority, Self.putNamedPriority, Self.putOnLevel, Self.canGoTo] {
            if let match = text.wholeMatch(of: pattern.regex), let target = TaskTargetParser.parse(match.output.1),
               let level = Self.level(String(match.output.2)) {
                return .change(.update(TaskEdits(priority: level)), of: target)
            }
        }
        if let match = text.wholeMatch(of: Self.noteLevel.regex),
           let first = match.output.1.lowercased().split(separator: " ").first.map(String.init),
           !EnglishWords.startsATask(first), !Self.notANoteName.contains(first),
           let level = Priority(rawValue: match.output.2.lowercased()), let target = TaskTargetParser.parse(match.output.1) {
            return .change(.update(TaskEdits(priority: level)), of: target)
        }
        if let match = text.wholeMatch(of: Self.prioritise.regex), let target = TaskTargetParser.parse(match.output.2) {
            return .change(.update(TaskEdits(priority: match.output.1 == nil ? .high : .low)), of: target)
        }
        if let match = text.wholeMatch(of: Self.shiftPriority.regex), let target = TaskTargetParser.parse(match.output.2) {
            let lower = ["lower", "reduce", "decrease", "drop"].contains(match.output.1.lowercased())
            return .change(.update(TaskEdits(priority: lower ? .low : .high)), of: target)
        }
        return stated(in: text)
    }

    /// A level said alone ("high") or as a whole priority phrase ("not urgent").
    private static func level(_ value: String) -> Priority? {
        if let level = Priority(rawValue: value.lowercased()) { return level }
        guard let found = PriorityPhrase.extract(from: value), found.rest.isEmpty else { return nil }
        return found.priority
    }

    /// "X is urgent": only when all after the verb is a priority phrase and the message is
    /// not an add ("add call mum, it is urgent" stays an add).
    private static func stated(in text: String) -> Intent? {
        guard AddParser.explicitBody(of: text) == nil, let match = text.wholeMatch(of: Self.statesPriority.regex),
              let target = TaskTargetParser.parse(match.output.1)
        else { return nil }
        let verb = match.output.2.lowercased()
        let affirmed = verb == "is" || verb == "are" || verb.hasSuffix(" be")
        let level = match.output.3.replacing(Self.madeLevel.regex, with: "")
        let phrase = (affirmed ? "" : verb == "can" ? "can " : "not ") + level
        guard let found = PriorityPhrase.extract(from: phrase), found.rest.isEmpty else { return nil }
        return .change(.update(TaskEdits(priority: found.priority)), of: target)
    }
}
