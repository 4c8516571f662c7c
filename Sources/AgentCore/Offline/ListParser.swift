import Persistence

/// Recognises questions about the task list and turns their wording into `list_tasks` filters.
enum ListParser {
    /// Words that describe a list rather than name a tag in "… tasks".
    private static let notTags: Set<String> = [
        "my", "all", "the", "your", "our", "his", "her", "their", "any", "which", "what", "these", "those", "other", "some", "many", "ls", "whole", "full", "entire",
        "pending", "completed", "complete", "done", "finished", "open", "remaining", "outstanding",
        "unfinished", "incomplete", "undone", "current", "upcoming", "recent", "new", "old", "overdue",
        "high", "low", "medium", "priority", "urgent", "important", "due", "today's", "of", "list",
        "show", "me", "everything", "more", "is", "are", "have", "with", "to", "every", "a", "an", "this", "that", "full-on",
        "find", "search", "list", "display", "view", "see", "get", "give", "about", "to-do", "todo",
        "high-priority", "low-priority", "medium-priority", "sort", "order", "oldest", "newest", "latest",
        "earliest", "first", "last", "next", "later", "older", "newer", "urgent-ish", "big", "small", "easy", "hard",
        "alphabetical", "alphabetised", "alphabetized", "sorted", "ordered", "numbered", "short", "quick", "updated",
    ]

