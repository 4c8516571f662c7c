/// An incremental Server-Sent Events parser.
///
/// Network reads split the stream anywhere: inside a UTF-8 sequence, between the CR and LF of a
/// line ending, or in the middle of a field name. The parser keeps the unfinished line as bytes
/// and decodes only whole lines, so no split can corrupt a character or invent an empty line.
/// Only `data` and `event` fields matter to chat completions; `id` and `retry` are ignored.
/// llama.cpp's server reports a failed request in a field of its own, `error: {…}`, which
/// the SSE standard would drop: it is read as the data of an `error` event, so the
/// failure reaches the person instead of an empty reply.
struct SSEParser {
    private var line: [UInt8] = []
    /// A CR ended the previous line; an LF right after it belongs to the same line ending.
    private var afterCR = false
    private var atStreamStart = true
    private var data: [String] = []
    private var eventName: String?

    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Takes the next bytes of the stream and returns the events they complete.
    mutating func feed(_ bytes: some Sequence<UInt8>) -> [SSEEvent] {
        var events: [SSEEvent] = []
        for byte in bytes {
            if afterCR {
                afterCR = false
                if byte == Self.lf { continue }
            }
            switch byte {
            case Self.lf:
                endLine(into: &events)
            case Self.cr:
                afterCR = true
                endLine(into: &events)
            default:
                line.append(byte)
            }
        }
        return events
    }

    /// Ends the stream: a last line or event without its terminating blank line still counts,
    /// because some servers close the connection right after `data: [DONE]`.
    mutating func finish() -> [SSEEvent] {
        var events: [SSEEvent] = []
        if !line.isEmpty { endLine(into: &events) }
        dispatch(into: &events)
        return events
    }

    private mutating func endLine(into events: inout [SSEEvent]) {
        var bytes = line[...]
        line.removeAll(keepingCapacity: true)
        if atStreamStart {
            atStreamStart = false
            if bytes.starts(with: Self.byteOrderMark) { bytes = bytes.dropFirst(Self.byteOrderMark.count) }
        }
        if bytes.isEmpty {
            dispatch(into: &events)
            return
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix(":") { return }
        let field: Substring
        var value: Substring
        if let colon = text.firstIndex(of: ":") {
            field = text[..<colon]
            value = text[text.index(after: colon)...]
            if value.hasPrefix(" ") { value = value.dropFirst() }
        } else {
            field = text[...]
            value = ""
        }
        switch field {
        case "data": data.append(String(value))
        case "event": eventName = String(value)
        case "error":
            data.append(String(value))
            eventName = "error"
        default: break
        }
    }

    private mutating func dispatch(into events: inout [SSEEvent]) {
        defer {
            data.removeAll()
            eventName = nil
        }
        guard !data.isEmpty else { return }
        let joined = data.joined(separator: "\n")
        events.append(joined == "[DONE]" ? .done : .message(event: eventName, data: joined))
    }
}
