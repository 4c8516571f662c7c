import Foundation

extension JSONValue {
    /// Compact JSON text, members in their stored order.
    public var text: String {
        var output = ""
        write(to: &output, indent: nil, level: 0)
        return output
    }

    /// Indented JSON text for people, members in their stored order.
    public var prettyText: String { prettyText(level: 0) }

    /// Indented JSON text as it reads `level` containers deep in a larger document: the
    /// first line unindented, the rest indented to match, so a writer can print a document's
    /// members one by one and get the same bytes as printing it whole.
    public func prettyText(level: Int) -> String {
        var output = ""
        write(to: &output, indent: "  ", level: level)
        return output
    }

    /// Parses JSON text; numbers without a fraction or exponent become `.int`.
    public init(parsing text: String) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    private func write(to output: inout String, indent: String?, level: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value):
            output += value.isFinite ? Self.format(value) : "null"
        case .string(let value): Self.writeQuoted(value, to: &output)
        case .array(let values):
            writeContainer(open: "[", close: "]", count: values.count, to: &output, indent: indent, level: level) {
                values[$0].write(to: &$1, indent: indent, level: level + 1)
            }
        case .object(let members):
            writeContainer(open: "{", close: "}", count: members.count, to: &output, indent: indent, level: level) {
                Self.writeQuoted(members[$0].0, to: &$1)
                $1 += indent == nil ? ":" : ": "
                members[$0].1.write(to: &$1, indent: indent, level: level + 1)
            }
        }
    }

    private func writeContainer(
        open: String, close: String, count: Int, to output: inout String, indent: String?, level: Int,
        element: (Int, inout String) -> Void
    ) {
        output += open
        guard count > 0 else { return output += close }
        for index in 0..<count {
            if index > 0 { output += indent == nil ? "," : ",\n" } else if indent != nil { output += "\n" }
            if let indent { output += String(repeating: indent, count: level + 1) }
            element(index, &output)
        }
        if let indent { output += "\n" + String(repeating: indent, count: level) }
        output += close
    }

    private static func format(_ value: Double) -> String {
        if value.rounded() == value && abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Printable ASCII other than the quote and the backslash is written as it is; a string
    /// made only of it (most titles and every date) is appended whole rather than scalar by
    /// scalar, which was 18 % of `chattui tasks --json`'s CPU at 100,000 tasks.
    private static func writeQuoted(_ string: String, to output: inout String) {
        output += "\""
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            output += string
            return output += "\""
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029:
                output += String(format: "\\u%04x", scalar.value)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let values = try? container.decode([JSONValue].self) {
            self = .array(values)
        } else {
            let members = try container.decode([String: JSONValue].self)
            self = .object(members.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let values): try container.encode(values)
        case .object(let members):
            try container.encode(Dictionary(members, uniquingKeysWith: { _, last in last }))
        }
    }
}

extension JSONValue: CustomStringConvertible {
    public var description: String { text }
}
