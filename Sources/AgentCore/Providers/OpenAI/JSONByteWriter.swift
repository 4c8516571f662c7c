/// Appends JSON text to a byte buffer, for shapes known in advance: the writing side of
/// ``JSONByteReader``.
///
/// Encoding the request body through `JSONEncoder` built a value tree and keyed containers
/// per message, and its generic, protocol-typed path made the Swift runtime scan every
/// protocol conformance in the binary on a command's first request. This writer appends the
/// bytes directly; the caller writes the punctuation between members.
struct JSONByteWriter {
    /// A number JSON cannot spell (infinity or NaN), refused as `JSONEncoder` refuses it.
    struct NonFinite: Error {}

    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends text that is already JSON: punctuation, literals, member names known to need no escaping.
    mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends JSON text checked elsewhere, such as a tool's schema.
    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends `"name":`.
    mutating func name(_ name: String) {
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    /// Appends a quoted string. Only what JSON requires is escaped (the quote, the backslash
    /// and C0 controls); everything else, U+2028 and U+2029 included, goes out as UTF-8.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case ..<0x20:
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                          Self.hexDigit(byte >> 4), Self.hexDigit(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends a value.
    mutating func value(_ value: JSONValue) throws(NonFinite) {
        switch value {
        case .null: raw("null")
        case .bool(let flag): flag ? raw("true") : raw("false")
        case .int(let number): raw(String(number))
        case .double(let number):
            guard number.isFinite else { throw NonFinite() }
            raw(number.description)
        case .string(let text): string(text)
        case .array(let elements):
            raw("[")
            for (index, element) in elements.enumerated() {
                if index > 0 { raw(",") }
                try self.value(element)
            }
            raw("]")
        case .object(let members):
            raw("{")
            try self.members(members)
            raw("}")
        }
    }

    /// Appends an object's members without its braces; true when there was any. A member
    /// repeated under one name is written once, with its last value, as `JSONEncoder` (which
    /// encoded objects through a dictionary) did.
    @discardableResult
    mutating func members(_ members: [(String, JSONValue)]) throws(NonFinite) -> Bool {
        var written = false
        for (index, (key, member)) in members.enumerated()
        where !members[(index + 1)...].contains(where: { $0.0 == key }) {
            if written { raw(",") }
            written = true
            name(key)
            try value(member)
        }
        return written
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
