/// The one-line fields the review edits in place, each with its label and what Enter does.
enum TaskField: Hashable, Sendable {
    case title(Int64)
    case search
    case newTask
    case tags(Int64)
    case due(Int64)
    case recurrence(Int64)
    case description(Int64)

    /// Shown before the field on the edit line.
    var label: String {
        switch self {
        case .title: "Title"
        case .search: "Search"
        case .newTask: "Add"
        case .tags: "Tags"
        case .due: "Due"
        case .recurrence: "Repeat"
        case .description: "Description"
        }
    }

    /// The hint line while the field is open.
    var hint: String {
        switch self {
        case .title: "Enter saves · Esc cancels"
        case .search: "Enter filters · an empty search shows all · Esc cancels"
        case .newTask: "Enter adds, e.g. “call mom tomorrow #family high” · Esc cancels"
        case .tags: "Enter saves · words or #tags, spaces between · empty clears · Esc cancels"
        case .due: "Enter saves · tomorrow, fri, 3 June 17:00, 2025-06-03 · empty clears · Esc cancels"
        case .recurrence: "Enter saves · daily, weekly, monthly, every 3 days, every monday · empty stops · Esc cancels"
        case .description: "Enter saves · Alt-Enter starts a new line · empty removes · Esc cancels"
        }
    }

    /// A title is edited in its row and a description in the detail pane; the rest on the
    /// edit line above the hints.
    var showsOnTheEditLine: Bool {
        switch self {
        case .title, .description: false
        default: true
        }
    }

    /// Titles, searches and the rest are one line; a description keeps its lines.
    var isMultiline: Bool {
        if case .description = self { return true }
        return false
    }
}
