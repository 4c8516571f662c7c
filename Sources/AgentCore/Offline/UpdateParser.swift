import Persistence

/// Recognises edits to an existing task: title, priority, due date, tags, recurrence.
enum UpdateParser {
    static let addTag = Pattern(#/(?i)(?:add|put|stick)\s+(?:(?:the\s+|a\s+)?(?:tag|label)s?\s+#?|#)([\w-]+)\s+(?:to|on|onto)\s+(.+)/#, example: "add #travel to task 6")
    /// "label task 10 errands", "tag #4 home": a task named by its number, then the tag.
    static let tagNumbered = Pattern(#/(?i)(?:tag|label)\s+((?:task|item|number|no\.?)\s+#?\w+|#\d+)\s+(?:as\s+)?#?([\w-]+)/#, example: "label task 10 errands")
    /// "put task 7 under home".
    static let putUnder = Pattern(#/(?i)(?:put|file|move)\s+(.+?)\s+under\s+#?([\w-]+)/#, example: "put task 7 under home")
    /// "task 10 should repeat every month", "the garage needs (or wants) doing every month".
    static let shouldRepeat = Pattern(#/(?i)(.+?)\s+(?:should|must|needs\s+to|needs|wants?|has\s+to|will)\s+(?:be\s+)?(?:(?:doing|done|go|run|happen|come\s+round|[a-z]+ed|[a-z]{3,}ing)\s+)?((?:repeat|recur)\s+.+|(?:daily|weekly|monthly|fortnightly)\b.*|(?:every|each|once\s+a)\s+.+)/#, example: "task 10 should repeat every month")
    /// "tag the bike task weekend": the task named as one, then the tag.
    static let tagNamed = Pattern(#/(?i)(?:tag|label)\s+(.+?\s(?:task|one|item|thing))\s+(?:as\s+|with\s+)?#?([\w-]+)/#, example: "tag the bike task weekend")
    static let tagWith = Pattern(#/(?i)(?:tag|label)\s+((?:#\d+\b|[^#])+?)\s+(?:(?:with|as)\s+#?|#)([\w-]+)/#, example: "tag task 6 with travel")
    static let setDue = Pattern(#/(?i)(?:set|change|update|move|make)\s+(?:the\s+)?(?:due\s+date|deadline|due)\s+(?:of|on|for)\s+(.+?)\s+(?:to|as)\s+(.+)/#, example: "set the due date of task 6 to friday")
    /// "change book flights date to 20 december": the task, then the field by name.
    static let namedDate = Pattern(#/(?i)(?:set|change|update|move|make|put)\s+((?!(?:the|its|it's|my|this|that)\s+(?:due\s+)?(?:date|deadline)\b).+?)(?:'s)?\s+(?:due\s+date|date|deadline|due)\s+(?:to|for|as|on)\s+(.+)/#,
                                   example: "change book flights date to 20 december")
    /// "can the dentist go to next tuesday": a move asked as a question.
    static let canGo = Pattern(#/(?i)(?:can|could)\s+(?!(?:you|i|we|u)\b)(.+?)\s+(?:go|move|be\s+moved|be\s+pushed)\s+(?:back\s+)?(?:to|till|until)\s+(.+)/#,
                               example: "can the dentist go to next tuesday")
    /// "postpone the email to sarah for next week": the last "to" or "for" leads to the day
    /// when the first is part of the task's name.
    static let moveDueLast = Pattern(#/(?i)(?:move|postpone|push|reschedule|delay|defer|shift|bump|punt|snooze)\s+(?:back\s+)?(.+)\s+(?:to|till|until|for|by|on)\s+(.+)/#,
                                     example: "postpone the email to sarah for next week")
    static let moveDue = Pattern(#/(?i)(?:move|postpone|push|reschedule|delay|defer|shift|bump|punt|snooze|prepone|bring\s+forward)\s+(?:back\s+)?(.+?)(?:\s+(?:back|forward|out|along|over|off))?\s+(?:to|till|until|for|by|on)\s+(.+)/#, example: "push task 6 to friday")
    /// "change the reminder to fix the bike so that it is due on saturday".
    static let dueSoThat = Pattern(#/(?i)(?:set|change|update|move|edit|fix|adjust|amend)\s+(.+?),?\s+so\s+(?:that\s+)?(?:it|its|it's)(?:\s+is|\s+will\s+be|\s+becomes)?\s+(?:now\s+)?due\s+(.+)/#,
                                   example: "change the bike task so that it is due on saturday")
    static let makeDue = Pattern(#/(?i)(?:make|set)\s+(.+?)\s+due\s+(.+)/#, example: "make task 6 due friday")
    /// "the garage one needs doing by the end of the week": a task named, then when it must be done.
    static let needsDoingBy = Pattern(#/(?i)(?!(?:show|tell|list|what|which|anything|is\s+there)\b)(.+?)\s+(?:needs|need|wants|want|has\s+to|have\s+to|must|should)\s+(?:doing|(?:to\s+)?be\s+(?:done|[a-z]{3,}ed)|[a-z]{3,}ing)\s+((?:by|before|on|for|until|till)\s+.+|(?:first\s+thing|tomorrow|today|tonight|next|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day).*)/#,
                                      example: "the garage one needs doing by friday")
    /// "set fix the bike for the end of the week": "set" a task for a day.
    static let setFor = Pattern(#/(?i)set\s+(?!up\b)(.+?)\s+(?:for|to)\s+(.+)/#, example: "set fix the bike for friday")
    /// Words after a new date that only comment on it: "due on the 3rd now", "to saturday i
    /// have time then".
    static let dateComment = Pattern(#/(?i)^[\s,.!]*(?:(?:now|instead|then|please|pls|thanks|from\s+now\s+on|this\s+time|for\s+once|just\s+this\s+once)\b[\s,.!]*)*(?:(?:i|we|i'm|im|we're|as|since|because|cause|cos|coz)\b.*|(?:after|once|when|while)\s+(?:my|our|your|the|i|we|you|he|she|they|it)(?:'[a-z]+)?\b.*|(?:and\s+)?(?:not|instead\s+of|rather\s+than)\s+(?!(?:urgent|important|a\s+priority|high|low|pressing|a\s+rush)\b)[a-z0-9 ]{1,30})?$/#,
                                     example: "now, i have time then")
    static let isDue = Pattern(#/(?i)(?!(?:what|what's|whats|which|how|anything|everything|is\s+there|are\s+there)\b)(.+?)(?:\s+is|'s)\s+(?:now\s+|actually\s+|really\s+)?due\s+(.+)/#, example: "task 6 is now due friday")
    /// "make it tomorrow", "set that for friday": after a pronoun the date needs no "due".
    static let makeItDue = Pattern(#/(?i)(?:make|set|change|move|put)\s+(it|that|this(?:\s+one)?|both(?:\s+of\s+(?:them|those|these))?|(?:them|those|these)\s+both)\s+(?:down\s+)?(?:to\s+|for\s+)?(.+)/#, example: "make it tomorrow")
    /// "tag it family": after a pronoun the tag needs no "with".
    static let tagIt = Pattern(#/(?i)(?:tag|label)\s+(it|that|this(?:\s+one)?)\s+(?:as\s+)?#?([\w-]+)/#, example: "tag it family")
    /// "change task 3 to be due on the 1st": the new value is a date, not a title.
    static let beDue = Pattern(#/(?i)^(?:be\s+)?due\s+/#, example: "be due on the 1st")
    static let makeRepeat = Pattern(#/(?i)(?:make|set)\s+(?!up\b)(.+?)\s+(?:to\s+)?((?:repeat|recur)s?\s+.+|(?:every|each)\s+.+|(?:a\s+)?(?:daily|weekly|monthly)(?:\s+(?:task|thing|one|job|chore))?)/#, example: "make task 6 repeat every week")
    static let repeatFiller = Pattern(#/(?i)^a\s+|\s+(?:task|thing|one|job|chore)$/#, example: "a weekly task")
    static let rename = Pattern(#/(?i)(?:change|rename|update|edit|amend|retitle|reword|rephrase|rewrite|call)\s+(?:the\s+(?:title|name|text|wording)\s+(?:of|on|for)\s+)?(.+?)(?:(?:'s)?\s+(?:title|name|text|wording))?\s*(?:\s(?:to|as|into)|->|→|=>)\s+(?:say\s+|read\s+)?(.+)/#, example: "rename task 6 to book the flights")

    /// "call it Email Sarah about the budget instead", "name the bike task Fix the brakes instead":
    /// a new title after a task named by a pronoun, its number or "the … task".
    static let renameInstead = Pattern(#/(?i)(?:call|name|title|retitle|rename|make)\s+(it|that|this(?:\s+one)?|(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:task|one|item)|(?:task|item|number)\s+#?\w+|#\d+)\s+(?:to\s+|as\s+)?(.+?)\s+instead/#,
                                       example: "call it Email Sarah about the budget instead")

    /// "call fix the bike Fix the bike brakes instead": the old title, then the new one set off
    /// by its capital letter (case matters here, so no `(?i)`).
    static let renameCapitalised = Pattern(#/(?:[Cc]all|CALL|[Nn]ame|[Rr]ename|[Rr]etitle)\s+([a-z0-9#].*?)\s+([A-Z]\S*(?:\s+\S+)*?)\s+(?:[Ii]nstead|INSTEAD)/#,
                                           example: "call fix the bike Fix the bike brakes instead")

    /// "the passport task should say …", "typo in task 4, should be …": the title it should have.
    /// "should be" followed by a place, a state or a level is no new title: "the bike should be
    /// in the errands category", "it should be done by friday".
    static let shouldSay = Pattern(#/(?i)(?:typo\s+in\s+|fix\s+)?(.+?),?\s+should\s+(?:say|read|be\s+called|be\s+named|be(?!\s+(?:in|on|under|into|at|for|with|by|tagged|filed|done|finished|completed|sorted|high|low|medium|urgent|important|due|moved|deleted|removed|marked|repeated|every|daily|weekly|monthly|fortnightly|recurring|repeating|made|set|put|given|taken|[a-z]{3,}ed)\b))\s+(.+)/#,
                                   example: "typo in task 4, should be Team meeting agenda")

    /// "make the groceries one 'buy groceries for the week'": a quoted new title.
    static let renameQuoted = Pattern(#/(?i)(?:make|change|turn|set|rename|retitle|call|update|edit|amend)\s+(?:the\s+(?:title|name|text|wording)\s+(?:of|on|for)\s+)?(.+?)\s+(?:to\s+(?:read\s+|say\s+)?|into\s+|as\s+|in\s+)?(?:'([^']+)'|"([^"]+)")(?:\s+(?:from\s+now\s+on|going\s+forward|instead|now))?(?:[.!]+(?:\s+[^'"]*)?)?/#,
                                      example: "make the groceries one 'buy groceries for the week'")

    static func parse(_ utterance: Utterance) -> Intent? {
        // "A reminder to file the invoices should be added": a new task, said in the passive.
        guard utterance.core.wholeMatch(of: AddParser.passiveAdd.regex) == nil else { return nil }
        let text = utterance.core.replacing(Self.shouldSay.regex) { "rename " + $0.output.1 + " to " + $0.output.2 }
        if let substituted = substitution(in: utterance.core) { return substituted }
        return fields(in: text) ?? tag(in: text) ?? PriorityEditParser.parse(text) ?? due(in: text) ?? dueInstead(in: text) ?? recurrence(in: text) ?? renameInstead(in: text)
            ?? renameQuoted(in: text) ?? rename(in: text) ?? PronounRename.parse(text)
    }

    private static func substitution(in text: String) -> Intent? {
        guard let match = text.trimming(" ").wholeMatch(of: TitleSubstitution.pattern.regex), let target = TaskTargetParser.parse(match.output.3)
        else { return nil }
        return .change(.update(TaskEdits(titleSubstitution: TitleSubstitution(old: String(match.output.1), new: String(match.output.2)))), of: target)
    }

    private static func renameQuoted(in text: String) -> Intent? {
        guard let match = text.wholeMatch(of: Self.renameQuoted.regex), let quoted = match.output.2 ?? match.output.3,
              let target = TaskTargetParser.parse(match.output.1)
        else { return nil }
        let title = String(quoted).trimming(" ").capitalizingFirstLetter()
        return title.isEmpty ? nil : .change(.update(TaskEdits(title: title)), of: target)
    }

    private static func renameInstead(in text: String) -> Intent? {
        guard let match = text.wholeMatch(of: Self.renameInstead.regex) ?? text.wholeMatch(of: Self.renameCapitalised.regex),
              let target = TaskTargetParser.parse(match.output.1)
        else { return nil }
        let title = String(match.output.2).trimming(" \"'").capitalizingFirstLetter()
        return title.isEmpty ? nil : .change(.update(TaskEdits(title: title)), of: target)
    }

    /// "put book flights under work too": a tag is added beside the others anyway.
    static let tagToo = Pattern(#/(?i)\s+(?:too|as\s+well|also)$/#, example: " too")
    /// "tag the bike one 'weekend'": one tag in quotes, said last.
    static let quotedTag = Pattern(#/\s+['"]([\w-]+)['"]$/#, example: " 'weekend'")

    private static func tag(in said: String) -> Intent? {
        let text = said.replacing(Self.tagToo.regex, with: "").replacing(Self.quotedTag.regex) { " " + $0.output.1 }
        if let match = text.wholeMatch(of: Self.addTag.regex),
           let tag = TagPhrase.normalise(match.output.1), let target = TaskTargetParser.parse(match.output.2) {
            return .change(.update(TaskEdits(tags: .adding([tag]))), of: target)
        }
        if let match = text.wholeMatch(of: Self.putUnder.regex),
           let tag = TagPhrase.normalise(match.output.2), let target = TaskTargetParser.parse(match.output.1) {
            return .change(.update(TaskEdits(tags: .adding([tag]))), of: target)
        }
        if let match = text.wholeMatch(of: Self.tagIt.regex), let tag = TagPhrase.normalise(match.output.2) {
            return .change(.update(TaskEdits(tags: .adding([tag]))), of: .pronoun)
        }
        if let match = text.wholeMatch(of: Self.tagWith.regex) ?? text.wholeMatch(of: Self.tagNumbered.regex) ?? text.wholeMatch(of: Self.tagNamed.regex),
           let tag = TagPhrase.normalise(match.output.2), let target = TaskTargetParser.parse(match.output.1) {
            return .change(.update(TaskEdits(tags: .adding([tag]))), of: target)
        }
        if let match = text.wholeMatch(of: Self.tagLast.regex) ?? namedThenTag(in: text),
           let target = TaskTargetParser.parse(match.output.1), target != .all {
            let tags = match.output.2.split { $0 == " " || $0 == "," }.filter { $0.lowercased() != "and" }.compactMap(TagPhrase.normalise)
            return tags.isEmpty ? nil : .change(.update(TaskEdits(tags: .adding(tags))), of: target)
        }
        return nil
    }

    /// "tag passport travel", "tag 9 admin", "tag the garage one #chores #home": the task, then
    /// its tags last: one word, two joined by "and", or any number said with "#".
    static let tagLast = Pattern(#/(?i)^tag\s+([^,;:]+?)\s+(#[\w-]+(?:\s*,?\s+(?:and\s+)?#[\w-]+)*|[\w-]+|#?[\w-]+\s+and\s+#?[\w-]+)$/#,
                                 example: "tag passport travel")
    /// "groceries tag home", but not "which tasks have the tag work" (a list) or "high priority
    /// and tag it suppliers" (fields for the task just named).
    private static func namedThenTag(in text: String) -> Regex<(Substring, Substring, Substring)>.Match? {
        guard let match = text.wholeMatch(of: Self.namedThenTag.regex) else { return nil }
        let named = match.output.1.lowercased()
        let words = named.split(separator: " ")
        guard let last = words.last, !["the", "a", "an", "with", "my", "and", "it", "any", "no"].contains(last),
              !words.contains(where: { ["task", "tasks", "which", "what", "whats", "what's", "show", "list", "have", "has"].contains($0) }),
              PriorityPhrase.named(in: named) == nil, DuePhrase.extract(from: String(named)) == nil
        else { return nil }
        return match
    }

    /// "groceries tag home": the task named first, then the tag.
    static let namedThenTag = Pattern(#/(?i)^(?!(?:add|new|create|todo|remind|put|make)\b)([^,:;]+?)\s+(?:tag|label)\s+(?:it\s+)?(#?[\w-]+)$/#, example: "groceries tag home")

    /// "make the passport high priority and due by the end of the week", "set the bike to low
    /// and weekly": a task named, then two or more fields with no verb between them.
    static let setFields = Pattern(#/(?i)^(?:make|set(?!\s+up\b)|mark)\s+(.+)$/#, example: "make the passport high priority and due friday")
    static let fieldsLead = Pattern(#/(?i)^(?:to|as)\s+/#, example: "to ")

    private static func fields(in text: String) -> Intent? {
        guard let match = text.wholeMatch(of: Self.setFields.regex) else { return nil }
        let words = match.output.1.split(separator: " ")
        for cut in words.indices.dropFirst() {
            let value = words[cut...].joined(separator: " ").replacing(Self.fieldsLead.regex, with: "")
            guard let found = FieldsAlone.edits(in: value), found.count >= 2,
                  let target = TaskTargetParser.parse(words[..<cut].joined(separator: " "))
            else { continue }
            return .change(.update(found.edits), of: target)
        }
        return nil
    }

    private static func due(in text: String) -> Intent? {
        let patterns = [
            Self.setDue.regex,
            Self.namedDate.regex,
            Self.canGo.regex,
            Self.dueSoThat.regex,
            Self.moveDue.regex,
            Self.moveDueLast.regex,
            Self.makeDue.regex,
            Self.setFor.regex,
            Self.needsDoingBy.regex,
            Self.isDue.regex,
            Self.makeItDue.regex,
        ]
        if let match = text.wholeMatch(of: Self.deadlineFor.regex), let named = match.output.1 ?? match.output.2,
           let target = TaskTargetParser.parse(named), let found = DuePhrase.extract(from: "due " + match.output.3),
           found.rest.wholeMatch(of: Self.dateComment.regex) != nil {
            return .change(.update(TaskEdits(due: found.due)), of: target)
        }
        // "Dentist call please change to 4 December": a task named first, then its move.
        if let (named, value) = namedThenChanged(text),
           let found = DuePhrase.extract(from: "due " + value), found.rest.wholeMatch(of: Self.dateComment.regex) != nil {
            return .change(.update(TaskEdits(due: found.due)), of: .words(named))
        }
        // "put a deadline the 3rd of December", "give it a due date of friday": "it" unless named.
        if let match = text.wholeMatch(of: Self.giveDeadline.regex), let found = DuePhrase.extract(from: "due " + match.output.2) {
            let target = match.output.1.flatMap { TaskTargetParser.parse($0) } ?? .pronoun
            if found.rest.wholeMatch(of: Self.dateComment.regex) != nil { return .change(.update(TaskEdits(due: found.due)), of: target) }
            // "set a deadline of weds on the flights": the task named after the date.
            if match.output.1 == nil, let named = found.rest.wholeMatch(of: Self.forTheTask.regex).flatMap({ TaskTargetParser.parse($0.output.1) }) {
                return .change(.update(TaskEdits(due: found.due)), of: named)
            }
        }
        for pattern in patterns {
            // "the garage clean is every saturday now": a repeat, read by ``recurrence(in:)``.
            guard let match = text.wholeMatch(of: pattern), RecurrencePhrase.extract(from: String(match.output.2)) == nil,
                  let found = DuePhrase.extract(from: "due " + match.output.2)
            else { continue }
            // "flights are urgent and need to be booked by dec 4": a level said of the task first.
            var named = match.output.1
            var level: Priority?
            if let leveled = named.wholeMatch(of: Self.saidUrgent.regex), let said = PriorityPhrase.extract(from: String(leveled.output.2)) {
                named = leveled.output.1
                level = said.priority
            }
            guard let target = TaskTargetParser.parse(named) else { continue }
            if found.rest.wholeMatch(of: Self.dateComment.regex) != nil { return .change(.update(TaskEdits(priority: level, due: found.due)), of: target) }
            if let level = Self.levelAfterDate(found.rest) { return .change(.update(TaskEdits(priority: level, due: found.due)), of: target) }
        }
        return nil
    }

    /// "flights are urgent and": a task and its level, before what it needs by when.
    static let saidUrgent = Pattern(#/(?i)(.+?)(?:\s+(?:is|are)|'s|'re)\s+(?:now\s+|really\s+|very\s+|super\s+)?((?:not\s+)?(?:urgent|important|(?:high|low|top)\s+priority|a\s+priority))\s*(?:,|\s+and)/#,
                                    example: "flights are urgent and")

    /// "move #7 to friday with high priority": a level said after the new date.
    static let levelLead = Pattern(#/(?i)^[\s,]*(?:(?:with|w\/|and|at|as)\s+(?:a\s+)?)?/#, example: ", with a ")

    private static func levelAfterDate(_ rest: String) -> Priority? {
        guard let lead = rest.prefixMatch(of: Self.levelLead.regex),
              let found = PriorityPhrase.extract(from: String(rest[lead.range.upperBound...])), found.rest.trimming(" ,.!").isEmpty
        else { return nil }
        return found.priority
    }

    /// Words that start a request rather than name a task.
    private static let commands: Set<String> = [
        "add", "please", "pls", "move", "change", "push", "shift", "set", "put", "make", "mark", "delete", "complete", "can", "could",
    ]
    static let namedThenMoved = Pattern(#/(?i)^(.+?)\s+(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?(?:change|move|push|shift|reschedule|put\s+back|set)\s+(?:it\s+|its\s+|the\s+)?(?:(?:due\s+)?date\s+|deadline\s+)?(?:to|till|until|for)\s+(.+)$/#,
                                        example: "dentist call please change to 4 December")
    /// "set a due date for the bike to friday", "give the passport a deadline of the 14th": the
    /// task named beside the deadline, then its day.
    static let deadlineFor = Pattern(#/(?i)^(?:(?:put|set|add|give|stick)\s+(?:a|the)\s+(?:new\s+)?(?:deadline|due\s+date)\s+(?:for|on)\s+(.+?)|give\s+(.+?)\s+(?:a|the)\s+(?:new\s+)?(?:deadline|due\s+date))\s+(?:of|to|as|for|on)\s+(.+)$/#,
                                     example: "set a due date for the bike to friday")
    static let forTheTask = Pattern(#/(?i)^\s*(?:on|for|to)\s+((?:the|my)\s+.+)$/#, example: " on the flights")
    static let giveDeadline = Pattern(#/(?i)^(?:put|set|add|give|stick)\s+(?:(it|that|this|task\s+\d+|#\d+)\s+)?(?:a|the)\s+(?:deadline|due\s+date)\s+(?:of\s+|on\s+|for\s+|as\s+|to\s+)?(.+)$/#,
                                      example: "put a deadline of the 3rd")

    /// "email sarah tonight instead of tomorrow": a task, its new day, and the day it had.
    static let insteadOf = Pattern(#/(?i)^(.+)\s+instead\s+of\s+(.+)$/#, example: "email sarah tonight instead of tomorrow")

    private static func dueInstead(in text: String) -> Intent? {
        guard let match = text.wholeMatch(of: Self.insteadOf.regex),
              let old = DuePhrase.extract(from: "due " + match.output.2), old.rest.trimming(" ,.").isEmpty,
              let new = DuePhrase.extract(from: String(match.output.1)),
              case let name = new.rest.trimming(" ,."), !name.isEmpty,
              match.output.1.lowercased().hasPrefix(name.lowercased()),
              let target = TaskTargetParser.parse(name)
        else { return nil }
        return .change(.update(TaskEdits(due: new.due)), of: target)
    }

    /// The task's words and the new value in "dentist call please change to 4 December": a
    /// name of a few words, no command or pronoun among them.
    private static func namedThenChanged(_ text: String) -> (named: String, value: String)? {
        guard let match = text.wholeMatch(of: Self.namedThenMoved.regex), isTaskName(match.output.1) else { return nil }
        return (String(match.output.1), String(match.output.2))
    }

    /// Whether `words` can be a task's name said before its change: a few words, no command
    /// or pronoun among them.
    private static func isTaskName(_ words: Substring) -> Bool {
        let named = words.lowercased().split(separator: " ").map(String.init)
        guard named.count <= 4, let first = named.first, !Self.commands.contains(first),
              !named.contains(where: { ["and", "then", "it", "that"].contains($0) }),
              case .words? = TaskTargetParser.parse(words)
        else { return false }
        return true
    }

    private static func recurrence(in text: String) -> Intent? {
        // "groceries change to every week": a task named first, then its new repeat.
        if let (named, value) = namedThenChanged(text) {
            if let reason = RecurrencePhrase.impossibility(in: value) { return .impossible(reason) }
            if let found = RecurrencePhrase.extract(from: value), found.rest.wholeMatch(of: Self.dateComment.regex) != nil {
                return repeating(found, .words(named))
            }
        }
        if let match = text.wholeMatch(of: Self.fromNowOn.regex), let found = RecurrencePhrase.extract(from: String(match.output.1)),
           case let name = found.rest.trimming(" ,."), !name.isEmpty, match.output.1.lowercased().hasPrefix(name.lowercased()),
           let target = TaskTargetParser.parse(name) {
            return repeating(found, target)
        }
        guard let match = text.wholeMatch(of: Self.makeRepeat.regex) ?? text.wholeMatch(of: Self.shouldRepeat.regex)
                ?? text.wholeMatch(of: Self.askRepeat.regex) ?? text.wholeMatch(of: Self.repeatThis.regex)
        else { return nil }
        // "can the groceries repeat on weekdays": a repeat the tools cannot keep is refused, saying why.
        if let reason = RecurrencePhrase.impossibility(in: String(match.output.2)) { return .impossible(reason) }
        guard let found = RecurrencePhrase.extract(from: String(match.output.2).replacing(Self.repeatFiller.regex, with: "")),
              found.rest.wholeMatch(of: Self.dateComment.regex) != nil,
              let target = TaskTargetParser.parse(match.output.1)
        else { return nil }
        return repeating(found, target)
    }

    /// "repeat the garage cleaning every month": the verb first, then the task and how often.
    static let repeatThis = Pattern(#/(?i)(?:repeat|recur)\s+(.+?)\s+((?:every|each|once\s+a)\s+.+|daily|weekly|monthly|fortnightly)/#,
                                    example: "repeat the garage cleaning every month")

    /// "can the groceries repeat on weekdays": a repeat asked for as a question.
    static let askRepeat = Pattern(#/(?i)(?:can|could|would)\s+(?!(?:you|i|we|u)\b)(.+?)\s+((?:repeat|recur)\s+.+)/#, example: "can the groceries repeat every week")

    /// "team meeting notes every monday from now on": a task, then how it repeats from now.
    static let fromNowOn = Pattern(#/(?i)^(.+?)\s*,?\s+from\s+now(?:\s+on)?$/#, example: "team meeting notes every monday from now on")

    private static func repeating(_ found: RecurrencePhrase.Found, _ target: TaskTarget) -> Intent {
        // "every monday" is made a due date and "weekly" once the task's time of day is known
        // (``TaskChange/resolved(against:)``), so that time is kept.
        if found.recurrence == "weekly", let weekday = found.due {
            return .change(.update(TaskEdits(recurrence: "every " + weekday)), of: target)
        }
        return .change(.update(TaskEdits(due: found.due, recurrence: found.recurrence)), of: target)
    }

    /// "change task 1 to X": X is a title unless all of it is a date, a priority or a recurrence.
    static let fieldNamed = Pattern(#/(?i)\b(?:due\s+date|deadline|date|priority|tags?|labels?|repeat|recurrence)$/#, example: "the bike's due date")

    private static func rename(in text: String) -> Intent? {
        guard let match = text.wholeMatch(of: Self.rename.regex),
              let target = TaskTargetParser.parse(match.output.1)
        else { return nil }
        let value = String(match.output.2)
        // "call the bank -> done" marks a task off; no one renames one to "done".
        guard value.wholeMatch(of: DoneStatement.stateWord.regex) == nil else { return nil }
        var edits = TaskEdits()
        let onlyComment = { (rest: String) in rest.wholeMatch(of: Self.dateComment.regex) != nil }
        if let found = DuePhrase.extract(from: "due " + value.replacing(Self.beDue.regex, with: "")), onlyComment(found.rest) {
            edits.due = found.due
        } else if let found = PriorityPhrase.extract(from: value), onlyComment(found.rest) {
            edits.priority = found.priority
        } else if let found = RecurrencePhrase.extract(from: value), onlyComment(found.rest) {
            edits.recurrence = found.recurrence
            edits.due = found.due
        } else if value.prefixMatch(of: RecurrencePhrase.unsupportedRepeat.regex) != nil,
                  let reason = RecurrencePhrase.impossibility(in: value) {
            return .impossible(reason)
        } else if let fields = FieldsAlone.edits(in: value), fields.count >= 2 {
            edits = fields.edits
        } else {
            // Nor to "that": "change the bike's due date to that" names a field and a date said before.
            let title = value.trimming(" \"'").capitalizingFirstLetter()
            guard !title.isEmpty, !EnglishWords.thingPronouns.contains(title.lowercased()),
                  match.output.1.firstMatch(of: Self.fieldNamed.regex) == nil
            else { return nil }
            edits.title = title
        }
        return .change(.update(edits), of: target)
    }
}
