import Foundation

/// The one spelling of tags, so that "#Work" and "work" are the same tag.
public enum TaskTags {
    /// Cleaned like all task text (`CleanText`), lower case with a leading `#` removed;
    /// 1 to 32 of `a-z`, `0-9`, `_`, `-`.
    public static func normalize(_ tag: String) throws -> String {
        var text = CleanText.oneLine(tag).trimmingCharacters(in: .whitespaces).lowercased()
        if text.isEmpty && !tag.allSatisfy(\.isWhitespace) {
            throw TaskInputError.onlyControlCharacters(field: "tag")
        }
        if text.hasPrefix("#") {
            text.removeFirst()
        }
        let allowed = text.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
        }
        guard allowed, (1...32).contains(text.unicodeScalars.count) else {
            throw TaskInputError.invalidTag(tag)
        }
        return text
    }

    /// Each tag normalised, duplicates dropped, sorted; at most 32 different tags, so a
    /// task's row of tags stays small enough to show and to index.
    public static func normalize(_ tags: [String]) throws -> [String] {
        let unique = Set(try tags.map(normalize))
        guard unique.count <= TaskInputError.maximumTagCount else {
            throw TaskInputError.tooManyTags(count: unique.count)
        }
        return unique.sorted()
    }
}
