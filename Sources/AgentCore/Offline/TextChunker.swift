/// Cuts a reply into word groups so the offline engine streams like a model does.
enum TextChunker {
    /// Pieces of a few words each, with their spacing kept: joined, they are `text` exactly.
    static func chunks(_ text: String, wordsPerChunk: Int = 4) -> [String] {
        var chunks: [String] = []
        var current = ""
        var words = 0
        var previous: Character?
        for character in text {
            let startsWord = !character.isWhitespace && (previous?.isWhitespace ?? true)
            if startsWord {
                if words == wordsPerChunk {
                    chunks.append(current)
                    current = ""
                    words = 0
                }
                words += 1
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }
}
