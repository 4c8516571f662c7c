/// The lines of a libpq password file (`~/.pgpass`): `host:port:database:user:password`,
/// `*` matching anything in the first four fields, `\:` and `\\` for a literal colon
/// and backslash. The first line that matches wins, as in libpq.
struct PasswordFile: Hashable, Sendable {
    struct Line: Hashable, Sendable {
        /// host, port, database, user; nil stands for `*`.
        var keys: [String?]
        var password: String
    }

    var lines: [Line]

    init(text: String) {
        lines = text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).compactMap(Self.line)
    }

    /// The password of the first line whose four keys match; a socket connection matches
    /// the host `localhost` only for the default socket folder, as in libpq.
    func password(host: String, port: Int, database: String, user: String) -> String? {
        let wanted = [host, String(port), database, user]
        return lines.first { line in
            zip(line.keys, wanted).allSatisfy { key, value in key == nil || key == value }
        }?.password
    }

    private static func line(_ text: Substring) -> Line? {
        guard !text.hasPrefix("#") else { return nil }
        var fields: [String] = [""]
        var literal: [Bool] = [false]
        var escaped = false
        for character in text {
            if escaped {
                fields[fields.count - 1].append(character)
                literal[literal.count - 1] = true
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 5 {
                fields.append("")
                literal.append(false)
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        guard fields.count == 5 else { return nil }
        let keys = (0..<4).map { index -> String? in
            fields[index] == "*" && !literal[index] ? nil : fields[index]
        }
        return Line(keys: keys, password: fields[4])
    }
}
