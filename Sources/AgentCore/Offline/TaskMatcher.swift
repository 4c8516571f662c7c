/// Matches the words a user remembers ("the dentist one") against task titles.
///
/// Words are compared loosely (case, plural "s", a prefix of three letters or more, one slip
/// of a key in a word of five letters or more) because
/// people rarely repeat a title exactly; acting needs every word, offering a choice needs one.
enum TaskMatcher {
    private static let filler: Set<String> = [
        "the", "a", "an", "my", "to", "of", "for", "and", "on", "in", "with", "at", "about",
        "task", "one", "item", "todo", "that", "this", "thing", "stuff",
        // "sent Sarah her email": a possessive says whose, not which.
        "her", "his", "their", "our", "your", "its",
        // "the stupid dentist thing": scorn for the task is no part of its name.
        "stupid", "bloody", "effing", "flipping", "freaking", "damn", "blasted", "wretched", "silly",
        // What is left of a possessive: "mom's call" is about "Call mom".
        "s",
    ]

    /// Tasks whose title contains every significant word of `words`.
    static func fullMatches(_ words: String, in tasks: [TaskSummary]) -> [TaskSummary] {
        let wanted = significantWords(words)
        guard !wanted.isEmpty else { return [] }
        return tasks.filter { score(wanted, title: $0.title) == wanted.count }
    }

