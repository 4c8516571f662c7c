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
