/// Reads a postponement said as news rather than as a command: "email sarah can wait till next
/// tues", "the garage will have to wait for friday", "leave the bike till next week", "the
/// dentist isn't urgent, do it monday".
///
/// Each moves the named task's due date, like "move X to D"; none is ever an add, though the
/// words carry a date and look like a title. The date must be all that follows the waiting
/// words, so "leave a note for mum tomorrow" (no date after "for") stays an add.
enum PostponeNews {
    /// "X can wait till D", "X will have to wait until D", "X'll have to wait for D".
    static let canWait = Pattern(#/(?i)(.+?)(?:\s+(?:can|could|will\s+have\s+to|has\s+to|have\s+to|must|should|is\s+going\s+to\s+have\s+to|is\s+gonna\s+have\s+to)|'ll\s+have\s+to)\s+wait\s+(?:till|until|til|'til|for|to)\s+(.+)/#,
                                 example: "email sarah can wait till next tues")
    /// "leave X till D", "hold off on X until D".
    static let leaveTill = Pattern(#/(?i)(?:leave|hold\s+off\s+on|hold\s+off|put\s+off)\s+(.+?)\s+(?:till|until|til|'til)\s+(.+)/#,
                                   example: "leave the bike till next week")
    /// "the lawn can be left till next weekend", "the bike could be put off until monday".
    static let canBeLeft = Pattern(#/(?i)(.+?)\s+(?:can|could|may|might)\s+be\s+(?:left|put\s+off|pushed|moved|postponed|pushed\s+back)\s+(?:till|until|til|'til|to|for)\s+(.+)/#,
                                   example: "the lawn can be left till next weekend")
    /// "X isn't urgent, do it monday", "X is not a priority - deal with it next week".
    static let notUrgent = Pattern(#/(?i)(.+?)(?:\s+is\s+not|\s+isn'?t|'s\s+not|\s+are\s+not|\s+aren'?t)\s+(?:that\s+|very\s+|so\s+)?(?:urgent|pressing|important|a\s+priority)(?:\s+(?:now|today|any\s?more|really))?\s*[,;.–—-]?\s*(?:so\s+)?(?:just\s+)?(?:do|deal\s+with|handle|sort|move|push|put|leave)\s+(?:it|that|them)\s+(?:off\s+)?(?:(?:till|until|to|for|on)\s+)?(.+)/#,
                                   example: "the dentist isn't urgent, do it monday")

    /// "the grant report got pushed to jan 10", "X has been moved to friday": said of the task.
    static let wasMoved = Pattern(#/(?i)(.+?)\s+(?:got|gets|was|were|is|are|has\s+been|have\s+been|'s\s+been|'ve\s+been|is\s+being|is\s+getting)\s+(?:now\s+)?(?:pushed|moved|postponed|bumped|delayed|deferred|shifted|rescheduled|put\s+off|pushed\s+back|moved\s+back|bumped\s+back|put\s+back|brought\s+forward|moved\s+up|brought\s+in)\s+(?:till|until|til|'til|to|for|on)\s+(.+)/#,
                                  example: "the grant report got pushed to jan 10")

    static func parse(_ utterance: Utterance) -> Intent? {
        for pattern in [Self.canWait, Self.leaveTill, Self.canBeLeft, Self.notUrgent, Self.wasMoved] {
            guard let match = utterance.core.wholeMatch(of: pattern.regex),
                  let found = DuePhrase.extract(from: "due " + match.output.2), found.rest.isEmpty,
                  let target = TaskTargetParser.parse(String(match.output.1))
            else { continue }
            return .change(.update(TaskEdits(due: found.due)), of: target)
        }
        return nil
    }
}
