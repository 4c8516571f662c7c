/// A task jotted as a note, then its fields in sentences of their own: "need bin bags. due
/// sat. not urgent.", "dentist checkup. friday. high priority." Read as one add with the
/// fields after the title, when every sentence after the first is fields and nothing else.
enum FieldTrail {
    static let sentenceEnd = Pattern(#/[.;!]+\s+/#, example: ". ")
    /// "need bin bags": what is needed is the task.
    static let need = Pattern(#/(?i)^(?:(?:i|we)\s+)?(?:need|needs|want|gotta\s+get)\s+/#, example: "need ")

    /// The one request the sentences make, in words the rules read, or `nil`.
    static func request(in text: String) -> String? {
        let sentences = text.trimming(" .;!").split(separator: sentenceEnd.regex).map { String($0).trimming(" ") }
        guard sentences.count >= 2, let first = sentences.first,
              sentences.dropFirst().allSatisfy({ FieldsAlone.edits(in: $0) != nil }),
              FieldsAlone.edits(in: first) == nil
        else { return nil }
        let task: String
        if let body = AddParser.explicitBody(of: first) {
            task = body
        } else if let needed = first.prefixMatch(of: need.regex) {
            task = String(first[needed.range.upperBound...])
        } else {
            return nil
        }
        return "add " + ([task] + sentences.dropFirst()).joined(separator: ", ")
    }
}
