extension FollowUp {
    /// How many follow-ups in a row are read back as the requests they carry on: "complete
    /// 2", "and 4", "and 7" is a chain of three.
    private static let chainFollowed = 4

    /// What the last request before `index` asked for, a follow-up ("and 4", "at 2pm", "only
    /// the open ones") read as the request it carries on, or `nil` when there is none.
    static func previousRequest(before index: Int, in transcript: TurnTranscript, depth: Int = 0) -> Intent? {
        guard let earlier = lastRequest(before: index, in: transcript) else { return nil }
        let text = transcript.messages[earlier].content
        let read = IntentParser.message(text)
        guard depth < chainFollowed else { return read.intent }
        return carriedOn(text, read: read, after: previousRequest(before: earlier, in: transcript, depth: depth + 1)) ?? read.intent
    }

    /// The message as the request before it carried on, or `nil` when it stands alone: a
    /// list refined, a field amended, or the same request on new words.
    static func carriedOn(_ text: String, read: (intent: Intent, ruled: Intent?), after previous: Intent?) -> Intent? {
        if let list = ListRefinement.refined(text, read: read.intent, after: previous) { return .list(list) }
        if read.ruled == nil || Amendment.mayAmend(read.intent), let amended = Amendment.intent(for: text, after: previous) {
            return amended
        }
        guard read.ruled == nil || read.intent.isPick else { return nil }
        return continuing(text, after: previous)
    }
}
