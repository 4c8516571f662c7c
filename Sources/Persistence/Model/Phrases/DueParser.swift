/// Reads due phrases from a run of words: a day, a time, or both in either order.
struct DueParser {
    let tokens: [PhraseToken]

    /// One reading of words from `start` up to `next`.
    struct Match {
        var expression: DueExpression
        var start: Int
        var next: Int
        var rules: [DueRule]
        var strength: DueStrength
        var hasLead: Bool
        /// A lead that only a date can follow ("by", not "for") came before the phrase.
        var hasDateLead = false
    }

    /// "on or before friday", "no later than the 15th", "sometime next week", "starting monday":
    /// words that lead to a day and stay out of the title.
    private static let dayLeads: Set<String> = [
        "due", "by", "on", "before", "until", "till", "for", "over", "or", "no", "later", "than", "sometime", "is",
        "starting", "beginning", "commencing", "effective",
    ]
    private static let dateLeads: Set<String> = ["due", "by", "on", "before", "until", "till"]
    private static let connectors: Set<String> = [
        "and", "but", "so", "it's", "its", "it", "is", "with", "w/", "every", "because", "please", "pls",
        "urgent", "asap", "high", "low", "medium", "important", "for", "as", "then", "also", "to", "now", "instead", "too",
        "-", "–", "—",
    ]

    /// The leftmost phrase that may be lifted where it stands.
    func firstPhrase() -> Match? {
        var rangeEnd = 0
        for start in tokens.indices where start >= rangeEnd {
            guard let match = expression(at: start) else { continue }
            // "move the meeting from friday to monday": a span the task is about, not its date.
            if let end = spanEnd(from: match) {
                rangeEnd = end
                continue
            }
            switch match.strength {
            case .strong: return match
            case .needsLeadOrEdge where match.hasLead || edge(after: match.next): return match
            case .needsEdge where edge(after: match.next): return match
            case .needsDateLead where match.hasDateLead: return match
            default: continue
            }
        }
        return nil
    }

    /// The longest due phrase starting at `start`, lead words included.
    func expression(at start: Int) -> Match? {
        let afterDayLeads = skip(Self.dayLeads, from: start)
        let afterAllLeads = skip(Self.dayLeads.union(["at"]), from: start)
        let hasLead = afterAllLeads > start
        if let written = isoDateTime(at: afterAllLeads) {
            return Match(expression: DueExpression(written: written.value), start: start, next: written.next,
                         rules: [written.rule], strength: .strong, hasLead: hasLead)
        }
        if let day = longestDay(at: afterAllLeads) {
            var match = Match(expression: DueExpression(day: day.value, time: day.time), start: start, next: day.next,
                              rules: [day.rule], strength: day.rule.strength, hasLead: hasLead)
            match.hasDateLead = (start..<afterAllLeads).contains { Self.dateLeads.contains(tokens[$0].text) }
            guard var time = longestTime(at: day.next, afterDay: true) else { return match }
            var part = day.time
            match.rules.append(time.rule)
            var next = time.next
            if [.dayPart, .partOfDay, .moment].contains(time.rule), let exact = longestTime(at: time.next, afterDay: false) {
                part = time.value
                time = exact
                next = exact.next
                match.rules.append(exact.rule)
            } else if time.ambiguousHour, let said = longestTime(at: time.next, afterDay: false), [.dayPart, .partOfDay].contains(said.rule) {
                // "at seven o'clock in the evening": the part of the day said after the hour.
                part = said.value
                next = said.next
                match.rules.append(said.rule)
            }
            match.expression = DueExpression(day: day.value, time: time.combined(withPart: part))
            match.next = next
            match.strength = .strong
            return match
        }
        // "before lunch": a moment whose own first word is also a lead.
        guard let time = longestTime(at: afterDayLeads, afterDay: false) ?? longestTime(at: start, afterDay: false)
            ?? (opensAPhrase(at: start) ? partBeforeDay(at: afterDayLeads) : nil)
        else { return nil }
        var match = Match(expression: DueExpression(day: nil, time: time.value), start: start, next: time.next,
                          rules: [time.rule], strength: time.rule.strength, hasLead: afterDayLeads > start)
        if let day = longestDay(at: skip(Self.dayLeads, from: time.next)) {
            match.rules.append(day.rule)
            var part = day.time
            match.next = day.next
            // "half five tomorrow evening": a part of the day after the day moves the time into it.
            if let said = longestTime(at: day.next, afterDay: true), [.dayPart, .partOfDay].contains(said.rule) {
                part = said.value
                match.next = said.next
                match.rules.append(said.rule)
            }
            match.expression = DueExpression(day: day.value, time: time.combined(withPart: part))
            match.strength = .strong
        }
        return match
    }

    /// The word at `index` when it continues the phrase: no pause right before it.
    func word(_ index: Int, after start: Int) -> String? {
        guard tokens.indices.contains(index), index == start || !tokens[index - 1].pauseAfter else { return nil }
        return tokens[index].text
    }

    /// Whether the words from `index` on are exactly `words`, with no pause among them.
    func matches(_ words: [String], at index: Int) -> Bool {
        words.enumerated().allSatisfy { offset, expected in word(index + offset, after: index) == expected }
    }

    /// Where "from X to Y" ends, when `match` is its X.
    private func spanEnd(from match: Match) -> Int? {
        guard match.start > 0, tokens[match.start - 1].text == "from",
              let link = word(match.next, after: match.start), ["to", "till", "until", "-", "–"].contains(link),
              let other = expression(at: match.next + 1)
        else { return nil }
        return other.next
    }

    /// Nothing joins the word at `index` to the one before: the text or a clause starts there,
    /// or a lead does ("to afternoon tmrw"), where "parents evening thurs" is a name.
    private func opensAPhrase(at index: Int) -> Bool {
        index == 0 || tokens[index - 1].pauseAfter || ["to", "for", "on", "by", "till", "until"].contains(tokens[index - 1].text)
            || skip(Self.dayLeads, from: index) > index
    }

    private func skip(_ leads: Set<String>, from start: Int) -> Int {
        var index = start
        while let word = word(index, after: start), leads.contains(word) { index += 1 }
        return index
    }

    /// The phrase ends at `next`: the text ends, a pause follows, or a word that starts
    /// another part of the request does.
    private func edge(after next: Int) -> Bool {
        guard next < tokens.count else { return true }
        let following = tokens[next].text
        // "due on the 3rd this time": a remark on the date.
        let thisTime = following == "this" && tokens.indices.contains(next + 1) && tokens[next + 1].text == "time"
        return tokens[next - 1].pauseAfter || Self.connectors.contains(following) || following.hasPrefix("#") || thisTime
    }
}

/// A value read by one rule, the index after it, and for days a time the words implied.
struct Parsed<Value> {
    var value: Value
    var next: Int
    var rule: DueRule
    var time: TimeOfDay? = nil
    /// "at 7" could be morning or evening; a part of the day said with it decides.
    var ambiguousHour = false
}

extension Parsed<TimeOfDay> {
    /// The time, moved into the part of the day said with it: "at 7" with "tonight" is 19:00,
    /// with "tomorrow morning" 07:00.
    func combined(withPart part: TimeOfDay?) -> TimeOfDay {
        guard ambiguousHour, let part else { return value }
        let hour = value.hour > 12 ? value.hour - 12 : value.hour
        let moved = part.hour >= 12 && hour < 12 ? hour + 12 : hour
        return TimeOfDay(hour: moved, minute: value.minute) ?? value
    }
}
