import AgentCore
import Foundation
import Persistence

/// A whole file of tasks in one of the ``TaskFileFormat``s.
enum TaskFile {
    static func text(of tasks: [TodoTask], as format: TaskFileFormat, in zone: TimeZone) -> String {
        switch format {
        case .json:
            return JSONValue.object([("tasks", .array(tasks.map(ChattuiTaskJSON.json)))]).prettyText + "\n"
        case .taskwarrior:
            // As `task export` writes it: an array with one task per line.
            let lines = tasks.map { TaskwarriorTask.json(of: $0, in: zone).text }
            return lines.isEmpty ? "[]\n" : "[\n" + lines.joined(separator: ",\n") + "\n]\n"
        case .todotxt:
            return tasks.map { TodoTxtLine.text(of: $0, in: zone) + "\n" }.joined()
        }
    }

    /// Every task of the file, or every problem it has.
    static func tasks(in text: String, as format: TaskFileFormat, clock: TaskClock) throws(ImportProblems) -> [ImportedTask] {
        var tasks: [ImportedTask] = []
        var problems: [ImportProblem] = []
        func read(_ place: String, _ body: () throws(ImportProblem) -> ImportedTask?) {
            do {
                if let task = try body() { tasks.append(task) }
            } catch {
                problems.append(ImportProblem(error.reason, at: place))
            }
        }
        switch format {
        case .todotxt:
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                read("line \(number + 1)") { () throws(ImportProblem) in try TodoTxtLine.task(from: String(line), clock: clock) }
            }
        case .taskwarrior:
            let entries = try entries(in: text, arrayKey: nil)
            let parents = Set(entries.compactMap { $0["parent"]?.stringValue })
            for (number, entry) in entries.enumerated() {
                read("task \(number + 1)") { () throws(ImportProblem) in
                    try TaskwarriorTask.task(from: entry, instanceParents: parents, clock: clock)
                }
            }
        case .json:
            for (number, entry) in try entries(in: text, arrayKey: "tasks").enumerated() {
                read("task \(number + 1)") { () throws(ImportProblem) in try ChattuiTaskJSON.task(from: entry, clock: clock) }
            }
        }
        guard problems.isEmpty else { throw ImportProblems(problems: problems) }
        return tasks
    }

    /// The objects of a JSON array (or of `arrayKey` in an object), or of JSON lines, one
    /// object per line, as older Taskwarriors export.
    private static func entries(in text: String, arrayKey: String?) throws(ImportProblems) -> [JSONValue] {
        if let document = try? JSONValue(parsing: text) {
            if let array = document.arrayValue ?? arrayKey.flatMap({ document[$0]?.arrayValue }) { return array }
            if case .object = document { return [document] }
        }
        var entries: [JSONValue] = []
        var problems: [ImportProblem] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ","))
            guard !trimmed.isEmpty, trimmed != "[", trimmed != "]" else { continue }
            if let entry = try? JSONValue(parsing: trimmed) {
                entries.append(entry)
            } else {
                problems.append(ImportProblem("not JSON", at: "line \(number + 1)"))
            }
        }
        guard problems.isEmpty else { throw ImportProblems(problems: problems) }
        return entries
    }
}
