import Persistence

/// A request corrected as it is said: "move the bike to saturday.. no, sunday", "mark the
/// garage as done - sorry, I mean the bike". The correction takes the place of the date or
/// the task it stands for; the rest of the request stays.
enum SelfCorrection {
    static let corrected = Pattern(#/(?i)^(.+?)\s*(?:[.,;:–—-]+\s*|\s+)(?:(?:actually|hang\s+on|hold\s+on|oh)\s*,?\s*)?(?:no\s*,?\s*wait|wait\s*,?\s*no|no(?=\s*[,.!])|sorry|oops|wait|scratch\s+that)[,.!\s]+(?:i\s+mean(?:t)?\s+|make\s+(?:it|that)\s+)?(.+?)[.!]*$/#,
                                 example: "move the bike to saturday.. no, sunday")

    static func intent(in text: String) -> Intent? {
        guard let match = text.wholeMatch(of: corrected.regex) else { return nil }
        let request = String(match.output.1)
        let correction = String(match.output.2)
        guard let said = IntentParser.reading(request).ruled else { return nil }
        if let instead = wholeRequest(correction, after: said) { return instead }
        guard correction.split(separator: " ").count <= 5 else { return nil }
        if let day = DuePhrase.extract(from: "due " + correction), day.rest.trimming(" ,.").isEmpty,
           let old = DuePhrase.extract(from: request) {
            return IntentParser.reading(old.rest + " " + correction).ruled
        }
        // "delete task three no wait task four": another id for the id said, but "remove the
        // priority from no. 8" says "no" as a word for "number".
        if case .change(let change, .id) = said, correction.contains(TaskTargetParser.idNoun.regex),
           case .id(let id)? = TaskTargetParser.parse(correction) {
            return .change(change, of: .id(id))
        }
        // "medium priority, no wait, high": a level corrected is ``Utterance``'s to read.
        guard DuePhrase.extract(from: correction) == nil, PriorityPhrase.named(in: correction) == nil,
              Priority(rawValue: correction.lowercased().trimming(" ,.")) == nil, case .change(let change, .words) = said,
              case .words(let named)? = TaskTargetParser.parse(correction)
        else { return nil }
        return .change(change, of: .words(named))
    }

    static let insteadLead = Pattern(#/(?i)^(?:just|actually|instead|rather)\s+/#, example: "just ")

    /// "delete the bike, no wait, just mark it done", "add, hang on, no, remind me to defrost
    /// the turkey": a correction that is a request of its own replaces the first; its "it" is
    /// the task the first named.
    private static func wholeRequest(_ correction: String, after said: Intent) -> Intent? {
        let fresh = correction.replacing(insteadLead.regex, with: "")
        guard let own = IntentParser.reading(fresh).ruled else { return nil }
        switch own {
        case .change(let change, .pronoun):
            guard case .change(_, let target) = said else { return nil }
            return .change(change, of: target)
        case .add(let task) where !task.title.isEmpty && AddParser.explicitBody(of: Utterance(fresh).core) != nil:
            return own
        default:
            return nil
        }
    }
}
