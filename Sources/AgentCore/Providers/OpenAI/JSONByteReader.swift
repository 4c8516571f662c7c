/// A forward-only reader over the bytes of one JSON text, for shapes known in advance.
///
/// A streamed reply arrives as a thousand small JSON objects a second; `JSONDecoder` builds a
/// whole value tree and a keyed container for each, which made decoding the largest cost of a
/// stream. This reader walks the bytes once: the caller asks for the members it wants and
/// every other value is checked for well-formedness and skipped. It is as strict as
/// `JSONDecoder` on what it reads (unescaped control characters, lone surrogates, trailing
/// text and integer overflow are errors) and as lenient on what it skips, so both accept and
/// refuse the same chunks.
struct JSONByteReader {
    struct Malformed: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// Nesting beyond this is refused rather than risking the stack, as `JSONDecoder` does.
    private static let depthLimit = 512

    /// `bytes` must stay valid for as long as the reader is used.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next byte after any whitespace, without consuming it.
    mutating func peek() -> UInt8? {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        return position < bytes.count ? bytes[position] : nil
    }

    /// Consumes `null` if it comes next.
    mutating func readNull() throws(Malformed) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    /// Ensures nothing but whitespace is left.
    mutating func finish() throws(Malformed) {
        guard peek() == nil else { throw Malformed() }
    }

    /// Reads an object, handing each member's name to `member`, which must read or skip the value.
    mutating func readObject(_ member: (inout JSONByteReader, String) throws(Malformed) -> Void) throws(Malformed) {
        try expect(UInt8(ascii: "{"))
        repeat {
            // JSONDecoder lets a comma stand before the closing brace.
            if peek() == UInt8(ascii: "}") { position += 1; return }
            guard peek() == UInt8(ascii: "\"") else { throw Malformed() }
            let name = try readString()
            try expect(UInt8(ascii: ":"))
            try member(&self, name)
        } while try separator(closing: UInt8(ascii: "}"))
    }

    /// Reads an array (a comma may stand before its closing bracket), calling `element` once for each element, which must read or skip it.
    mutating func readArray(_ element: (inout JSONByteReader) throws(Malformed) -> Void) throws(Malformed) {
        try expect(UInt8(ascii: "["))
        repeat {
            if peek() == UInt8(ascii: "]") { position += 1; return }
            try element(&self)
        } while try separator(closing: UInt8(ascii: "]"))
    }

    mutating func readString() throws(Malformed) -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                defer { position += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            case UInt8(ascii: "\\"):
                return try readEscapedRest(after: Array(bytes[start..<position]))
            case ..<0x20: throw Malformed()
            default: position += 1
            }
        }
        throw Malformed()
    }

    /// An integer; a number with a fraction or exponent counts when it is a whole number.
    mutating func readInt() throws(Malformed) -> Int {
        let text = try numberText()
        if let value = Int(text) { return value }
        guard text.contains(where: { ".eE".contains($0) }), let double = Double(text),
              let value = Int(exactly: double) else { throw Malformed() }
        return value
    }

    /// Checks the next value of any kind and moves past it.
    mutating func skipValue(depth: Int = 0) throws(Malformed) {
        guard depth < Self.depthLimit, let byte = peek() else { throw Malformed() }
        switch byte {
        case UInt8(ascii: "{"):
            // Member names are skipped too: JSONDecoder decodes no name of a value it skips.
            position += 1
            repeat {
                if peek() == UInt8(ascii: "}") { position += 1; return }
                try skipString()
                try expect(UInt8(ascii: ":"))
                try skipValue(depth: depth + 1)
            } while try separator(closing: UInt8(ascii: "}"))
        case UInt8(ascii: "["): try readArray { reader throws(Malformed) in try reader.skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try numberText()
        }
    }

    /// Moves past a string that is not read, as leniently as `JSONDecoder`, which decodes a
    /// string only when asked for it: it finds the closing quote, lets control characters and
    /// unknown escapes pass, and only requires four characters other than a quote after `\u`.
    private mutating func skipString() throws(Malformed) {
        try expect(UInt8(ascii: "\""))
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\"") { return }
            guard byte == UInt8(ascii: "\\") else { continue }
            guard position < bytes.count else { break }
            position += 1
            guard bytes[position - 1] == UInt8(ascii: "u") else { continue }
            guard position + 4 <= bytes.count,
                  !bytes[position..<position + 4].contains(UInt8(ascii: "\"")) else { throw Malformed() }
            position += 4
        }
        throw Malformed()
    }

    private mutating func expect(_ byte: UInt8) throws(Malformed) {
        guard peek() == byte else { throw Malformed() }
        position += 1
    }

    /// After a member or element: true for a comma, false for the closing bracket.
    private mutating func separator(closing: UInt8) throws(Malformed) -> Bool {
        switch peek() {
        case UInt8(ascii: ","): position += 1; return true
        case closing: position += 1; return false
        default: throw Malformed()
        }
    }

    private mutating func literal(_ word: StaticString) throws(Malformed) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
              (0..<count).allSatisfy({ bytes[position + $0] == word.utf8Start[$0] }) else { throw Malformed() }
        position += count
    }

    /// The text of a number in JSON's grammar: `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`.
    private mutating func numberText() throws(Malformed) -> String {
        _ = peek()
        let start = position
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        guard digits() > 0, bytes[integerStart] != UInt8(ascii: "0") || position - integerStart == 1 else {
            throw Malformed()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw Malformed() }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard digits() > 0 else { throw Malformed() }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    private mutating func digits() -> Int {
        let start = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
        return position - start
    }
}
