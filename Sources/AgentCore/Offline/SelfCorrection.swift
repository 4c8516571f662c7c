import Persistence

/// A request corrected as it is said: "move the bike to saturday.. no, sunday", "mark the
/// garage as done - sorry, I mean the bike". The correction takes the place of the date or
/// the task it stands for; the rest of the request stays.
enum SelfCorrection {
    static let corrected = Pattern(#/(?i)^(.+?)\s*(?:[.,;:–—-]+\s*|\s+)(?:no\s*,?\s*wait|no(?=\s*[,.!])|sorry|oops|wait|scratch\s+that)[,.!\s]+(?:i\s+mean(?:t)?\s+|make\s+(?:it|that)\s+)?(.+?)[.!]*$/#,
                                 example: "move the bike to saturday.. no, sunday")

    static func intent(in text: String) -> Intent? {
        guard let match = text.wholeMatch(of: corrected.regex) else { return nil }
        let request = String(match.output.1)
        let correction = String(match.output.2)
        guard correction.split(separator: " ").count <= 5, let said = IntentParser.reading(request).ruled else { return nil }
        if let day = DuePhrase.extract(from: "due " + correction), day.rest.trimming(" ,.").isEmpty,
           let old = DuePhrase.extract(from: request) {
            return IntentParser.reading(old.rest + " " + correction).ruled
        }
        // "medium priority, no wait, high": a level corrected is ``Utterance``'s to read.
        guard DuePhrase.extract(from: correction) == nil, PriorityPhrase.named(in: correction) == nil,
              Priority(rawValue: correction.lowercased().trimming(" ,.")) == nil, case .change(let change, .words) = said,
              case .words(let named)? = TaskTargetParser.parse(correction)
        else { return nil }
        return .change(change, of: .words(named))
    }
}
