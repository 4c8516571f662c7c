/// ``DeltaContent`` read by ``JSONByteReader``, with the same shapes its `Decodable` init takes.
extension DeltaContent {
    init(reading reader: inout JSONByteReader) throws(JSONByteReader.Malformed) {
        if reader.peek() == UInt8(ascii: "\"") {
            text = try reader.readString()
            return
        }
        for part in try Self.parts(&reader) {
            switch part.type {
            case "text": text += part.text ?? ""
            case "thinking": thinking += part.thinking ?? ""
            default: continue
            }
        }
    }

    private typealias ReadPart = (type: String?, text: String?, thinking: String?)

    private static func parts(_ reader: inout JSONByteReader) throws(JSONByteReader.Malformed) -> [ReadPart] {
        var parts: [ReadPart] = []
        try reader.readArray { reader throws(JSONByteReader.Malformed) in
            var part: ReadPart = (nil, nil, nil)
            try reader.readObject { reader, name throws(JSONByteReader.Malformed) in
                switch name {
                case "type": part.type = try reader.optionalString()
                case "text": part.text = try reader.optionalString()
                case "thinking": part.thinking = try reader.optional(thinking(_:))
                default: try reader.skipValue()
                }
            }
            parts.append(part)
        }
        return parts
    }

    /// A thinking part's `thinking`: a string, or text parts whose texts are joined.
    private static func thinking(_ reader: inout JSONByteReader) throws(JSONByteReader.Malformed) -> String {
        if reader.peek() == UInt8(ascii: "\"") { return try reader.readString() }
        return try parts(&reader).compactMap { $0.type == "text" ? $0.text : nil }.joined()
    }
}
