/// The error body of a failed request, in the shapes OpenAI-compatible servers use.
///
/// OpenAI sends `{"error": {"message": …}}`; others send `{"error": "…"}`, `{"message": …}` or
/// `{"detail": …}`. Anything else is shown as the start of the raw body.
struct ServerErrorBody: Decodable {
    var error: Detail?
    var message: String?
    var detail: String?

    struct Detail: Decodable {
        var message: String?

        init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                message = text
            } else {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                message = try? container.decode(String.self, forKey: .message)
            }
        }

        private enum CodingKeys: String, CodingKey { case message }
    }

    /// The most useful message in `bytes`, on one line and at most 300 characters, if any.
    static func message(in bytes: [UInt8]) -> String? {
        let text: String
        if let body = try? JSONCoding.decoder.decode(ServerErrorBody.self, from: bytes),
           let message = body.error?.message ?? body.message ?? body.detail {
            text = message
        } else {
            text = String(decoding: bytes.prefix(300), as: UTF8.self)
        }
        let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return line.isEmpty ? nil : String(line.prefix(300))
    }
}

extension ServerErrorBody.Detail {
    /// A string, or an object whose `message` is kept only when it is a string, as the
    /// `Decodable` init does.
    init(reading reader: inout JSONByteReader) throws(JSONByteReader.Malformed) {
        if reader.peek() == UInt8(ascii: "\"") {
            message = try reader.readString()
            return
        }
        try reader.readObject { reader, name throws(JSONByteReader.Malformed) in
            if name == "message", reader.peek() == UInt8(ascii: "\"") {
                message = try reader.readString()
            } else {
                try reader.skipValue()
            }
        }
    }
}
