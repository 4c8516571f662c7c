/// Emoji and pictographs are decoration to the engine, never words of a request.
///
/// "add call grandma saturday 📞" must read "saturday" as the date, and "flights are booked
/// ✈️" must find "Book flights": a symbol left in the text sits where a date, a priority or the
/// end of a title is looked for, and would end up in the title. So a character drawn as a
/// pictograph is taken out before any rule reads the message, for every intent alike. Digits,
/// `#` and `*` (which Unicode also counts as emoji, for keycaps) and Latin-1 signs such as `°`
/// stay: they are words and tags.
extension String {
    /// The text with every pictograph replaced by a space, spaces not yet collapsed.
    func removingEmoji() -> String {
        String(map { $0.isPictograph ? " " : $0 })
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
