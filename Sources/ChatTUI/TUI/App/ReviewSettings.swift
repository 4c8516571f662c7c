import Persistence

/// What the review lists and in which order. Kept on `AppState`, so closing the review and
/// opening it again in the same session shows the same filter, sort and text filter.
struct ReviewSettings: Hashable, Sendable {
    var filter: TaskStatusFilter = .pending
    var sort: TaskSort = .created
    var search: String?

    var query: TaskQuery {
        TaskQuery(status: filter, search: search, sort: sort)
    }
}
