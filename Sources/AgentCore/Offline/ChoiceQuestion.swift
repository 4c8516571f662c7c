/// The engine's "which one?" question, written and read back in one place so they agree.
///
/// The engine keeps no state between calls: the question in the stored conversation is the
/// only record of the offered choices, so its numbered lines are a format it must parse.
struct ChoiceQuestion: Equatable {
    struct Option: Equatable {
        var taskID: Int
        var title: String
    }

    static let maximumOptions = 20
    private static let marker = "Which one should I"
    static let optionLine = Pattern(#/\d+\. #(\d+) [☐☑] (.*?)(?: — .*)?/#, example: "1. #7 ☐ Renew passport — due Fri 4 Dec")


    var options: [Option]

    /// The question text: why it asks, the numbered options, and how to answer.
    /// `words` is `nil` when the user said "it" (or only a field, "urgent") with nothing before
    /// to point at, or asked for `everything` at once.
    /// `heading` says what the candidates have in common when the task was named by it
    /// ("These are due by friday.", "These are high priority.").
    static func compose(_ tasks: [TaskSummary], words: String?, verb: String, exact: Bool, everything: Bool = false,
                        heading: String? = nil) -> String {
        let opening = switch (words, exact) {
        case (nil, _) where heading != nil: "\(heading ?? "") \(marker) \(verb)?"
        case (nil, _) where everything: "I won't \(verb) every task at once, so nothing has changed. \(marker) \(verb) first?"
        case (nil, _): "Which task do you mean? Nothing said before names one. \(marker) \(verb)?"
        case (let words?, true): "Several tasks match “\(words)”. \(marker) \(verb)?"
        case (let words?, false): "No task matches “\(words)” exactly. \(marker) \(verb)?"
        }
        let shown = tasks.prefix(maximumOptions)
        var lines = [opening]
        lines += shown.enumerated().map { "\($0.offset + 1). " + TaskLine($0.element).text }
        if tasks.count > shown.count {
            lines.append("…and \(tasks.count - shown.count) more; say more of the title to narrow it down.")
        }
        if let first = shown.first {
            lines.append("Answer with its number, like “the first one”, or its id, like “#\(first.taskID)”.")
        }
        return lines.joined(separator: "\n")
    }

    /// The question in an earlier assistant reply, or `nil` when the reply was something else.
    init?(reading text: String) {
        guard text.contains(Self.marker) else { return nil }
        let options = text.split(whereSeparator: \.isNewline).compactMap { line -> Option? in
            guard let match = line.wholeMatch(of: Self.optionLine.regex),
                  let id = Int(match.output.1)
            else { return nil }
            return Option(taskID: id, title: String(match.output.2))
        }
        guard !options.isEmpty else { return nil }
        self.options = options
    }

    /// The tasks a pick names: "both" names the two offered, when two were.
    func taskIDs(for pick: Pick) -> [Int]? {
        guard pick == .both else { return taskID(for: pick).map { [$0] } }
        return options.count == 2 ? options.map(\.taskID) : nil
    }

    /// The task a pick names. A bare number is an offered id first, since ids are what the
    /// lines show most prominently, and a position otherwise.
    func taskID(for pick: Pick) -> Int? {
        switch pick {
        case .both:
            return nil
        case .position(let position):
            return options.indices.contains(position - 1) ? options[position - 1].taskID : nil
        case .last:
            return options.last?.taskID
        case .id(let id):
            return options.contains { $0.taskID == id } ? id : nil
        case .number(let number):
            if options.contains(where: { $0.taskID == number }) { return number }
            return options.indices.contains(number - 1) ? options[number - 1].taskID : nil
        }
    }

    /// The one offered task whose title has all of `words`, for answers like "the team one".
    func taskID(matching words: String) -> Int? {
        let tasks = options.map { TaskSummary(taskID: $0.taskID, title: $0.title) }
        let matches = TaskMatcher.fullMatches(words, in: tasks)
        return matches.count == 1 ? matches[0].taskID : nil
    }
}