    /// Tasks sharing at least one significant word, best first; ties keep the tool's order.
    static func partialMatches(_ words: String, in tasks: [TaskSummary]) -> [TaskSummary] {
        let wanted = significantWords(words)
        let scored = tasks.map { (task: $0, score: score(wanted, title: $0.title)) }.filter { $0.score > 0 }
        return scored.enumerated()
            .sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }
            .map(\.element.task)
    }

    /// Tasks carrying a tag that is one of the significant words of `words`.
    static func taggedMatches(_ words: String, in tasks: [TaskSummary]) -> [TaskSummary] {
        let wanted = Set(words.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }.map(String.init))
            .subtracting(filler)
        return tasks.filter { task in (task.tags ?? []).contains { wanted.contains($0.lowercased()) } }
    }

    /// Tasks whose whole title is `words`, ignoring case and surrounding punctuation.
    static func exactTitles(_ words: String, in tasks: [TaskSummary]) -> [TaskSummary] {
        let wanted = words.lowercased().trimming(" \"'.,!?")
        return tasks.filter { $0.title.lowercased().trimming(" \"'.,!?") == wanted }
    }

    /// How many of `wanted` the title holds. Two words that make one of the title's when
    /// joined count as both: dictation splits words ("the past port", "dish washer").
    private static func score(_ wanted: [String], title: String) -> Int {
        let have = significantWords(title)
        let held = { (word: String) in have.contains { similar(word, $0) } }
        let whole = { (joined: String) in have.contains { joined == $0 || (joined.count >= 5 && TypoCorrector.isOneEditAway(joined, $0)) } }
        var matched = 0
        var index = 0
        while index < wanted.count {
            if index + 1 < wanted.count, !held(wanted[index + 1]), whole(wanted[index] + wanted[index + 1]) {
                matched += 2
                index += 2
                continue
            }
            if held(wanted[index]) { matched += 1 }
            index += 1
        }
        return matched
    }

    /// The one task whose object words ("dentist" in "Call the dentist": every word but the
    /// leading verb) all appear among `words`, when no title holds every word: people wrap a
    /// task in their own story ("the dentist appointment was cancelled", "trip is off so the
    /// flights are cancelled"). Another deed said beside the objects rules a task out ("I
    /// emailed the dentist" is not "Call the dentist", "I bought a new bike" not "Fix the bike"),
    /// unless the title names no deed of its own ("Team meeting notes").
    static func coveredMatch(_ words: String, in tasks: [TaskSummary]) -> TaskSummary? {
        let said = significantWords(words)
        let otherVerbs = Set(tasks.compactMap { significantWords($0.title).first })
        let deeds = words.lowercased().split { !$0.isLetter }.map(String.init)
            .filter { ($0.count > 4 && $0.hasSuffix("ed")) || EnglishWords.irregularPast[$0] != nil }
            .map { stem(EnglishWords.irregularPast[$0] ?? $0) }
        let covered = tasks.filter { task in
            let title = significantWords(task.title)
            guard let verb = title.first, title.count > 1,
                  title.dropFirst().allSatisfy({ word in said.contains { similar($0, word) } })
            else { return false }
            if said.contains(where: { similar($0, verb) }) { return true }
            // "Team meeting notes" names no deed, so "the meeting notes are typed up" rules nothing out.
            if let first = task.title.lowercased().split(separator: " ").first, !EnglishWords.startsATask(String(first)) { return true }
            let unexplained = said.filter { word in !title.contains { similar(word, $0) } }
            return !unexplained.contains { otherVerbs.contains($0) || deeds.contains($0) }
        }
        guard covered.count == 1, !namesSomethingElse(words, title: significantWords(covered[0].title)) else { return nil }
        return covered[0]
    }

    /// "The bike shop visit" is not "Fix the bike": in a name said alone (no verb, no news), an
    /// object word followed at once by a noun of its own names another thing. "The dentist
    /// appointment" and "the rent for december" still name the task.
    private static func namesSomethingElse(_ words: String, title: [String]) -> Bool {
        let tokens = words.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }.map(String.init)
        let objects = title.dropFirst()
        guard !tokens.contains(where: { following.contains($0) || $0.hasSuffix("ed") || $0.hasSuffix("ing") }) else { return false }
        return zip(tokens, tokens.dropFirst()).contains { word, next in
            objects.contains { similar(stem(word), $0) } && !title.contains { similar(stem(next), $0) }
                && !filler.contains(next) && !following.contains(next) && !eventNouns.contains(stem(next))
                && !next.hasSuffix("ed") && !next.hasSuffix("ing") && !next.hasSuffix("'s") && !next.allSatisfy(\.isNumber)
        }
    }

    /// Words that say what became of a task, not what it is: they may follow its object.
    private static let following = Set<String>([
        "is", "are", "was", "were", "been", "be", "being", "has", "have", "had", "got", "gets", "get", "s",
        "off", "over", "out", "up", "now", "done", "sorted", "already", "too", "again", "anymore", "any", "more",
        "can", "will", "should", "must", "need", "needs", "pls", "please", "so", "but", "then", "as", "or", "if", "by",
        "from", "till", "until", "today", "tomorrow", "tonight", "yesterday", "finally", "later", "soon", "asap",
        "r", "between", "after", "before", "during", "without", "into", "via", "instead", "either",
        // "the kettle is bust": what state the thing is in.
        "bust", "busted", "dead", "knackered", "kaput", "leaking", "overdue", "urgent", "important", "late",
    ]).union(EnglishWords.negations)
    /// What a task's object is often called by: "the dentist appointment", "the bike thing".
    private static let eventNouns: Set<String> = [
        "appointment", "appt", "visit", "booking", "meeting", "call", "trip", "job", "errand", "run", "bit", "plan", "thing",
        "renewal", "repair", "session", "check", "checkup", "reminder", "list", "bill", "payment", "clear", "clean",
        "daily", "weekly", "monthly",
    ]

    private static func similar(_ wanted: String, _ have: String) -> Bool {
        wanted == have
            || (wanted.count >= 3 && have.hasPrefix(wanted))
            || (have.count >= 4 && wanted.hasPrefix(have))
            || (min(wanted.count, have.count) >= 5 && TypoCorrector.isOneEditAway(wanted, have))
            || singularAndPlural(wanted, have) || singularAndPlural(have, wanted)
    }

    /// "grocery" and "grocerie" (what is left of "groceries" once its "s" is off).
    private static func singularAndPlural(_ one: String, _ other: String) -> Bool {
        one.count >= 4 && one.hasSuffix("y") && one.dropLast() + "ie" == other
    }

    /// Words people swap for a title's own, by their stems: "the bike is repaired" is about
    /// "Fix the bike", "I phoned mum" about "Call mum", "the bicycle" about the bike, "the
    /// teeth one" about the dentist, "the mtg notes" about the meeting's. Both sides are folded, so a title's own word still
    /// matches itself.
    private static let sameWord: [String: String] = [
        "repair": "fix", "mend": "fix", "ring": "call", "phone": "call", "phon": "call", "telephone": "call", "telephon": "call",
        "purchas": "buy",
        "bicycle": "bike", "teeth": "dentist", "tooth": "dentist", "dental": "dentist", "mtg": "meet", "appt": "appointment",
    ]

    /// Phrases people say for one word of a title: "the food shop" is the groceries.
    static let samePhrase = Pattern(#/\b(?:food|weekly|big|grocery|supermarket)\s+(?:shop|shopping|run)\b/#, example: "food shop")

    static func significantWords(_ text: String) -> [String] {
        text.lowercased()
            .replacing(samePhrase.regex, with: "groceries")
            .split { !($0.isLetter || $0.isNumber) }
            .map { stem(EnglishWords.irregularPast[String($0)] ?? String($0)) }
            .filter { !filler.contains($0) }
    }

    /// A plural "s", an "-ing" and an "-ed" taken off ("fixed", "called", "renewed" match the
    /// title's verb by prefix; "tidied" becomes "tidy"), then a swapped verb folded to the title's.
    private static func stem(_ word: String) -> String {
        var word = word
        if word.count > 3 && word.hasSuffix("s") { word.removeLast() }
        if word.count > 5 && word.hasSuffix("ing") { word.removeLast(3) }
        if word.count > 4 && word.hasSuffix("ied") { word.removeLast(3); word += "y" }
        if word.count > 4 && word.hasSuffix("ed") { word.removeLast(2) }
        return sameWord[word] ?? word
    }
}
