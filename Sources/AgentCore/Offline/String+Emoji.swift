/// Emoji and pictographs are decoration to the engine, never words of a request.
///
/// "add call grandma saturday 📞" must read "saturday" as the date, and "flights are booked
/// ✈️" must find "Book flights": a symbol left in the text sits where a date, a priority or the
/// end of a title is looked for, and would end up in the title. So a character drawn as a
/// pictograph is taken out before any rule reads the message, for every intent alike. Digits,
/// `#` and `*` (which Unicode also counts as emoji, for keycaps) and Latin-1 signs such as `°`
/// stay: they are words and tags.
extension String {
    /// The text with every pictograph replaced by a space, spaces not yet collapsed; a run of
    /// them between a clause of two words or more and a command ("dentist retired 🙃 take the
    /// task off") is the pause a comma would be. Inside a title ("买菜 🎉 for the party") it
    /// is only a space.
    func removingEmoji() -> String {
        var result = ""
        var index = startIndex
        while index < endIndex {
            guard self[index].isPictograph else {
                result.append(self[index])
                index = self.index(after: index)
                continue
            }
            var end = index
            while end < endIndex, self[end].isPictograph || self[end].isWhitespace { end = self.index(after: end) }
            let next = self[end...].prefix { $0.isLetter }.lowercased()
            let isPause = Self.clauseWords(result.split(whereSeparator: { ",.;:!?".contains($0) }).last ?? "") >= 2
                && Self.commands.contains(next)
            result += isPause ? ", " : " "
            index = end
        }
        return result
    }

    /// Words that open a request or a reason: after a pictograph they start a clause of their own.
    private static let commands: Set<String> = [
        "take", "delete", "remove", "move", "add", "mark", "cancel", "bin", "drop", "tick", "complete", "push",
        "make", "get", "put", "scrap", "ditch", "nix", "cross", "change", "rename", "tag", "set", "clear", "please", "pls",
        // A reason or a level said after it: "get the groceries off my list 🙄 not needed".
        "not", "no", "because", "cos", "coz", "since",
    ]

    /// How many words of letters a clause has: a pause needs one before it.
    private static func clauseWords(_ clause: Substring) -> Int {
        clause.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }.count
    }
}

extension Character {
    /// Whether the character is an emoji or another pictographic symbol (✈️, 📞, ★, ✔).
    ///
    /// A flag, a skin tone or a joined family is one character made of several scalars: any
    /// of them being a pictograph is enough. Scalars below U+2000 are never one, which keeps
    /// digits, `#`, `*`, `©` and `°`.
    var isPictograph: Bool {
        unicodeScalars.contains { scalar in
            guard scalar.value >= 0x2000 else { return false }
            let properties = scalar.properties
            return properties.isEmoji || properties.isEmojiPresentation || properties.generalCategory == .otherSymbol
        }
    }
}
