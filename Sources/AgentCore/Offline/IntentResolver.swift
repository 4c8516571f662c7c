/// Completes a user message's intent from the conversation before it.
///
/// "The second one" means nothing alone: it answers the engine's last "which one?" question,
/// and the action comes from the request that led to that question. Both are read back from
/// the stored messages, so the engine stays stateless.
enum IntentResolver {
    /// What the engine should do about the user message at `userIndex`.
    enum Resolution: Equatable {
        case act(Intent)
        case say(String)
    }

    static func resolve(userAt userIndex: Int, in transcript: TurnTranscript) -> Resolution {
        let text = transcript.messages[userIndex].content
        let intent = IntentParser.parse(text)
        let previous = transcript.assistantText(before: userIndex)
        let question = previous.flatMap { ChoiceQuestion(reading: $0.text) }
        if let previous, let question, IntentParser.rules(Utterance(text)) == nil, let taskID = question.taskID(matching: text) {
            return pending(before: previous.index, in: transcript, taskID: taskID)
        }
        switch intent {
        case .pick(let pick):
            guard let previous, let question else { return .say(ReplyComposer.unansweredPick) }
            guard let taskID = question.taskID(for: pick) else {
                return .say(ReplyComposer.invalidPick(count: question.options.count) + "\n" + previous.text)
            }
            return pending(before: previous.index, in: transcript, taskID: taskID)
        case .suggest(let suggestion) where suggestion.label == .undo && suggestion.sure:
            return .act(antecedent(before: userIndex, in: transcript) == nil ? intent : .undo)
        case .change(let change, .pronoun):
            guard let taskID = antecedent(before: userIndex, in: transcript) else { return .act(intent) }
            return .act(.change(change, of: .id(taskID)))
        default:
            return .act(intent)
        }
    }

    /// The task the newest tool result before message `index` was about: "add milk", then
    /// "make it urgent" means the milk task. Lists name many tasks, so they name none.
    private static func antecedent(before index: Int, in transcript: TurnTranscript) -> Int? {
        for message in transcript.messages[..<index].reversed() where message.role == .tool {
            if let id = (try? JSONValue(parsing: message.content))?["task_id"]?.intValue { return Int(id) }
        }
        return nil
    }

    /// The request that led to the question at `questionIndex`, now aimed at `taskID`. Earlier
    /// picks are skipped, so a user who answered out of range can simply answer again.
    private static func pending(before questionIndex: Int, in transcript: TurnTranscript, taskID: Int) -> Resolution {
        for index in transcript.messages[..<questionIndex].indices.reversed()
        where transcript.messages[index].role == .user {
            switch IntentParser.parse(transcript.messages[index].content) {
            case .pick:
                continue
            case .change(let change, .words), .change(let change, .pronoun), .change(let change, .all):
                return .act(.change(change, of: .id(taskID)))
            default:
                return .say(ReplyComposer.forgottenRequest)
            }
        }
        return .say(ReplyComposer.forgottenRequest)
    }
}
