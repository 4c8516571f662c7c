extension PostgresURL {
    /// `text` with any password replaced by `***`: the one after `user:` before the `@`,
    /// and every `password=` query value. Works on text that does not parse, so an error
    /// about a malformed URL can quote it safely.
    ///
    /// It errs towards hiding: the user part runs to the last `@`, so a password holding
    /// an unescaped `/`, `?` or `@` is still masked whole.
    public static func redact(_ text: String) -> String {
        guard let scheme = schemes.first(where: { text.hasPrefix($0) }) else { return text }
        var rest = Substring(text.dropFirst(scheme.count))
        var result = scheme
        if let at = rest.lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":"),
           !rest[..<colon].contains("[")
        {
            result += rest[..<colon] + ":***@"
            rest = rest[rest.index(after: at)...]
        }
        guard let mark = rest.firstIndex(of: "?") else { return result + rest }
        let pairs = rest[rest.index(after: mark)...].split(separator: "&", omittingEmptySubsequences: false).map {
            $0.hasPrefix("password=") ? "password=***" : String($0)
        }
        return result + rest[...mark] + pairs.joined(separator: "&")
    }
}
