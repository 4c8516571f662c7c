/// A delta's `content`: a string, or (Mistral's Magistral) an array of typed parts.
///
/// Text parts are the reply; thinking parts, whose `thinking` is itself a list of text
/// parts or a string, are reasoning. Parts of any other type are skipped rather than
/// failing the chunk, so a server's new part type costs only what it carries.
struct DeltaContent: Decodable {
    var text = ""
    var thinking = ""

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { return }
        if let string = try? container.decode(String.self) {
            text = string
            return
        }
        for part in try container.decode([Part].self) {
            switch part.type {
            case "text": text += part.text ?? ""
            case "thinking": thinking += part.thinking?.text ?? ""
            default: continue
            }
        }
    }

    private struct Part: Decodable {
        var type: String?
        var text: String?
        var thinking: Thinking?
    }

    private struct Thinking: Decodable {
        var text: String

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let string = try? container.decode(String.self) {
                text = string
            } else {
                text = try container.decode([Part].self).compactMap { $0.type == "text" ? $0.text : nil }.joined()
            }
        }
    }
}
