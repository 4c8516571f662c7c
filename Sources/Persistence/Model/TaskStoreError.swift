/// A task operation that names a task this user cannot reach.
public enum TaskStoreError: Error, Equatable, CustomStringConvertible {
    /// Also thrown for another user's task and for a deleted one, so ids reveal nothing.
    case notFound(Int64)

    public var description: String {
        switch self {
        case .notFound(let id): "task \(id) not found"
        }
    }
}
