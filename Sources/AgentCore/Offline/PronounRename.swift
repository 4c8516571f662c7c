/// Reads a new title for the task just mentioned, said as a correction right after it:
/// "actually make that bread and milk", "no wait, call it ring the electrician", "sorry, I
/// meant buy white paint", "oops, should be collect the parcel".
///
/// The task is the conversation's last (a pronoun, resolved by ``FollowUp``), so with nothing
/// before it the engine asks. A value that is no title is refused, so nothing is renamed:
/// "call it a day", "make it a work task", "make it done", "I meant the dentist" (a target,
/// not a title), or anything ``AddDoubt`` would not add as a title.
enum PronounRename {
    static let renaming = Pattern(#/(?i)^(make|call|name|title|retitle|rename|change)\s+(?:it|that|this(?:\s+one)?)\s+(?:to\s+|into\s+|as\s+)?(.+?)(?:\s+instead)?$/#,
                                  example: "make that bread and milk")
    static let meant = Pattern(#/(?i)^(?:i\s+)?meant\s+(?:to\s+(?:say|write|type|put)\s+)?(?!(?:the|task|item|number|no|one|it|that|this)\b|#)(.+)$/#,
                               example: "I meant buy white paint")
    static let shouldBe = Pattern(#/(?i)^(?:it\s+|that\s+)?should\s+(?:be|say|read|have\s+said)\s+(.+)$/#, example: "should be collect the parcel")
    /// Values that are no title: idioms, states, a kind of task.
    static let noTitle = Pattern(#/(?i)^(?:a\s+day|a\s+night|quits|even|done|finished|complete|completed|pending|open|closed|off|later|soon|it|that|this|(?:a|an)\s+[\w-]+\s+(?:task|one|item|thing)|(?:in|on|under|into|at|for|with|by|tagged|due|high|low|medium|urgent|important|every|repeat)\b.*)$/#,
                                 example: "a work task")

    /// "vet checkup not dentist checkup": the old name said after the new one.
    static let notTheOld = Pattern(#/(?i)^(.+?)\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(.+)$/#, example: "vet checkup not dentist checkup")

    /// The new name without the old one said after it, which shares a word with it; "buy a
    /// not-too-sweet cake" and "do not disturb" keep every word.
    private static func withoutOldName(_ value: Substring) -> Substring {
        guard let match = value.wholeMatch(of: notTheOld.regex) else { return value }
        let new = Set(match.output.1.lowercased().split(separator: " ").filter { $0.count > 2 })
        return match.output.2.lowercased().split(separator: " ").contains(where: new.contains) ? match.output.1 : value
    }

    static func parse(_ text: String) -> Intent? {
        let said: Substring
        var corrected = false
        if let match = text.wholeMatch(of: renaming.regex) {
            // "make it snappy": after "make" a one-word value is too likely something else.
            guard match.output.1.lowercased() != "make" || match.output.2.contains(" ") else { return nil }
            said = match.output.2
        } else if let match = text.wholeMatch(of: meant.regex) ?? text.wholeMatch(of: shouldBe.regex) {
            said = match.output.1
            corrected = true
        } else {
            return nil
        }
        let value = withoutOldName(said)
        let title = String(value).trimming(" \"'").capitalizingFirstLetter()
        guard !title.isEmpty, value.wholeMatch(of: noTitle.regex) == nil, AddDoubt.reason(title) == nil,
              AddParser.draft(from: String(value)).title.lowercased() == title.lowercased()
        else { return nil }
        // "oops i meant oat milk" after "add get milk": a short name of a thing, ending in the
        // title's own last word, takes that word's place.
        let words = value.lowercased().split(separator: " ")
        if corrected, (2...3).contains(words.count), let first = words.first, let last = words.last, !EnglishWords.startsATask(String(first)) {
            return .change(.update(TaskEdits(titleSubstitution: TitleSubstitution(old: String(last), new: String(value), otherwise: title))), of: .pronoun)
        }
        return .change(.update(TaskEdits(title: title)), of: .pronoun)
    }
}
