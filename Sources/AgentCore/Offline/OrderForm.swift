/// A request written as a form, the way some people give orders: "Task: inspect the fence.
/// Deadline: 1800 Saturday.", "Task: team meeting notes. Action: delete.", "Renew passport.
/// New deadline: 15 January." Read as the sentence it stands for.
enum OrderForm {
    /// "Task: X. Action: delete.": the action, then the task.
    static let action = Pattern(#/(?i)^task\s*:\s*(.+?)\s*[.,;]\s*action\s*:\s*([a-z]+(?:\s+[a-z]+)?)\s*\.?$/#,
                                example: "Task: team meeting notes. Action: delete.")
    /// "Renew passport. New deadline: 15 January.": a task, then its new date.
    static let newDeadline = Pattern(#/(?i)^(.+?)\s*[.,;]?\s+new\s+(?:deadline|due\s+date|date)\s*:?\s*(.+?)\.?$/#,
                                     example: "Renew passport. New deadline: 15 January.")
    /// "… Deadline: 3rd of January", "… Due: friday": the date a task is wanted by.
    static let deadline = Pattern(#/(?i)\s*[.,;]?\s*\b(?:deadline|due(?:\s+date)?)\s*:\s*/#, example: ". Deadline: 3rd of January")
    /// ", deadline is next tuesday", "- HR says the deadline is 4 December", "with a due date
    /// of 3rd of Jan": the date said as a sentence about the deadline.
    static let deadlineSentence = Pattern(#/(?i)(?:\s*[.,;:–—]|\s+-)\s*(?:[a-z']+(?:\s+[a-z']+){0,3}\s+(?:says|said)\s+)?(?:the\s+|its\s+|my\s+)?(?:deadline|due\s+date)\s+(?:is|=|will\s+be|being)\s+|\s+with\s+(?:a|the)\s+(?:deadline|due\s+date)\s+(?:of|on)\s+/#,
                                          example: ", deadline is next tuesday")
    /// "… Priority: high.": its priority.
    static let priority = Pattern(#/(?i)\s*[.,;]?\s*\bpriority\s*:\s*(low|medium|high|urgent)\b/#, example: ". Priority: high")
    /// "1800 Saturday", "0930hrs tomorrow": a time of day in four figures, then its day.
    static let fourFigureTime = Pattern(#/(?i)\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours|h)?\s+(today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/#,
                                        example: "1800 Saturday")

    static func read(_ text: String) -> String {
        if let match = text.wholeMatch(of: action.regex) { return match.output.2 + " " + match.output.1 }
        if let match = text.wholeMatch(of: newDeadline.regex) { return "move " + match.output.1 + " to " + match.output.2 }
        return text.replacing(fourFigureTime.regex) { $0.output.3 + " at " + $0.output.1 + ":" + $0.output.2 }
            .replacing(priority.regex) { ", " + $0.output.1 + " priority" }
            .replacing(deadline.regex, with: " by ")
            .replacing(deadlineSentence.regex, with: " by ")
    }
}
