extension JSONByteReader {
    /// The rest of a string whose text so far is `prefix`, starting at a backslash.
    mutating func readEscapedRest(after prefix: [UInt8]) throws(Malformed) -> String {
        var output = prefix
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: output, as: UTF8.self)
            case UInt8(ascii: "\\"): output.append(contentsOf: String(try escapedScalar()).utf8)
            case ..<0x20: throw Malformed()
            default: output.append(byte)
            }
        }
        throw Malformed()
    }

    /// The character an escape stands for, the backslash already read. A `\u` high surrogate
    /// must be followed by a `\u` low surrogate, and a low surrogate may not stand alone.
    private mutating func escapedScalar() throws(Malformed) -> Unicode.Scalar {
        guard position < bytes.count else { throw Malformed() }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(byte)
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"): break
        default: throw Malformed()
        }
        let unit = try hexUnit()
        switch unit {
        case 0xD800..<0xDC00:
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                  bytes[position + 1] == UInt8(ascii: "u") else { throw Malformed() }
            position += 2
            let low = try hexUnit()
            guard (0xDC00..<0xE000).contains(low),
                  let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) else { throw Malformed() }
            return scalar
        default:
            guard let scalar = Unicode.Scalar(unit) else { throw Malformed() }
            return scalar
        }
    }

    /// Four hex digits.
    private mutating func hexUnit() throws(Malformed) -> UInt32 {
        guard position + 4 <= bytes.count else { throw Malformed() }
        var unit: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Self.hexValue(bytes[position]) else { throw Malformed() }
            unit = unit << 4 | digit
            position += 1
        }
        return unit
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
