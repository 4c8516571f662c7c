import Foundation

/// Shared vocabulary of the date and recurrence phrases.
enum PhraseText {
    /// Lower case, single spaces, no surrounding space or final full stop.
    static func normalize(_ text: String) -> String {
        var words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if words.hasSuffix(".") {
            words.removeLast()
        }
        return words
    }

    /// Digits or a small number word; counts above ten years of days are refused.
    static func number(_ word: String) -> Int? {
        let words = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                     "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12]
        if let value = words[word] {
            return value
        }
        guard word.count <= 4, word.allSatisfy(\.isASCIIDigit), let value = Int(word),
              (1...3650).contains(value)
        else { return nil }
        return value
    }

    /// 1 for Monday through 7 for Sunday, from a full or short English name.
    static func isoWeekday(_ word: String) -> Int? {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        let short = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        let extra = ["tues": 2, "weds": 3, "thur": 4, "thurs": 4]
        if let index = names.firstIndex(of: word) ?? short.firstIndex(of: word) {
            return index + 1
        }
        return extra[word]
    }
}
