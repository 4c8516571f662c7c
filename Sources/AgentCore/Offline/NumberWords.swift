/// Reads the small counts people write in words ("in two weeks", "every three days").
enum NumberWords {
    private static let words = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    ]

    /// The value of a digit string or a number word; `nil` for anything else or for zero.
    static func value(of text: some StringProtocol) -> Int? {
        let key = text.lowercased()
        if let digits = Int(key) { return digits > 0 ? digits : nil }
        return words[key]
    }

    private static let ordinals = [
        "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
        "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6,
        "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
        "tenth": 10, "10th": 10,
    ]

    /// The position an ordinal word names in a numbered list, for "the second one".
    static func ordinal(_ text: some StringProtocol) -> Int? {
        ordinals[text.lowercased()]
    }
}
