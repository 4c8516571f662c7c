/// What a reason said before a request talks about, for the request's pronoun: in "we sold
/// the bike so scrap fixing it", "it" is the bike; in "sarah left the company, no need to
/// email her", "her" is Sarah.
///
/// A reason is a statement: it has a verb of news (a past form, "got", "been", "doesn't").
/// The thing it is about is what is left once the speaker ("we", "I"), the auxiliaries and
/// the verbs of cancelling or leaving are taken out, so a verb that is the task's own stays
/// ("sarah's been emailed" is about "Email Sarah"). A person is the first word, when it is
/// a name rather than a pronoun or an article.
enum ReasonReferent {
    private static let speakers: Set<String> = ["i", "we", "they", "you", "he", "she", "i've", "we've", "they've", "i'm", "we're"]
    private static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "been", "be", "being", "got", "gotten", "has", "have", "had", "just", "already",
        "finally", "now", "all", "s", "did", "does", "do",
    ]
    /// Verbs that say the task is off or over, not which task it is.
    private static let offVerbs: Set<String> = [
        "cancelled", "canceled", "sold", "left", "quit", "dropped", "scrapped", "moved", "postponed", "called",
        "off", "changed", "over", "ended", "fell", "through", "binned", "axed",
    ]
    private static let articles: Set<String> = ["the", "a", "an", "my", "our", "his", "her", "their", "this", "that"]
    private static let personPronouns: Set<String> = ["her", "him"]
    /// "rent shouldn't be monthly", "the tomatoes don't need watering so often": how often a
    /// task repeats is no part of its name.
    private static let howOften: Set<String> = [
        "daily", "weekly", "monthly", "yearly", "fortnightly", "repeating", "recurring", "so", "as", "often", "frequently", "regularly",
    ]
    /// "I rang about that thing with the dentist", "I made a mistake, bring it back": words that
    /// point at the thing, or at nothing, without naming it. A "that" alone ("I did that") is
    /// the pronoun the caller resolves, so it stays.
    private static let vague: Set<String> = ["about", "thing", "things", "stuff", "business", "matter", "with", "regarding", "mistake", "error"]
    static let vagueThing = Pattern(#/(?i)\b(?:that|this)\s+(?=(?:thing|stuff|business|matter)\b)/#, example: "that thing")
    /// "the garage isn't low any more": the level a task had is no part of its name either.
    private static let levels: Set<String> = ["low", "high", "medium", "urgent", "important", "priority", "any", "more", "longer"]

    /// Whether `reason` reads as news (it has a past form, an auxiliary or a negation) rather
    /// than as a request of its own ("call mum").
    static func isStatement(_ reason: String) -> Bool {
        let said = words(of: reason)
        return said.indices.contains { index in
            let word = said[index]
            // "task no. 7": "no" before a number is the number's sign, not a negation.
            let numberSign = word == "no" && said.indices.contains(index + 1) && said[index + 1].allSatisfy(\.isNumber)
            return auxiliaries.contains(word) || (EnglishWords.negations.contains(word) && !numberSign) || isPast(word) || word.hasSuffix("'s")
        }
    }

    /// Whether `target` leans on something said before: "it", or words such as "email her".
    static func hasPronoun(_ target: TaskTarget) -> Bool {
        switch target {
        case .pronoun: return true
        case .words(let named): return words(of: named).contains { EnglishWords.thingPronouns.contains($0) || personPronouns.contains($0) }
        default: return false
        }
    }

    /// A target read from news without its auxiliaries: "sarahs been emailed" names "sarahs
    /// emailed", since "been" is in no title.
    static func withoutAuxiliaries(_ target: TaskTarget) -> TaskTarget {
        guard case .words(let named) = target else { return target }
        let kept = words(of: named).filter { !auxiliaries.contains($0) }
        return kept.isEmpty ? target : .words(kept.joined(separator: " "))
    }

    /// `target` with its pronoun put in terms of `reason`: `nil` when it has a pronoun the
    /// reason gives nothing for, so the engine asks instead of guessing.
    ///
    /// For a deletion every past verb of the reason is dropped ("the bike got stolen" is
    /// about the bike); for a completion the reason's verb is the task's ("sarah's been
    /// emailed" is about "Email Sarah"), so it stays.
    static func resolving(_ target: TaskTarget, after reason: String, change: TaskChange) -> TaskTarget? {
        let keepsVerbs = change == .complete
        switch target {
        case .pronoun:
            return thing(in: reason, keepsVerbs: keepsVerbs).flatMap(TaskTargetParser.parse)
        case .words(let named):
            let spoken = words(of: named)
            guard spoken.contains(where: { EnglishWords.thingPronouns.contains($0) || personPronouns.contains($0) }) else { return target }
            var resolved: [String] = []
            for word in spoken {
                if EnglishWords.thingPronouns.contains(word) {
                    guard let thing = thing(in: reason, keepsVerbs: keepsVerbs) else { return nil }
                    resolved.append(thing)
                } else if personPronouns.contains(word) {
                    guard let person = person(in: reason) else { return nil }
                    resolved.append(person)
                } else {
                    resolved.append(word)
                }
            }
            return TaskTargetParser.parse(resolved.joined(separator: " "))
        default:
            return target
        }
    }

    private static func thing(in reason: String, keepsVerbs: Bool) -> String? {
        let kept = words(of: reason.replacing(vagueThing.regex, with: "")).filter { word in
            !speakers.contains(word) && !auxiliaries.contains(word) && !offVerbs.contains(word) && !EnglishWords.negations.contains(word)
                && !howOften.contains(word) && !levels.contains(word) && !vague.contains(word)
                && (keepsVerbs || !isPast(word))
        }
        return kept.isEmpty ? nil : kept.joined(separator: " ")
    }

    private static func isPast(_ word: String) -> Bool {
        EnglishWords.irregularPast[word] != nil || (word.count > 4 && word.hasSuffix("ed"))
    }

    private static func person(in reason: String) -> String? {
        guard let first = words(of: reason).first, !speakers.contains(first), !articles.contains(first),
              !EnglishWords.thingPronouns.contains(first)
        else { return nil }
        return first.hasSuffix("'s") ? String(first.dropLast(2)) : first
    }

    private static func words(of text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }.map(String.init)
    }
}
