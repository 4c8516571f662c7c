/// Puts a mistyped word of the engine's vocabulary right ("compelte" → "complete"), so one
/// slip of a key does not turn a command into a task title.
///
/// Only words of five letters or more are corrected, and only to a vocabulary word one edit
/// away (a letter added, dropped, changed, or two swapped): shorter words have too many
/// neighbours. Words the vocabulary already holds are left alone, so are all other words.
enum TypoCorrector {
    /// Command and phrase words only: a word one edit from a common title word ("please" and
    /// "lease", "daily" and "dairy", "change" and "chance", "morning" and "mourning") is left
    /// out, and its slips are listed in `known` instead.
    static let vocabulary: Set<String> = [
        "remind", "complete", "completed", "delete", "deleted", "remove", "finish", "finished",
        "tomorrow", "tonight", "priority", "urgent", "important", "pending", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "fridays", "weekly",
        "monthly", "reschedule", "postpone", "rename", "everything", "remaining", "weekend", "january",
        "february", "august", "september", "october", "november", "december", "reopen", "overdue", "sorted",
        "finally", "already", "remember", "actually", "afternoon", "evening", "instead", "fortnight",
        "anymore", "whenever",
    ]

    /// Words one edit from the vocabulary that mean something else: "saturday mornings" repeats.
    private static let leftAsTyped: Set<String> = ["mornings", "afternoons", "evenings", "remembered", "remembers", "tonights"]

    /// Common slips and shorthands more than one edit away.
    private static let known: [String: String] = [
        "tommorow": "tomorrow", "tommorrow": "tomorrow", "tmrw": "tomorrow", "tmr": "tomorrow", "wensday": "wednesday", "wk": "week", "wks": "weeks", "wkend": "weekend", "wknd": "weekend", "abt": "about",
        "wendesday": "wednesday", "thursay": "thursday", "prio": "priority",
        "plese": "please", "pleae": "please", "pls": "please", "taks": "task", "tsak": "task",
        "payed": "paid", "mve": "move", "evry": "every", "wat": "what", "wot": "what", "wats": "whats", "wots": "whats", "grocerys": "groceries", "teh": "the", "dnoe": "done", "doen": "done", "donee": "done", "compelted": "completed",
        "chage": "change", "chnage": "change", "cahnge": "change", "chagne": "change", "chnge": "change", "chang": "change",
        "udpate": "update", "upadte": "update", "updte": "update", "updat": "update", "uptade": "update",
        "dleet": "delete", "deleet": "delete", "deleat": "delete", "delet": "delete", "dlete": "delete", "delite": "delete",
        "compleet": "complete", "cumplete": "complete", "cleand": "cleaned", "garaj": "garage", "fixd": "fixed",
        "nxt": "next", "tonite": "tonight", "2nite": "tonight", "2moro": "tomorrow", "2morrow": "tomorrow", "tomoz": "tomorrow",
        "fortnite": "fortnight", "shld": "should", "shud": "should", "shd": "should", "r": "are", "thru": "through", "remeber": "remember",
        "rember": "remember", "rmbr": "remember", "actualy": "actually", "acutally": "actually", "mornin": "morning", "mornign": "morning", "mornig": "morning", "moring": "morning", "monring": "morning", "morining": "morning", "mroning": "morning",
    ]

    static func correct(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { typed in
            // "wk?", "tmrw,": the closing mark stays, the word before it is corrected.
            let word = typed.prefix { !",.!?;:".contains($0) }
            let mark = typed.dropFirst(word.count)
            let letters = word.lowercased()
            if let fixed = known[letters] { return fixed + mark }
            guard letters.count >= 5, letters.allSatisfy(\.isLetter), !vocabulary.contains(letters), !leftAsTyped.contains(letters),
                  let fixed = vocabulary.first(where: { isOneEditAway(letters, $0) })
            else { return String(typed) }
            return fixed + mark
        }.joined(separator: " ")
    }

    /// Optimal string alignment distance of at most one, without building the full table.
    static func isOneEditAway(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard abs(x.count - y.count) <= 1, x != y else { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if x.count == y.count {
            if x[(i + 1)...] == y[(i + 1)...] { return true }
            return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...]
        }
        return x.count < y.count ? x[i...] == y[(i + 1)...] : x[(i + 1)...] == y[i...]
    }
}
