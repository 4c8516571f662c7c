extension CharacterWidth {
    /// `text` cut to at most `width` cells, ending in "…" when anything was cut. Counted in
    /// cells, not characters, so a title of wide characters stops at the same column as an
    /// ASCII one and a wide character is never split.
    static func truncated(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        guard of(text) > width else { return text }
        var kept = ""
        var used = 0
        for character in text {
            let cells = of(character)
            if used + cells > width - 1 { break }
            kept.append(character)
            used += cells
        }
        return kept + "…"
    }
}
