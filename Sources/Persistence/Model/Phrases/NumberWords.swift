/// The numbers people write in words or digits, shared by the due-date grammar, the
/// recurrence phrases and the offline engine so that all of them read "eleven" alike.
public enum NumberWords {
    private static let units = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    private static let tens = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    private static let unitOrdinals = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
        "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
        "nineteenth": 19,
    ]
    private static let tenOrdinals = [
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
        "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    ]

    /// A positive count from digits ("12") or words ("twelve", "twenty-one", "thirty one");
    /// `nil` for zero, for anything else, and for more than nine digits.
    public static func cardinal(_ text: some StringProtocol) -> Int? {
        let word = text.lowercased()
        if let digits = digitValue(word) { return digits }
        return composed(word, last: units)
    }

    /// The position an ordinal names: "third", "3rd", "twenty-first", "thirty first".
    public static func ordinal(_ text: some StringProtocol) -> Int? {
        let word = text.lowercased()
        if let suffix = ["st", "nd", "rd", "th"].first(where: word.hasSuffix),
           let value = digitValue(String(word.dropLast(suffix.count))) {
            return value
        }
        return composed(word, last: unitOrdinals) ?? tenOrdinals[word]
    }

    /// A count spelt over one or more words at `index`: digits, "two", "twenty one", "a",
    /// "an", "a couple of", "couple of". Returns the value and the index after it.
    static func count(in tokens: [PhraseToken], at index: Int) -> (value: Int, next: Int)? {
        let words = tokens.words(from: index, limit: 3)
        if words.starts(with: ["a", "couple", "of"]) { return (2, index + 3) }
        if words.starts(with: ["couple", "of"]) || words.starts(with: ["a", "couple"]) { return (2, index + 2) }
        if let first = words.first, ["a", "an"].contains(first) { return (1, index + 1) }
        if words.count >= 2, tens[words[0]] != nil, let value = composed(words[0] + " " + words[1], last: units) {
            return (value, index + 2)
        }
        return words.first.flatMap(cardinal).map { ($0, index + 1) }
    }

    /// An ordinal spelt over one or two words at `index` ("21st", "twenty first").
    static func ordinal(in tokens: [PhraseToken], at index: Int) -> (value: Int, next: Int)? {
        let words = tokens.words(from: index, limit: 2)
        if words.count == 2, tens[words[0]] != nil, let value = composed(words[0] + " " + words[1], last: unitOrdinals) {
            return (value, index + 2)
        }
        return words.first.flatMap { ordinal($0) }.map { ($0, index + 1) }
    }

    /// "seven", "twenty", "twenty-one" or "twenty one", with `last` naming the final word.
    private static func composed(_ word: String, last: [String: Int]) -> Int? {
        if let value = last[word] ?? (last == units ? tens[word] : nil) { return value }
        let parts = word.split(whereSeparator: { $0 == "-" || $0 == " " })
        guard parts.count == 2, let ten = tens[String(parts[0])], let unit = last[String(parts[1])], unit < 10 else {
            return nil
        }
        return ten + unit
    }

    private static func digitValue(_ word: String) -> Int? {
        guard !word.isEmpty, word.count <= 9, word.allSatisfy(\.isASCIIDigit), let value = Int(word), value > 0 else {
            return nil
        }
        return value
    }
}