    /// "for work", "at home", "open in work": a context names a tag in a list request as it does in an add.
    static let contextGrammar = PhraseGrammar.compiled([
        PhraseRule("(?:for|at|in)\\s+(?:" + TagPhrase.contexts.joined(separator: "|") + ")", example: "at home") { phrase in
            phrase.split(whereSeparator: \.isWhitespace).last.map(String.init)
        },
        // "what's open on the work side": the side of life a tag names.
        PhraseRule("on\\s+the\\s+[a-z][\\w-]*\\s+side", example: "on the work side") { phrase in
            phrase.split(whereSeparator: \.isWhitespace).dropLast().last.map(String.init)
        },
    ])
    static let asksPattern = Pattern(#/^(?:got\s+(?=any)|show|list|ls|display|view|see|get|give|tell|share|read(?:\s+(?:me|out))*|revert\s+with|send\s+me|what|what's|whats|which|do\s+i|have\s+i|did\s+i|search|find|look|filter|anything|any|stuff|things|how\s+many|my\s+(?:tasks|todos?|list)|tasks|todos?|all\s+tasks|everything|pending|completed|open\s+tasks|done\s+tasks|only|let\s+me\s+(?:see|view|look\s+at)|(?:sort|order|arrange)\s+(?:my|the|all)?\s*(?:tasks|todos|to-dos|list|everything|them|these|those))\b/#, example: "show my tasks")
    /// "urgent tasks by due date", "low priority stuff": a list described by its filters, with
    /// nothing before it or only a sort or filter after it, so "buy cleaning stuff" stays a title.
    static let describedList = Pattern(#/^(?:(?:urgent|important|high|low|medium|priority|prio|high-priority|low-priority|pending|completed|done|finished|open|overdue|unfinished|my|all)\s+)+(?:[\w#-]+\s+)?(?:tasks|todos|to-dos|stuff|items|ones|jobs|chores|only)(?:$|[\s,]+(?:by|sorted|sort|in|soonest|oldest|newest|most|alphabetical|a\s+to\s+z|due|tagged|for|first|(?:that\s+)?i\s+(?:haven'?t|havent|have\s+not|didn'?t|didnt)\b))/#, example: "urgent tasks by due date")
    /// "to-do list" is a name for the whole list, not a status.
    static let listNoun = Pattern(#/\bto\s*-?\s*do\s+list\b/#, example: "my to-do list")
    static let aboutPattern = Pattern(#/\b(?:tasks?|todos?|to-dos?|list|pending|left|remaining|open|outstanding|due|overdue|late|past\s+due|miss(?:ed)?|completed|done|finish(?:ed)?|to\s+do|still\s+(?:got\s+to\s+|have\s+to\s+|need\s+to\s+)?do|needs?\s+doing|needs?\s+to\s+be\s+done|agenda|on\s+my\s+plate|hanging\s+over|priority|urgent|important|everything|anything|search|find|look\s+for|look\s+up|related\s+to|complete|stuff|things|jobs|chores|tagged|labell?ed|(?:the|my)\s+[\w-]+\s+(?:tag|label)$|have(?:\s+got)?\s+on|got\s+on|what\s+do\s+i\s+have|what'?s\s+on\s+(?:for\s+)?(?:today|tonight|tomorrow|this\s+week|next\s+week)|(?:sort|order|arrange)\s+(?:them|these|those))\b|#[\w-]+/#, example: "show my tasks")
    static let firstOrTop = Pattern(#/\b(?:first|top)\b/#, example: "top")
    static let searchFor = Pattern(#/^(?:search|look)\s+(?:for\s+|up\s+|through\s+|in\s+)?(?:(?:my\s+|all\s+|the\s+)?(?:tasks?|todos?|to-do\s+list|list|anything|something|stuff|things)\s+)?(?:(?:about|for|with|mentioning|containing|matching|called|named|titled|regarding)\s+)?(.+)$/#, example: "search for dentist")
    static let findTasks = Pattern(#/^find\s+(?:me\s+)?(?:(?:all\s+|my\s+|the\s+)*(?:tasks?|todos?|ones?|things?)\s+)?(?:(?:about|for|with|mentioning|containing|matching|called|named|titled|regarding)\s+)?(.+)$/#, example: "find tasks about dentist")
    static let findAbout = Pattern(#/^(?:find|search)\s+(?:my\s+)?(?:anything|something|stuff|tasks?)\s+(?:about|for|with|mentioning|related\s+to|regarding|to\s+do\s+with|on)\s+(.+)$/#, example: "find anything about rent")
    /// "got anything on the bike?": what the list holds about a thing.
    static let anythingOn = Pattern(#/\b(?:anything|something|stuff)\s+on\s+(?!(?:there|my\s+list|the\s+list|my\s+plate)\b)((?:the|my)\s+.+)$/#,
                                    example: "anything on the bike")
    static let withWordIn = Pattern(#/\b(?:tasks?|todos?|anything|something)\s+with\s+(.+?)\s+in\s+(?:them|it|the\s+(?:title|name))$/#, example: "tasks with dentist in them")
    static let tasksAbout = Pattern(#/\b(?:(?:anything|something)\s+with(?:\s+the)?|(?:tasks?|todos?|anything|something|stuff)(?:\s+(?:on|in)\s+(?:there|my\s+list|the\s+list))?(?:\s+(?:still\s+)?(?:open|pending|left|outstanding|to\s+do))?\s+(?:about|mentioning|containing|matching|related\s+to|regarding|concerning|involving|to\s+do\s+with|with\s+the\s+word|called|named|titled))\s+(.+)$/#, example: "stuff related to dentist")
    /// "show me the meeting task", "find the bike one": one task named by its words.
    /// "what about the bike", "do i still have the passport thing on there": one task asked after.
    /// "when is rent due again", "when's the dentist?": asked of one task, answered by finding it.
    static let stillOpen = Pattern(#/\b(?:still\s+)?(?:open|pending|outstanding)\s+(?:about|mentioning|related|regarding|concerning|involving|to\s+do\s+with)\b/#,
                                   example: "anything still open about flights")
    /// "what does the dentist one say": the task shown, to read its note.
    static let whatItSays = Pattern(#/^what\s+(?:does|did)\s+(?:the\s+|my\s+)?(?:note\s+(?:on|for)\s+(?:the\s+|my\s+)?)?(.+?)(?:\s+(?:one|task|note))?\s+say$/#, example: "what does the dentist one say")
    static let whenDue = Pattern(#/^when(?:'?s|\s+is|\s+was|\s+are)\s+(?:the\s+|my\s+)?(.+?)(?:\s+(?:task|one))?(?:\s+due)?(?:\s+(?:again|next))?$/#,
                                 example: "when is rent due again")
    static let askedAfter = Pattern(#/^(?:(?:what'?s|whats|what)\s+about|(?:do|have)\s+i\s+(?:still\s+)?(?:got|have)(?!\s+(?:anything|any|something|much|stuff|nothing)\b))\s+(.+?)(?:\s+(?:on\s+(?:there|my\s+list|the\s+list)|left|still))?$/#,
                                    example: "do i still have the passport thing on there")
    static let showOne = Pattern(#/^(?:show|find|open|display|see|get)\s+(?:me\s+)?(?:the|my)\s+(.+?)\s+(?:task|one|item|todo|to-do|thing)$/#, example: "show me the meeting task")
    static let searchFiller = Pattern(#/^(?:the\s+|a\s+)?(?:words?|text|phrase|name)\s+(?=\S)|^(?:the|my|a|an)\s+|\s+(?:tasks?|todos?|ones?|items?|things?)$|\s+(?:on|in)\s+(?:there|here|(?:my|the)\s+(?:to-?do\s+)?list)$/#, example: "the dentist tasks")
    static let notDone = Pattern(#/\b(?:not\s+(?:yet\s+)?(?:done|completed?|finish(?:ed)?)|(?:still|yet|left)\s+to\s+be\s+(?:done|finished|completed)|(?:need|needs|have|has|got)\s+to\s+(?:be\s+|get\s+)?(?:done|finished|completed)|(?:haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:yet\s+)?(?:done|finished|completed|do|finish|complete)|unfinished|incomplete|undone)\b/#, example: "not yet done")
    static let done = Pattern(#/\b(?:completed|done|finished|complete|closed|ticked\s+off|checked\s+off)\b|\bdid\s+(?:i|we)\s+(?:(?:already|just|actually)\s+)?(?:finish|complete|do|get\s+done)\b/#, example: "did i finish")
    static let pending = Pattern(#/\b(?:pending|left|remaining|open|outstanding|to\s*-?\s*do|needs?\s+doing|todo|have\s+to|need\s+to|should\s+i|on\s+my\s+plate|hanging\s+over|still|overdue|agenda|what\s+do\s+i\s+have|(?:have|got)\s+on|what\s+have\s+i\s+got)\b/#, example: "still to do")
    /// "done ones too", "including finished": every task, whatever its status.
    static let doneToo = Pattern(#/\b(?:done|completed|finished)\s+(?:ones\s+)?(?:too|also|as\s+well|included)\b|\b(?:including|incl\.?|with|plus|even)\s+(?:the\s+)?(?:done|completed|finished)\b/#, example: "done ones too")
    /// "done and not done", "open or closed": both kinds, so every task.
    static let bothStatuses = Pattern(#/(?i)\b(?:done|finished|complete(?:d)?|ticked(?:\s+off)?|closed)\s+(?:and|&|or|\+|n)\s+(?:not(?:\s+(?:done|finished|completed?|yet)|(?=\s*(?:[,.!?]|$)))|undone|unfinished|incomplete|pending|open|outstanding)\b|\b(?:pending|open|outstanding|unfinished|undone|incomplete|not\s+done|to\s+do)\s+(?:and|&|or|\+|n)\s+(?:done|finished|completed?|closed)\b/#,
                                      example: "done and not done")
    /// "my complete list", "the whole list": every task, not the completed ones.
    static let wholeList = Pattern(#/\b(?:complete|full|whole|entire)\s+(?:to\s*-?\s*do\s+)?list\b/#, example: "my complete list")
    static let nextWeek = Pattern(#/\bnext\s+week\b/#, example: "next week")
    static let everything = Pattern(#/\b(?:all|everything|every\s+task)\b/#, example: "every task")
    static let thisWeek = Pattern(#/\b(?:this|the)\s+week\b|\bend\s+of\s+(?:the\s+)?week(?:end)?\b|\bbefore\s+the\s+weekend(?:'s|\s+is)\s+(?:out|over|done|finished)\b/#, example: "end of the week")
    /// "anything overdue?", "what's late", "what did I miss": due before today, which
    /// `due_before` (inclusive) says as "yesterday"; today's tasks are not overdue.
    static let overdue = Pattern(#/\b(?:overdue|past\s+due|late)\b|\bwhat\s+(?:did|have)\s+i\s+miss(?:ed)?\b/#, example: "what did i miss")
    static let dueWords = Pattern(#/\b(?:due|today|tonight|tomorrow|by|before|until|next\s+week|in\s+\w+\s+(?:days?|weeks?))\b/#, example: "due in 3 days")
    static let explicitTag = Pattern(#/#([\w-]+)|\b(?:tagged|tag|labelled|labeled|label)\s+#?([\w-]+)|\b(?:the|my|with|with\s+the|with\s+a|anything|any)\s+([\w-]+)\s+(?:tag|label)(?:\s+on\s+(?:it|them))?$/#, example: "labelled work")
    static let nounTag = Pattern(#/\b([\w-]+)\s+(?:tasks|todos|to-dos|items|tickets|stuff|list|things|ones|jobs|bits)\b/#, example: "work tasks")
    /// "anything left for travel?", "what's to do for the kitchen": the tasks of one kind.
    static let leftFor = Pattern(#/\b(?:left|remaining|outstanding|pending|open|to\s+do|anything|something)\s+for\s+(?:the\s+|my\s+)?([\w-]+)$/#,
                                 example: "anything left for travel")
    static let byDue = Pattern(#/\bby\s+(?:the\s+|their\s+)?(?:due\s+date|due|deadline|date(?!\s+(?:added|created|made|entered)))\b|\bsoonest\b|\bin\s+order\s+of\s+(?:due\s+date|deadline|date)\b|\b(?:in\s+order\s+of|by)\s+when\s+(?:they'?re|they\s+are|it'?s|each\s+is)\s+due\b/#, example: "by due date")
    static let byPriority = Pattern(#/\bby\s+(?:the\s+|their\s+)?(?:priority|importance|urgency)\b|\b(?:most\s+)?(?:important|urgent)(?:\s+(?:ones|tasks|stuff))?\s+first\b|\b(?:highest|high|top)\s+priority\s+first\b|\bin\s+(?:order\s+of\s+)?(?:priority|importance|urgency)(?:\s+order)?\b|\bpriority\s+order\b/#, example: "most important first")
    static let byTitle = Pattern(#/\balphabetic(?:al)?(?:al?ly)?\b|\b(?:on|by|in)\s+(?:the\s+)?alphabet\b|\bby\s+(?:the\s+|their\s+)?(?:title|name)\b|\bin\s+(?:title|name)\s+order\b|\ba\s*(?:-|to)\s*z\b/#, example: "a-z")
    static let byCreated = Pattern(#/\b(?:newest|oldest|by\s+creation|by\s+(?:the\s+)?(?:date\s+)?(?:created|added)|by\s+(?:the\s+)?date\s+(?:made|entered)|by\s+when\s+(?:they\s+were|it\s+was|i)\s+(?:added|created)|in\s+(?:the\s+)?order\s+(?:in\s+which\s+)?(?:(?:i|we|you|they\s+were|it\s+was)\s+)?(?:added|created|made|entered|put)(?:\s+(?:it|them))?(?:\s+in)?)\b/#, example: "in the order i added them")

    /// "full list please, done and not done": every task, with whatever else the words filter by.
    /// Read from the text as typed, since "…, done or not" ends as a question tag would.
    static func bothKinds(in text: String) -> ListRequest? {
        guard text.lowercased().firstMatch(of: Self.bothStatuses.regex) != nil else { return nil }
        var query = filters(in: Utterance(text).key)
        query.status = .all
        return query
    }

    /// "… because i have no idea where to start today": why the list is wanted, whose words
    /// ("today") filter nothing.
    static let reason = Pattern(#/\s*,?\s+(?:because|cos|coz|cuz|since)\s+(?:i|we|my|the|it|there|i'm|i've)\b.*$|\s*,\s*(?:i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna)\s+.*$/#, example: " because i have no idea")

    /// "am I free on friday", "what does my week look like": the diary
    /// asked about, which is what is due by then.
    static let agenda = Pattern(#/^(?:am\s+i\s+(?:free|busy)|what\s+does\s+my\s+(week|day|weekend)\s+look(?:\s+like)?|how\s+does\s+my\s+(week|day|weekend)\s+look)(?:\s+(?:on|for))?\s*(.*)$/#,
                                example: "am i free on friday")

    /// "what's on for monday?", "what have we got on this weekend": a day's diary, named.
    static let dayAgenda = Pattern(#/^(?:what'?s|whats|what\s+is|what\s+have\s+(?:i|we)\s+got|what\s+(?:do|have)\s+(?:i|we)(?:\s+got)?|(?:is\s+there\s+|have\s+(?:i|we)\s+got\s+)?anything)\s+(?:on|happening|planned)\s+(?:for\s+|on\s+)?(.+?)$/#,
                                   example: "what's on for monday")

    private static func agenda(in key: String) -> ListRequest? {
        if let match = key.wholeMatch(of: Self.dayAgenda.regex),
           let found = DuePhrase.extract(from: "due " + String(match.output.1).trimming(" ?")), found.rest.trimming(" ?").isEmpty {
            // "what's on for next week": by its end, as "what's due next week" reads.
            return ListRequest(status: .pending, dueBefore: dueBefore(in: "due " + match.output.1) ?? found.due, sort: .due)
        }
        guard let match = key.wholeMatch(of: Self.agenda.regex) else { return nil }
        let when = String(match.output.3).trimming(" ?")
        let due: String?
        if when.isEmpty {
            // "am i free", "what does my day look like": today; the week or weekend: by its end.
            let span = match.output.1 ?? match.output.2
            due = span == nil || span == "day" ? "today" : "end of week"
        } else if let found = DuePhrase.extract(from: "due " + when), found.rest.trimming(" ?").isEmpty {
            due = found.due
        } else {
            return nil
        }
        return ListRequest(status: .pending, dueBefore: due, sort: .due)
    }

    static func parse(_ utterance: Utterance) -> ListRequest? {
        if let diary = agenda(in: utterance.key) { return diary }
        if let open = stillToDo(in: utterance.key) { return open }
        let key = utterance.key.replacing(Self.reason.regex, with: "")
        let asks = Self.asksPattern.regex
        let about = Self.aboutPattern.regex
        let described = key.firstMatch(of: Self.describedList.regex) != nil
        let askedAfter = key.wholeMatch(of: Self.askedAfter.regex) != nil || key.wholeMatch(of: Self.whatIsIn.regex) != nil
            || key.wholeMatch(of: Self.whenDue.regex) != nil || key.wholeMatch(of: Self.whatItSays.regex) != nil
        guard described || askedAfter || (key.firstMatch(of: asks) != nil && key.firstMatch(of: about) != nil) || isOrderOnly(key)
            || isTagOnly(key) || isTagListAlone(key) || isFilterAlone(key)
        else { return shownAlone(key) }
        let query = filters(in: key)
        return query == ListRequest() ? shownAlone(key) ?? query : query
    }

    /// "show travel", "list groceries": one word after "show" is looked for in the titles,
    /// then as a tag (``ListRequest/widenings``); "show today" and "show high" are a date and
    /// a level to list by.
    static let showWhat = Pattern(#/^(?:show|list|display)\s+(?:me\s+)?(.+)$/#, example: "show travel")

    private static func shownAlone(_ key: String) -> ListRequest? {
        guard let said = key.wholeMatch(of: showWhat.regex).map({ String($0.output.1) }) else { return nil }
        if let found = DuePhrase.extract(from: said), found.rest.trimming(" ").isEmpty { return filters(in: "what's due " + said) }
        guard said.wholeMatch(of: /[a-z][\w-]+/) != nil else { return nil }
        if let level = PriorityPhrase.named(in: said + " priority") { return ListRequest(priority: level) }
        guard !notTags.contains(said), !listFiller.contains(said), !EnglishWords.startsATask(said) else { return nil }
        return ListRequest(search: said)
    }

    /// "shopping stuff i haven't done yet": the tasks of a tag still to do.
    static let notDoneYet = Pattern(#/^(?:the\s+|my\s+)?([a-z][\w-]*)\s+(?:stuff|things|tasks|jobs|ones|bits)\s+(?:(?:that\s+|which\s+)?(?:i|we)\s+(?:haven'?t|havent|have\s+not|didn'?t|still\s+(?:need|have)\s+to)\s+(?:done|do|finished|finish|got\s+round\s+to)(?:\s+yet)?|(?:still\s+)?(?:to\s+do|left(?:\s+to\s+do)?|outstanding|pending|not\s+done(?:\s+yet)?))\??$/#,
                                    example: "shopping stuff i haven't done yet")
    /// "what's pending in travel": the tag the pending tasks are in.
    static let pendingIn = Pattern(#/^(?:(?:could|can|may)\s+i\s+(?:see|have|get)\s+|(?:show|tell)\s+me\s+)?(?:what'?s|whats|what\s+is|what\s+have\s+i\s+got|anything)\s+(?:still\s+)?(?:pending|open|left|outstanding|to\s+do)\s+(?:in|under)\s+#?([a-z][\w-]*)\??$/#,
                                   example: "what's pending in travel")

    static let timeWord = Pattern(#/(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|order|total|general|time|advance|progress/#,
                                  example: "december")

    private static func stillToDo(in key: String) -> ListRequest? {
        guard let match = key.wholeMatch(of: notDoneYet.regex) ?? key.wholeMatch(of: pendingIn.regex),
              DuePhrase.extract(from: "in " + match.output.1) == nil, !notTags.contains(String(match.output.1)),
              match.output.1.wholeMatch(of: Self.timeWord.regex) == nil
        else { return nil }
        return ListRequest(status: .pending, tag: String(match.output.1))
    }

    /// Words that may stand around an order or a tag without asking for anything else:
    /// "show them A-Z", "alphabetical order please", "show me just the travel things".
    private static let listFiller: Set<String> = [
        "show", "list", "sort", "sorted", "order", "ordered", "arrange", "put", "give", "see", "display", "view",
        "me", "my", "them", "the", "all", "everything", "tasks", "todos", "to-dos", "list", "in", "by", "please",
        "can", "you", "with", "and", "then", "only", "just", "things", "ones", "stuff", "items", "first", "what's",
        "whats", "what", "is", "are", "up", "coming", "next",
    ]

    /// A message that is only an order ("most important first", "order by deadline", "priorities?")
    /// or only the question what comes next ("what's coming up next?") asks for the list.
    private static func isOrderOnly(_ key: String) -> Bool {
        let upcoming = key.firstMatch(of: Self.upcoming.regex) != nil
        guard upcoming || sort(in: key) != nil else { return false }
        let rest = [Self.byDue, Self.byPriority, Self.byTitle, Self.byCreated, Self.upcoming]
            .reduce(key) { $0.replacing($1.regex, with: " ") }
        // "work tasks, urgent first": the list named by its tag, then the order.
        return words(of: rest).allSatisfy(listFiller.contains) || isTagListAlone(rest.trimming(" ,"))
    }

    /// "filter by high priority": a list asked for by its filter, never a change to a task named "filter by".
    static func asksToFilter(_ key: String) -> Bool {
        key.hasPrefix("filter ")
    }

    /// "filter by high priority", "show only work": a filter asked for with no word for the list.
    private static func isFilterAlone(_ key: String) -> Bool {
        if asksToFilter(key) { return true }
        guard let match = key.wholeMatch(of: Self.onlyTag.regex), let word = match.output.1 else { return false }
        return !EnglishWords.startsATask(String(word))
    }

    /// "show me the errands", "just the travel things": a plural noun shown alone names a tag.
    private static func isTagOnly(_ key: String) -> Bool {
        guard let match = key.wholeMatch(of: Self.showTag.regex) else { return false }
        let word = String(match.output.1)
        // "show me the errands", "show me my shopping": a plural or a kind of doing names a tag.
        return (word.hasSuffix("s") || word.hasSuffix("ing")) && !notTags.contains(word) && !listFiller.contains(word) && PriorityPhrase.named(in: word) == nil
    }

    /// "shopping list", "work stuff": a list named by its tag and nothing else. A verb there
    /// ("pack things") is a task.
    static let tagListAlone = Pattern(#/^([a-z][\w-]+)\s+(?:list|tasks|todos|to-dos|stuff|jobs|chores|things)$/#, example: "shopping list")

    private static func isTagListAlone(_ key: String) -> Bool {
        guard let match = key.wholeMatch(of: Self.tagListAlone.regex) else { return false }
        let word = String(match.output.1)
        return !notTags.contains(word) && !listFiller.contains(word) && PriorityPhrase.named(in: word) == nil
            && !EnglishWords.startsATask(word)
    }

    private static func words(of text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-") }.map(String.init)
    }

    static let upcoming = Pattern(#/\b(?:what'?s|whats|what\s+is|what\s+comes)\s+(?:coming\s+up\s+)?next\b|\b(?:coming\s+up|up\s+next|next\s+up)\b|^priorit(?:y|ies)$/#, example: "what's coming up next")
    /// "show only work", "filter by errands": one word after "only" or "filter by" names a tag.
    static let onlyTag = Pattern(#/^(?:(?:show|list|display)\s+(?:me\s+)?)?(?:only|just)\s+(?:the\s+)?#?([a-z][\w-]+)(?:\s+(?:ones|tasks|stuff|things))?$|^filter\s+(?:(?:my\s+)?(?:tasks|list|todos|to-dos)\s+)?(?:by|to|for|on)\s+(?:the\s+)?(?:tag\s+|label\s+)?#?([a-z][\w-]+)$/#,
                                 example: "filter by errands")
    static let showTag = Pattern(#/^(?:show|list|display|see|give)\s+(?:me\s+)?(?:only\s+|just\s+)?(?:the\s+|my\s+)([a-z][\w-]+)(?:\s+(?:things|ones|stuff|bits|jobs))?$/#, example: "show me the errands")

    /// The filters `key` names, for a message already known to ask for the list (by the
    /// patterns above, or by the classifier).
    static func filters(in key: String) -> ListRequest {
        var query = ListRequest()
        var cutOffOnly = false
        var rest = key.replacing(Self.listNoun.regex, with: "list")
        if let found = search(in: rest) {
            query.search = found.term
            rest = found.rest
        }
        // "anything still open about flights": the state asked for sat inside the search's words.
        query.status = status(in: rest) ?? (query.search != nil && key.firstMatch(of: Self.stillOpen.regex) != nil ? .pending : nil)
        if rest.firstMatch(of: Self.undated.regex) != nil {
            rest = rest.replacing(Self.undated.regex, with: "")
            query.undatedOnly = true
            query.status = query.status ?? .pending
        } else if query.status != .completed, let due = dueBefore(in: rest) {
            query.dueBefore = due
            // "what's due this week" asks what is left to do, soonest first; "what's due before
            // dec 5" names a cut-off date, a filter and nothing more.
            // "on or before the 10th" says "by the 10th".
            cutOffOnly = (query.status == nil || query.status == .all) && rest.firstMatch(of: Self.beforeADate.regex) != nil
                && !rest.contains("or before")
            if !cutOffOnly { query.status = query.status ?? .pending }
        }
        // "most urgent first" orders by priority; it does not ask for urgent tasks only.
        let unsorted = rest.replacing(Self.byPriority.regex, with: "").replacing(Self.firstOrTop.regex, with: "")
        query.priority = PriorityPhrase.named(in: unsorted)
            ?? unsorted.firstMatch(of: Self.levelOnes.regex).flatMap { Priority(rawValue: $0.output.1.lowercased()) }
        // "what's urgent" asks what still needs doing; "what's high priority" asks for a level.
        if query.status == nil, query.priority != nil, key.hasPrefix("what"), !key.contains("prio") { query.status = .pending }
        query.tag = tag(in: rest, inferred: query.search == nil)
        query.sort = sort(in: rest) ?? (query.dueBefore == nil || cutOffOnly ? nil : .due)
        if rest.firstMatch(of: Self.upcoming.regex) != nil {
            let priorities = rest.hasPrefix("priorit")
            query.sort = query.sort ?? (priorities ? .priority : .due)
            query.status = query.status ?? (priorities ? nil : .pending)
            query.priority = priorities ? nil : query.priority
        }
        if query.tag == nil, let match = rest.wholeMatch(of: Self.showTag.regex), isTagOnly(rest) {
            query.tag = TagPhrase.normalise(match.output.1)
        }
        return query
    }

    static let sentenceEnd = Pattern(#/[.?!;]+\s+/#, example: "sarah. is there one")

    private static func search(in key: String) -> (term: String, rest: String)? {
        let patterns = [
            Self.searchFor.regex,
            Self.findAbout.regex,
            Self.findTasks.regex,
            Self.withWordIn.regex,
            Self.tasksAbout.regex,
            Self.anythingOn.regex,
            Self.showOne.regex,
            Self.askedAfter.regex,
            Self.whenDue.regex,
            Self.whatItSays.regex,
        ]
        for pattern in patterns {
            guard let match = key.firstMatch(of: pattern) else { continue }
            // "sarah. is there one?": the words searched for end with their sentence.
            let said = String(match.output.1).split(separator: Self.sentenceEnd.regex).first.map(String.init) ?? ""
            let term = said.replacing(Self.searchFiller.regex, with: "").trimming(" \"'.,!?")
            // "anything on monday" asks what is due, not for the word "monday".
            let saidOn = key.firstMatch(of: Self.anythingOn.regex)?.range == match.range
            // "anything on the shopping tag" asks for a tag, not for the words.
            guard !term.isEmpty, !saidOn || (DuePhrase.extract(from: "due " + term) == nil && !term.hasSuffix(" tag") && !term.hasSuffix(" label"))
            else { continue }
            return (term, key.removing(match.range))
        }
        return nil
    }

    private static func status(in key: String) -> TaskStatusFilter? {
        if key.firstMatch(of: Self.wholeList.regex) != nil || key.firstMatch(of: Self.bothStatuses.regex) != nil {
            return .all
        }
        if key.firstMatch(of: Self.notDone.regex) != nil {
            return .pending
        }
        if key.firstMatch(of: Self.doneToo.regex) != nil {
            return .all
        }
        if key.firstMatch(of: Self.done.regex) != nil {
            return .completed
        }
        if key.firstMatch(of: Self.pending.regex) != nil {
            return .pending
        }
        if key.firstMatch(of: Self.everything.regex) != nil {
            return .all
        }
        return nil
    }

    private static func dueBefore(in key: String) -> String? {
        if key.firstMatch(of: Self.thisWeek.regex) != nil { return "end of week" }
        if key.firstMatch(of: Self.overdue.regex) != nil { return "yesterday" }
        // "owt due before next week?": by this Sunday.
        if key.firstMatch(of: Self.beforeNextWeek.regex) != nil { return "end of week" }
        if key.firstMatch(of: Self.nextWeek.regex) != nil { return "end of next week" }
        guard key.firstMatch(of: Self.dueWords.regex) != nil, let found = DuePhrase.extract(from: key) else { return nil }
        // "due before saturday" ends on the Friday; "on or before saturday" and "by saturday" on it.
        if key.firstMatch(of: Self.strictlyBefore.regex) != nil, !key.contains("or before"), let dayBefore = found.expression.dayBefore { return dayBefore.phrase }
        return found.due
    }

    /// "with no due date", "without a deadline", "that aren't dated".
    static let undated = Pattern(#/\b(?:no|without(?:\s+an?)?|with\s+no|missing(?:\s+an?)?|lacking(?:\s+an?)?)\s+(?:due\s+)?(?:dates?|deadlines?)\b|(?:\bnot|n'?t)\s+(?:got|have)\s+an?\s+(?:due\s+)?(?:dates?|deadlines?)\b|\b(?:undated|not\s+dated|aren'?t\s+dated|unscheduled)\b/#,
                                 example: "with no due date")

    static let beforeNextWeek = Pattern(#/\b(?:before|b4)\s+next\s+week\b/#, example: "before next week")
    static let beforeADate = Pattern(#/\b(?:before|b4)\s+(?:the\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)/#, example: "due before dec 5")
    static let strictlyBefore = Pattern(#/\b(?:before|b4)\s+(?:next\s+|the\s+)?[a-z]+\??$/#, example: "before saturday")

    /// `inferred` allows "work tasks" to name a tag; a search already took the topic words.
    /// "what's in travel", "what's under #work": the tasks a tag holds.
    /// "just the medium ones": a bare level before the tasks it picks.
    static let levelOnes = Pattern(#/\b(high|medium|low)\s+(?:ones|tasks|stuff|items|things)\b/#, example: "the medium ones")
    static let relatedTag = Pattern(#/\b([a-z]+)[\s-]related\b/#, example: "work-related")
    static let whatIsIn = Pattern(#/^(?:what'?s|whats|what\s+is)\s+(?:in|under)\s+#?([\w-]+)$/#, example: "what's in travel")

    private static func tag(in key: String, inferred: Bool) -> String? {
        if let match = key.wholeMatch(of: Self.whatIsIn.regex), let tag = TagPhrase.normalise(match.output.1) { return tag }
        if let match = key.firstMatch(of: Self.explicitTag.regex),
           let tag = TagPhrase.normalise(match.output.1 ?? match.output.2 ?? match.output.3 ?? "") {
            return tag
        }
        // "a list of my work stuff": the first noun may be the list itself.
        if inferred {
            if let match = key.wholeMatch(of: Self.onlyTag.regex), let word = (match.output.1 ?? match.output.2).map(String.init),
               !notTags.contains(word), !listFiller.contains(word), PriorityPhrase.named(in: word) == nil,
               DuePhrase.extract(from: "due " + word) == nil, status(in: word) == nil, let tag = TagPhrase.normalise(word) {
                return tag
            }
            for match in key.matches(of: Self.nounTag.regex) {
                let word = String(match.output.1)
                if !notTags.contains(word), PriorityPhrase.named(in: word) == nil, let tag = TagPhrase.normalise(word) { return tag }
            }
            // "anything else work-related still open?": the tag the tasks relate to.
            if let match = key.firstMatch(of: Self.relatedTag.regex), let tag = TagPhrase.normalise(match.output.1) { return tag }
            if let match = key.firstMatch(of: Self.leftFor.regex), case let word = String(match.output.1), !notTags.contains(word),
               DuePhrase.extract(from: "due " + word) == nil, let tag = TagPhrase.normalise(word) {
                return tag
            }
        }
        if let match = contextGrammar.firstMatch(in: key) {
            return match.value
        }
        return nil
    }

    private static func sort(in key: String) -> TaskSort? {
        if key.firstMatch(of: Self.byDue.regex) != nil { return .due }
        if key.firstMatch(of: Self.byPriority.regex) != nil { return .priority }
        if key.firstMatch(of: Self.byTitle.regex) != nil { return .title }
        if key.firstMatch(of: Self.byCreated.regex) != nil { return .created }
        return nil
    }
}
