import TestSupport

/// Random chat-completion chunk texts for comparing ``ChatCompletionChunk/init(json:)`` with
/// `JSONDecoder`: every shape the decoder reads, wrong types, unknown members, escapes,
/// surrogate pairs (and lone ones), nulls, odd numbers, whitespace and now and then a broken text.
struct ChunkTextGenerator {
    /// Repeatable, so a failure names the seed that reproduces it.
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { random.next() }

    private mutating func below(_ limit: Int) -> Int { random.next(below: limit) }
    private mutating func chance(_ percent: Int) -> Bool { random.chance(percent) }
    private mutating func pick<T>(_ options: [T]) -> T { random.pick(options) }

    mutating func chunk() -> String {
        var members: [String] = []
        if chance(60) { members.append(#""id":"chatcmpl-1""#) }
        if chance(40) { members.append(#""object":"chat.completion.chunk","created":1700000000"#) }
        if chance(85) { members.append(#""choices":"# + oneOf([{ $0.array(3) { $0.choice() } }, { _ in "null" }], wrong: 5)) }
        if chance(20) { members.append(#""usage":"# + oneOf([{ $0.usage() }, { _ in "null" }], wrong: 5)) }
        if chance(8) { members.append(#""error":"# + error()) }
        members += unknownMembers()
        var text = object(members)
        if chance(4) { text = broken(text) }
        return text
    }

    private mutating func choice() -> String {
        var members: [String] = []
        if chance(80) { members.append(#""index":"# + pick(["0", "0", "0", "1", "null", "0.0", "1e0", "-0", "\"0\""])) }
        if chance(85) { members.append(#""delta":"# + oneOf([{ $0.delta() }, { _ in "null" }], wrong: 5)) }
        if chance(50) { members.append(#""finish_reason":"# + pick(["null", #""stop""#, #""tool_calls""#, #""length""#, "7"])) }
        if chance(20) { members.append(#""logprobs":null"#) }
        return object(members + unknownMembers())
    }

    private mutating func delta() -> String {
        var members: [String] = []
        if chance(30) { members.append(#""role":"assistant""#) }
        if chance(70) { members.append(#""content":"# + content()) }
        for name in ["reasoning_content", "reasoning", "refusal"] where chance(20) {
            members.append("\"\(name)\":" + oneOf([{ $0.string() }, { _ in "null" }], wrong: 5))
        }
        if chance(25) { members.append(#""tool_calls":"# + oneOf([{ $0.array(2) { $0.toolCall() } }, { _ in "null" }], wrong: 5)) }
        return object(members + unknownMembers())
    }

    private mutating func content() -> String {
        oneOf([{ $0.string() }, { $0.string() }, { _ in "null" }, { $0.array(3) { $0.part(depth: 0) } }], wrong: 5)
    }

    private mutating func part(depth: Int) -> String {
        var members = [#""type":"# + pick([#""text""#, #""thinking""#, #""image_url""#, "null", "3"])]
        if chance(70) { members.append(#""text":"# + oneOf([{ $0.string() }, { _ in "null" }], wrong: 5)) }
        if depth == 0, chance(40) {
            members.append(#""thinking":"# + oneOf([{ $0.string() }, { _ in "null" },
                                                    { $0.array(2) { $0.part(depth: 1) } }], wrong: 5))
        }
        return object(members + unknownMembers())
    }

    private mutating func toolCall() -> String {
        var members: [String] = []
        if chance(80) { members.append(#""index":"# + pick(["0", "1", "2", "null", "1.5", "99999999999999999999"])) }
        if chance(50) { members.append(#""id":"# + oneOf([{ $0.string() }, { _ in "null" }], wrong: 5)) }
        if chance(40) { members.append(#""type":"function""#) }
        if chance(80) {
            var function: [String] = []
            if chance(50) { function.append(#""name":"# + oneOf([{ $0.string() }, { _ in "null" }], wrong: 5)) }
            if chance(80) { function.append(#""arguments":"# + oneOf([{ $0.string() }, { _ in "null" }], wrong: 5)) }
            members.append(#""function":"# + object(function + unknownMembers()))
        }
        if chance(20) { members.append(#""extra_content":{"google":{"thought_signature":"c2ln"}}"#) }
        return object(members + unknownMembers())
    }

    private mutating func usage() -> String {
        var members: [String] = []
        for name in ["prompt_tokens", "completion_tokens", "total_tokens"] where chance(80) {
            members.append("\"\(name)\":" + pick(["5", "0", "12", "null", "2.0", "1e3", "-4", "\"5\"", "1.25"]))
        }
        if chance(30) { members.append(#""prompt_tokens_details":{"cached_tokens":0}"#) }
        return object(members + unknownMembers())
    }

    private mutating func error() -> String {
        pick([#""overloaded""#, #"{"message":"boom","type":"server_error"}"#, #"{"message":7}"#, #"{"message":null}"#,
              #"{"code":500}"#, "null", "[1]", "3"])
    }

    /// A JSON string built from pieces that exercise each path of the string reader.
    mutating func string() -> String {
        let pieces = ["a", "word ", "é", "😀", "中", #"\n"#, #"\t"#, #"\""#, #"\\"#, #"\/"#, #"\b\f\r"#, #"\u00e9"#,
                      #"\u0000"#, #"\uD83D\uDE00"#, #"\ud83d\ude00"#, #"\u4E2D"#]
        var text = ""
        for _ in 0..<below(6) { text += pick(pieces) }
        if chance(3) { text += pick([#"\ud800"#, #"\udc00"#, #"\ud800x"#, "\u{01}", #"\x"#, #"\u12"#]) }
        return "\"" + text + "\""
    }

    private mutating func unknownMembers() -> [String] {
        var members: [String] = []
        for _ in 0..<below(3) where chance(50) {
            members.append(pick([#""future""#, #""x_extra""#, #""system_fingerprint""#]) + ":" + anyValue(depth: 0))
        }
        return members
    }

    private mutating func anyValue(depth: Int) -> String {
        switch depth > 2 ? below(5) : below(7) {
        case 0: return "null"
        case 1: return pick(["true", "false"])
        case 2: return pick(["0", "-1", "3.25", "1e-7", "2E+10", "-0.0"])
        case 3, 4: return string()
        case 5: return array(3) { $0.anyValue(depth: depth + 1) }
        default: return object((0..<below(3)).map { _ in string() + ":" + anyValue(depth: depth + 1) })
        }
    }

    /// One of `options`, or with `wrong` percent a value of another type.
    private mutating func oneOf(_ options: [(inout ChunkTextGenerator) -> String], wrong: Int) -> String {
        if chance(wrong) { return pick(["1", "true", #""text""#, "{}", "[]"]) }
        return pick(options)(&self)
    }

    private mutating func array(_ most: Int, _ element: (inout ChunkTextGenerator) -> String) -> String {
        "[" + (0..<below(most + 1)).map { _ in element(&self) }.joined(separator: spacedComma()) + "]"
    }

    private mutating func object(_ members: [String]) -> String {
        (chance(20) ? "{ " : "{") + members.shuffled(using: &self).joined(separator: spacedComma()) + "}"
    }

    private mutating func spacedComma() -> String { pick([",", ", ", " ,\n", ",\t"]) }

    private mutating func broken(_ text: String) -> String {
        var characters = Array(text)
        switch below(4) {
        case 0: return text + pick(["x", "}", " ,", "{}"])
        case 1: return String(characters.prefix(below(characters.count)))
        case 2: characters.remove(at: below(characters.count)); return String(characters)
        default: return "[" + text + "]"
        }
    }
}

extension ChunkTextGenerator: RandomNumberGenerator {}
