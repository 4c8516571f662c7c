/// Reads a statement that a task is done, said as a fact rather than as a command: "I called
/// the dentist", "emailed sarah already", "rent is paid", "bike's fixed now", "flights booked!".
///
/// The words it returns keep the verb ("called the dentist", "paid rent"), so ``TaskMatcher``
/// finds the one task whose title has the verb's present form; when none or several match,
/// the engine says so or asks which, and never adds the sentence as a new task.
enum DoneStatement {
    /// "I (have) (just) called the dentist (already)", "emailed sarah": a past verb, then what was done.
    static let active = Pattern(#/(?i)^(?:(?:ive|weve|(?:i|we)(?:'ve|\s+have|\s+had)?)\s+)?(?:(?:just|already|finally|now|also)\s+)*([a-z]{2,}[a-df-z]ed|paid|bought|sent|wrote|made|took|got|rang|found|brought|sold|told|met|gave|built|caught|drove|fed|swept|did|dealt)\s+(.+?)(?:\s+(?:already|now|today|yesterday|earlier|finally|at\s+last|this\s+morning))*$/#,
                                example: "I've just called the dentist already")
    /// "groceries I already bought", "the rent we paid": what was done said first (a few words,
    /// no request), then who did it.
    static let fronted = Pattern(#/(?i)^(?!.*\b(?:what|which|how|show|list|tasks?)\b)(?!(?:i|we|you|they|did|have|add|remind|remember|put|create|make|new|please|pls|call|ring|phone|email|text|tell|ask|meet|see|visit|thank)\b)((?:[\w'-]+\s+){0,3}[\w'-]+)\s+(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:(?:just|already|finally)\s+)*([a-z]{2,}[a-df-z]ed|paid|bought|sent|wrote|made|took|got|rang|found|brought|sold|told|met|gave|built|caught|drove|fed|swept|did|dealt\s+with)(?:\s+(?:it|them))?(?:\s+(?:already|now|today|yesterday|earlier|finally|at\s+last))*$/#,
                                 example: "groceries I already bought")
    /// "got anything tagged shopping": a question, not a deed.
    private static let indefinite: Set<String> = ["anything", "something", "everything", "nothing", "any", "some", "much", "many"]
    /// When it was done, said after what was done: "yesterday", "last night", "on the way
    /// home", "on monday". It names no task, so it is cut before the task's words are read.
    static let pastTime = Pattern(#/(?i)(?:\s+(?:too|as\s+well|there\s+(?:just\s+)?now|just\s+there|already|now|today|yesterday|earlier|finally|at\s+last|this\s+(?:morning|afternoon|evening)|last\s+(?:night|week|weekend|month)|earlier\s+(?:today|on)|on\s+the\s+way\s+(?:home|back|in|out)|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:on\s+)?the\s+other\s+day|an?\s+(?:while|bit|few\s+(?:days|hours|minutes))\s+ago|\w+\s+(?:days|hours|minutes)\s+ago|first\s+thing|(?:after|before)\s+(?:work|lunch|school)|at\s+lunch(?:time)?|for\s+(?:this|the)\s+(?:week|month|year)))+$/#,
                                  example: "texted jo last night")
    /// Verbs that say only that something was done, not how: "got the groceries", "sorted
    /// the car insurance", "picked up the parcel". The task is found by what follows them.
    private static let general: Set<String> = [
        "got", "sorted", "did", "done", "handled", "grabbed", "picked", "dealt", "tackled", "managed", "finished", "completed",
    ]
    /// "got the garage sorted", "got the car seen to": after a verb that says only that it
    /// was done, the state it is in now names no task.
    static let stateAfter = Pattern(#/(?i)\s+(?:sorted(?:\s+out)?|done|fixed|finished|handled|dealt\s+with|seen\s+to|out\s+of\s+the\s+way|over\s+with)$/#,
                                    example: " sorted")
    /// "picked up", "sorted out", "cleaned out": the particle belongs to the verb, and a title
    /// says "Clean the garage" without it.
    static let particle = Pattern(#/(?i)^(?:up|out|with|off)\s+/#, example: "up the groceries")

    /// "rent is paid", "bike's fixed now", "flights booked", "the groceries are all done", "the
    /// garage is finally clean", "dry cleaning's picked up": a chore's own adjective says it is done.
    static let passive = Pattern(#/(?i)^(?!(?:what|which|whats|show|list|how|any|anything|everything|all|my\s+tasks|tasks|stuff|mark|set)\b)(?:the\s+)?(.+?)('s|\s+(?:is|are|was|were|has\s+been|have\s+been|got|all))?(?:\s+(?:now|finally|already|all|both))*\s+([a-z]{2,}[a-df-z]ed|paid|bought|sent|written|made|taken|done|found|sold|built|fed|swept|sorted|clean|tidy|complete)(?:\s+(?:up|in|back))?(?:\s+(?:now|already|today|finally|at\s+last|off))*$/#,
                                 example: "bike's fixed now")
    /// "email sarah -> done", "groceries: done": a task marked off the way a list is.
    static let markedOff = Pattern(#/(?i)^(.+?)\s*(?:->|=>|→|:|-+|–|—)\s*(?:done|finished|completed?|sorted|handled)$/#,
                                   example: "email sarah -> done")
    static let stateWord = Pattern(#/(?i)done|finished|completed?|sorted|handled/#, example: "done")

    /// Past forms that say something other than "I did it": "I needed milk", "moved it to 3".
    private static let notDone: Set<String> = [
        "needed", "wanted", "planned", "started", "tried", "decided", "hoped", "asked", "liked", "loved", "hated", "wished",
        "scheduled", "postponed", "delayed", "moved", "cancelled", "canceled", "added", "created", "listed",
        "marked", "deleted", "removed", "changed", "updated", "renamed", "missed", "failed", "expected",
        "intended", "tagged", "labelled", "labeled", "pushed", "bumped", "reopened", "forgotten",
        "retired", "died", "resigned", "emigrated", "relocated", "divorced", "rained", "snowed",
        "nicked", "stolen", "crashed", "damaged", "wrecked", "totalled", "flooded", "broken", "closed",
    ]
    /// "is called X", "is named X": a name, not an act.
    private static let naming: Set<String> = ["called", "named", "titled"]
    /// Words that say the task is over; the task is named by the words before them alone.
    static let sortedBy = Pattern(#/(?i)\b(?:sorted|ordered|arranged)\s+(?:by|alphabetically|in\s+order|a\s*-?\s*z|from|soonest|oldest|newest)/#,
                                  example: "sorted alphabetically")
    private static let states: Set<String> = ["done", "sorted", "finished", "completed", "complete", "handled"]

    /// "Dave did the garage", "he's emailed Sarah", "the kids have done the food shop": someone
    /// else did it. A name needs its capital, so "bike fixed" is never read as a person, unless
    /// a deed and "the" follow it ("tom rang the dentist"); the deed needs its object:
    /// "Flights booked for the hen do" is news of the flights.
    static let someoneElse = Pattern(#/^(?:(?i:he|she|they|(?:the|my|our|his|her)\s+(?:kids|children|boys|girls|lads|husband|wife|partner|son|daughter|mum|mam|mom|dad|boss|team|neighbours?|cleaner|builders?|brother|sister|nan|grandad|flatmate|housemate))|[A-Z][a-z]+|[a-z]+(?=\s+(?:rang|paid|bought|sent|took|sold|booked|called|emailed|fixed|cleaned)\s+(?:the|my|our|his|her)\s))(?i:'s|'ve|\s+has|\s+have|\s+had)?\s+(?=(?i:(?:just|already|finally|now|also)\s+)*(?i:[a-z]{2,}[a-df-z]ed|paid|bought|sent|wrote|made|took|got|rang|found|brought|sold|told|met|gave|built|caught|drove|fed|swept|did|done|dealt)\s+(?!(?i:for|at|on|in|by|with|to|from|today|yesterday|now|already|finally|last|this|earlier|off|up|out)\b)\S)/#,
                                    example: "Dave did the garage")
    private static let thingPronouns: Set<String> = ["it", "them", "that", "this", "that one", "this one"]
    private static let objectPronouns: Set<String> = ["me", "us", "him", "her", "them", "it", "you", "that", "this"]

    static let doneForDid = Pattern(#/(?i)^done\s+/#, example: "done ")

    /// "already call dentist (liao)": Singapore English says a deed is done with "already"
    /// before the errand's own words.
    static let alreadyFirst = Pattern(#/(?i)^already\s+([a-z]+)(\s+.+)$/#, example: "already call dentist")

    static let saidNotDone = Pattern(#/(?i)\b(?:as\s+not|not\s+(?:yet\s+)?)(?:done|finished|complete|completed)\b/#, example: "back on my list as not done")

    /// The words naming the task that was done, with its verb, or `nil`.
    static func words(in text: String) -> String? {
        // "put it back on my list as not done": the opposite of news that something is done.
        guard text.firstMatch(of: saidNotDone.regex) == nil else { return nil }
        if let match = text.wholeMatch(of: alreadyFirst.regex), EnglishWords.startsATask(match.output.1.lowercased()) {
            return String(match.output.1 + match.output.2)
        }
        if let match = text.prefixMatch(of: someoneElse.regex) {
            let deed = String(text[match.range.upperBound...]).replacing(Self.doneForDid.regex, with: "did ")
            // "Sarah emailed me back": done to the user, not one of the user's tasks.
            guard let words = words(in: deed), !words.lowercased().split(separator: " ").contains(where: { objectPronouns.contains(String($0)) })
            else { return nil }
            return words
        }
        // "sorted alphabetically", "sorted by due date": an order, not news.
        guard text.firstMatch(of: sortedBy.regex) == nil else { return nil }
        if let match = text.wholeMatch(of: markedOff.regex) { return String(match.output.1) }
        if let match = withoutPastTime(text).wholeMatch(of: fronted.regex), !notDone.contains(match.output.2.lowercased()) {
            return match.output.2 + " " + match.output.1
        }
        if let match = withoutPastTime(text).wholeMatch(of: active.regex), !notDone.contains(match.output.1.lowercased()),
           !indefinite.contains(match.output.2.lowercased().split(separator: " ").first.map(String.init) ?? "") {
            let verb = match.output.1.lowercased()
            let object = String(match.output.2).replacing(particle.regex, with: "")
            // "sent it", "charged them": the deed was done to the task just named.
            if general.contains(verb) || thingPronouns.contains(object.lowercased()) { return object.replacing(stateAfter.regex, with: "") }
            return match.output.1 + " " + object
        }
        guard let match = withoutPastTime(text).wholeMatch(of: passive.regex) else { return nil }
        let verb = match.output.3.lowercased()
        // Without "is"/"are" only a short subject is safe: "get the kids dressed" is a title.
        // A state word says it outright: "team meeting notes done". "Called" is a name
        // ("the task is called bills") unless it was done: "the dentist has been called".
        let short = match.output.2 != nil || match.output.1.split(separator: " ").count <= 2 || states.contains(verb)
        guard short, !notDone.contains(verb), !naming.contains(verb) || match.output.2 == nil || match.output.2?.contains("been") == true
        else { return nil }
        // "it's paid now": done to the task just named, whatever the deed.
        let done = String(match.output.1)
        return states.contains(verb) || thingPronouns.contains(done.lowercased()) || namesAPlace(done) ? done : verb + " " + done
    }

    /// "the third one is paid now": a place in the list just shown names the task, whatever the deed.
    private static func namesAPlace(_ subject: String) -> Bool {
        switch TaskTargetParser.parse(subject) {
        case .position?, .lastListed?, .numbered?, .id?: return true
        default: return false
        }
    }

    /// `text` without the time it was done at its end, or as it is when only that is left.
    static func withoutPastTime(_ text: String) -> String {
        // "finished the one due tuesday": a day said after "due" names the task, not when it was done.
        guard let match = text.firstMatch(of: pastTime.regex), match.range.lowerBound > text.startIndex,
              !text[..<match.range.lowerBound].lowercased().hasSuffix(" due")
        else { return text }
        return String(text[..<match.range.lowerBound])
    }
}
