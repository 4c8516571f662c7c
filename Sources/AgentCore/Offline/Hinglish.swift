/// Hindi words in an English request, as Hinglish speakers type them: the verb comes last
/// ("bike wala task hata do", "groceries wala kaam ho gaya", "sabzi lena hai, add kar do") and
/// small words carry the grammar ("wala", "tak", "dono"). Read as the English request they
/// stand for, before any rule sees the message.
enum Hinglish {
    /// "… hata do", "… ho gaya", "…, add kar do": the verb said last, with an optional "na".
    static let finalVerb = Pattern(#/(?i)^(.+?)[\s,.;-]+(hata\s+do|hatao|mita\s+do|(?:delete|remove)\s+kar\s+do|ho\s+gaya(?:\s+hai)?|ho\s+gayi(?:\s+hai)?|kar\s+diya|(?:done|complete)\s+kar\s+do|add\s+kar\s+do|add\s+karo|daal\s+do|likh\s+do)(?:\s+na)?[\s.!?]*$/#,
                                   example: "bike wala task hata do")
    /// "ek task add kar do na - pay the maid": the verb first, then the task after a pause.
    static let leadingAdd = Pattern(#/(?i)^(?:ek\s+)?(?:task\s+)?(?:add\s+kar\s+do|add\s+karo|daal\s+do|likh\s+do)(?:\s+na)?\s*[-:,–]\s*(.+)$/#,
                                    example: "ek task add kar do na - pay the maid")
    /// "passport wala next tuesday tak kar do": a task and the day it is to be done by.
    static let byDay = Pattern(#/(?i)^(.+?)\s+tak\s+(?:kar\s+do|karo|(?:shift|move)\s+kar\s+do)(?:\s+na)?[\s.!?]*$/#,
                               example: "passport wala next tuesday tak kar do")
    /// "kya kya pending hai abhi?": what is pending.
    static let question = Pattern(#/(?i)^kya\s+(?:kya\s+)?(.+?)\s+(?:hai|hain)(?:\s+(?:abhi|now))?\s*\??$/#, example: "kya kya pending hai abhi?")
    /// "the bike wala task": "wala" marks the words before it as the name.
    static let marker = Pattern(#/(?i)\s+(?:wala|wali|wale)\b/#, example: "bike wala task")
    /// "tomorrow only", "today only": emphasis on the day.
    static let dayOnly = Pattern(#/(?i)\b(today|tomorrow|tonight)\s+only\b/#, example: "tomorrow only")
    private static let words: [String: String] = ["kaam": "task", "dono": "", "aur": "and", "abhi": "now"]
    /// "kal", "parso": tomorrow, the day after (for a task, never yesterday).
    static let dayWord = Pattern(#/(?i)\b(kal|parso|parson)\b/#, example: "kal")
    /// "friday ko": on friday.
    static let dayKo = Pattern(#/(?i)\b((?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow)\s+ko\b/#, example: "friday ko")
    /// "tomorrow nahi, on friday": not that day, this one.
    static let notThatDay = Pattern(#/(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow)\s+nahi\s*,?\s+(?:balki\s+)?(?=(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow)\b)/#,
                                    example: "tomorrow nahi, on friday")
    static let word = Pattern(#/(?i)\b(?:kaam|dono|aur|abhi)\b/#, example: "dono")

    static func read(_ text: String) -> String {
        let plain = text.replacing(marker.regex, with: "").replacing(dayOnly.regex) { String($0.output.1) }
            .replacing(dayWord.regex) { $0.output.1.lowercased() == "kal" ? "tomorrow" : "the day after tomorrow" }
            .replacing(dayKo.regex) { "on " + $0.output.1 }
            .replacing(notThatDay.regex, with: "")
        let english = plain.replacing(word.regex) { words[$0.output.lowercased()] ?? String($0.output) }
        if let match = english.wholeMatch(of: leadingAdd.regex) { return "add " + match.output.1 }
        if let match = english.wholeMatch(of: question.regex) { return "what is " + match.output.1 }
        if let match = english.wholeMatch(of: byDay.regex) {
            let said = String(match.output.1)
            guard let found = DuePhrase.extract(from: said), case let name = found.rest.trimming(" ,"), !name.isEmpty,
                  said.lowercased().hasPrefix(name.lowercased())
            else { return english }
            return "move " + name + " to " + String(said.dropFirst(name.count)).trimming(" ,")
        }
        if let match = english.wholeMatch(of: finalVerb.regex) {
            let task = String(match.output.1)
            switch match.output.2.lowercased().split(separator: " ").first {
            case "hata", "hatao", "mita", "delete", "remove": return "delete " + task
            case "add", "daal", "likh": return "add " + task
            default: return task + " done"
            }
        }
        return english
    }
}
