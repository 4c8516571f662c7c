extension PostgresURL {
    /// The query parameters understood, as libpq names them; any other is refused, as
    /// libpq refuses it, rather than silently ignored.
    static let parameters = [
        "host", "hostaddr", "port", "dbname", "user", "password", "sslmode", "connect_timeout", "application_name",
    ]

    /// Reads `postgresql://[user[:password]@][host][:port][/database][?name=value&…]`.
    ///
    /// Parts are percent-decoded; an IPv6 host is written in brackets; a socket folder is
    /// given as `host=/path` in the query (or percent-encoded in the host part). Query
    /// parameters override the parts before them, as in libpq.
    public init(parsing text: String) throws(PostgresURLError) {
        guard let scheme = Self.schemes.first(where: { text.hasPrefix($0) }) else {
            preconditionFailure("PostgresURL(parsing:) needs a text isURL accepts")
        }
        var rest = Substring(text.dropFirst(scheme.count))
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var path: Substring = ""
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        self.init(redacted: Self.redact(text))
        if let at = rest.firstIndex(of: "@") {
            try readUser(rest[..<at])
            rest = rest[rest.index(after: at)...]
        }
        try readHostAndPort(rest)
        database = try Self.decodedOrNil(path)
        try readParameters(query)
    }

    private mutating func readUser(_ info: Substring) throws(PostgresURLError) {
        if let colon = info.firstIndex(of: ":") {
            user = try Self.decodedOrNil(info[..<colon])
            password = try Self.decodePassword(info[info.index(after: colon)...])
        } else {
            user = try Self.decodedOrNil(info)
        }
    }

    private mutating func readHostAndPort(_ text: Substring) throws(PostgresURLError) {
        guard !text.contains(",") else { throw .severalHosts }
        var portText: Substring?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw .unclosedBracket }
            host = try Self.decodedOrNil(text[text.index(after: text.startIndex)..<close])
            let after = text[text.index(after: close)...]
            if after.hasPrefix(":") {
                portText = after.dropFirst()
            } else if !after.isEmpty {
                throw .badPort(String(after))
            }
        } else if let colon = text.firstIndex(of: ":") {
            host = try Self.decodedOrNil(text[..<colon])
            portText = text[text.index(after: colon)...]
        } else {
            host = try Self.decodedOrNil(text)
        }
        if let portText, !portText.isEmpty {
            port = try Self.port(portText)
        }
    }

    private mutating func readParameters(_ query: Substring) throws(PostgresURLError) {
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            guard let equals = pair.firstIndex(of: "=") else { throw .parameterWithoutValue(String(pair)) }
            let name = try Self.decode(pair[..<equals])
            let raw = pair[pair.index(after: equals)...]
            let value = name == "password" ? try Self.decodePassword(raw) : try Self.decode(raw)
            switch name {
            case "host": host = value.isEmpty ? nil : value
            case "port": port = try Self.port(Substring(value))
            case "dbname": database = value.isEmpty ? nil : value
            case "user": user = value.isEmpty ? nil : value
            case "password": password = value
            case "sslmode":
                guard let mode = SSLMode(rawValue: value) else { throw .badSSLMode(value) }
                sslMode = mode
            case "hostaddr": hostAddress = value.isEmpty ? nil : try Self.hostAddress(value)
            case "connect_timeout": connectTimeout = value.isEmpty ? nil : try Self.connectTimeout(value)
            case "application_name": break
            default: throw .unknownParameter(name)
            }
        }
    }

    private static func port(_ text: Substring) throws(PostgresURLError) -> Int {
        guard text.allSatisfy(\.isASCII), let number = Int(text), (1...65_535).contains(number) else {
            throw .badPort(String(text))
        }
        return number
    }

    private static func decodedOrNil(_ part: Substring) throws(PostgresURLError) -> String? {
        let text = try decode(part)
        return text.isEmpty ? nil : text
    }

    /// Percent-decodes `part`; a truncated or non-hex escape, `%00` (libpq refuses it too)
    /// or bytes that are not UTF-8 are refused.
    static func decode(_ part: Substring) throws(PostgresURLError) -> String {
        var bytes: [UInt8] = []
        var input = part.utf8.makeIterator()
        while let byte = input.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = input.next().flatMap(hexValue), let low = input.next().flatMap(hexValue),
                  high << 4 | low != 0
            else { throw .badEscape(String(part)) }
            bytes.append(high << 4 | low)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.elementsEqual(bytes) else { throw .badEscape(String(part)) }
        return text
    }

    private static func decodePassword(_ part: Substring) throws(PostgresURLError) -> String {
        do {
            return try decode(part)
        } catch {
            throw .badEscapeInPassword
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
