/// Contractions spelled out, with or without their apostrophe, so "what's", "whats" and
/// "what is" are one phrase to the intent model.
///
/// Only words whose apostrophe-less form is not itself a word are listed without it ("its",
/// "well", "were" and "ill" would change meaning).
enum Contractions {
    static let expansions: [String: [String]] = {
        var table: [String: [String]] = [:]
        let pairs: [(String, String)] = [
            ("don't", "do not"), ("doesn't", "does not"), ("didn't", "did not"), ("isn't", "is not"),
            ("aren't", "are not"), ("wasn't", "was not"), ("weren't", "were not"), ("haven't", "have not"),
            ("hasn't", "has not"), ("hadn't", "had not"), ("can't", "can not"), ("cannot", "can not"),
            ("won't", "will not"), ("wouldn't", "would not"), ("shouldn't", "should not"),
            ("couldn't", "could not"), ("mustn't", "must not"), ("needn't", "need not"),
            ("i'm", "i am"), ("i've", "i have"), ("i'll", "i will"), ("i'd", "i would"),
            ("you're", "you are"), ("you've", "you have"), ("you'll", "you will"),
            ("we're", "we are"), ("we've", "we have"), ("they're", "they are"),
            ("it's", "it is"), ("that's", "that is"), ("there's", "there is"), ("here's", "here is"),
            ("what's", "what is"), ("where's", "where is"), ("who's", "who is"), ("how's", "how is"),
            ("when's", "when is"), ("why's", "why is"), ("let's", "let us"),
            ("gonna", "going to"), ("gotta", "got to"), ("wanna", "want to"),
        ]
        let keepsApostrophe: Set<String> = ["it's", "i'll", "we're", "we'll", "i'd", "we've"]
        for (short, long) in pairs {
            let words = long.split(separator: " ").map(String.init)
            table[short] = words
            if !keepsApostrophe.contains(short) { table[short.replacing("'", with: "")] = words }
        }
        return table
    }()
}
