/// Tells a question from a request by its shape: a question mark, or an opening word that
/// asks ("how", "is it", "who").
///
/// A bare phrase with a date is added as a task ("water the plants tomorrow"), but "is it
/// going to rain tomorrow?" must not be: questions are never added without an explicit "add".
enum QuestionShape {
    static let asking = Pattern(#/^(?:tell\s+me\s+(?:a|an|about)|(?:how|what|who|where|when|why)'?s|wot|wat|how|who|whom|whose|why|when|where|what|which|is|are|am|was|were|will|would|can|could|should|shall|does|do|did|has|have)\b/#,
                                example: "is it going to rain")

    static func isQuestion(_ utterance: Utterance) -> Bool {
        utterance.asked || utterance.key.firstMatch(of: asking.regex) != nil
    }
}
