@testable import AgentCore

/// The held-out tables: every row the engine must get right, and every row that must write
/// nothing. Stories live in `HeldOutTable+*.swift`, one extension per group.
enum HeldOutTable {
    static var rows: [HeldOutCase] {
        creating + prioritising + tagging + dating + repeating + several + noting
            + completing + deleting + rescheduling + renaming + retagging + reprioritising + reopening
            + listing + searching + filtering + sorting + following + failing + oddlyTyped + fresh + unseen + fourth + fifth + sixth + seventh + eighth + ninth + tenth + eleventh + twelfth + thirteenth + fourteenth + fifteenth + sixteenth
            + seventeenth + eighteenth + nineteenth + twentieth + twentyFirst + twentySecond + twentyThird + twentyFourth + twentyFifth + twentySixth + twentySeventh + twentyEighth + twentyNinth + thirtieth + thirtyFirst + thirtySecond + thirtyThird + thirtyFourth + thirtyFifth + thirtySixth + thirtySeventh + thirtyEighth + thirtyNinth + fortieth + fortyFirst + fortySecond + fortyThird + fortyFourth + fortyFifth + fortySixth + fortySeventh + fortyEighth + fortyNinth + fiftieth + fiftyFirst + fiftySecond + fiftyThird + fiftyFourth + fiftyFifth + fiftySixth + fiftySeventh + fiftyEighth + fiftyNinth + sixtieth + sixtyFirst + sixtySecond + sixtyThird + sixtyFourth + sixtyFifth + sixtySixth + sixtySeventh + sixtyEighth + sixtyNinth + seventieth + seventyFirst + seventySecond + seventyThird + seventyFourth + seventyFifth + seventySixth + seventySeventh + seventyEighth + seventyNinth + eightieth + eightyFirst + eightySecond + eightyThird + eightyFourth + eightyFifth + eightySixth + eightySeventh + eightyEighth + eightyNinth + ninetieth
    }

    /// Messages that must lead to no write at all, only a reply.
    static var writesNothing: [String] { firstWritesNothing + freshWritesNothing + unseenWritesNothing }

    /// The first batch of ``writesNothing``.
    private static let firstWritesNothing: [String] = [
        "how tall is Everest", "what's the weather like", "tell me a joke", "who won the world cup?",
        "what's 2 + 2", "what time is it", "translate hello into French", "what's the capital of France?",
        "write me a poem", "how do I cook rice", "is it going to rain tomorrow?", "what's the meaning of life",
        "who is the president", "recommend a good book", "how are you feeling today?",
        "finish it", "remove that", "push it to Monday", "delete them", "mark that as done", "make it urgent",
        "rename it to call Bob", "tag it work", "complete this one", "move it to tomorrow", "it's done",
        "get rid of it", "cancel that",
        "delete the task", "complete something", "finish the thing", "remove one", "update my task",
        "change the date", "delete", "complete", "mark done", "delete the ones", "move the task",
        "asdf", "blah blah", "hmm", "?!", "lorem ipsum dolor", "the", "banana",
        "add stretch every -2 weeks", "remind me about it tomorrow", "add that",
        "I'm bored", "do you like music?", "what's your name?", "can you order me a pizza?",
        "hey how r u today", "ugh long day at the office", "omg thats hilarious",
    ]
}
