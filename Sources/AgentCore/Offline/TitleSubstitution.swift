/// "s/bike/bike brakes/ on 10": words of a task's title replaced, as sed and chat clients
/// write it. The new title depends on the old, so it is worked out once the task is listed.
struct TitleSubstitution: Equatable, Sendable {
    var old: String
    var new: String
    /// The whole title to take when the old words are not in it: "I meant oat milk" said of
    /// "Get milk" is "Get oat milk", of "Buy bread" simply "Oat milk".
    var otherwise: String? = nil

    /// "s/bike/bike brakes/ on 10", "s/dentist/hygienist/ #2": the old words, the new, the task.
    static let pattern = Pattern(#/^s\/([^\/]+)\/([^\/]*)\/g?\s*(?:on\s+|for\s+|in\s+|to\s+)?(.+)$/#, example: "s/bike/bike brakes/ on 10")

    /// The title with the first occurrence of the old words replaced, ignoring case, or
    /// ``otherwise`` when the title does not hold them.
    func applied(to title: String) -> String? {
        guard let range = title.range(of: old, options: .caseInsensitive) else { return otherwise }
        let changed = title.replacingCharacters(in: range, with: new).collapsingSpaces().trimming(" ")
        return changed.isEmpty ? nil : changed
    }
}
