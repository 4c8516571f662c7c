import Foundation

/// The one spelling of tags, so that "#Work" and "work" are the same tag.
public enum TaskTags {
    /// Lower case with a leading `#` removed; 1 to 32 of `a-z`, `0-9`, `_`, `-`.
    public static func normalize(_ tag: String) throws -> String {
        var text = tag.trimmingCharacters(in: .whitespaces).lowercased()
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

    /// Each tag normalised, duplicates dropped, sorted.
    public static func normalize(_ tags: [String]) throws -> [String] {
        Array(Set(try tags.map(normalize))).sorted()
    }
}
