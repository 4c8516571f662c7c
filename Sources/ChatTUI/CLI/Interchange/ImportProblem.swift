/// Why an entry of an import file could not be read. The whole import is refused, so a file
/// is never half brought in.
struct ImportProblem: Error, Equatable, CustomStringConvertible {
    var reason: String
    /// "line 7" of a todo.txt file, "task 3" of a JSON array; set by the file's reader.
    var place: String?

    init(_ reason: String, at place: String? = nil) {
        self.reason = reason
        self.place = place
    }

    var description: String { place.map { "\($0): \(reason)" } ?? reason }
}

/// Every problem an import file has, so that one run tells the person all there is to fix.
struct ImportProblems: Error, CustomStringConvertible {
    var problems: [ImportProblem]

    var description: String {
        let shown = problems.prefix(10).map { "  \($0)" }
        let more = problems.count > 10 ? ["  …and \(problems.count - 10) more"] : []
        return (["nothing was imported; the file has \(problems.count == 1 ? "a problem" : "\(problems.count) problems"):"]
            + shown + more).joined(separator: "\n")
    }
}
