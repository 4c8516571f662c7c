/// What a streamed listing (``TaskService/stream(_:batchSize:_:)``) adds up to once its last
/// batch is handed over: the same `count` and `truncated` a ``TaskPage`` carries.
public struct TaskStreamSummary: Hashable, Sendable {
    /// How many tasks matched, beyond the limit too.
    public var count: Int
    /// How many were handed over.
    public var listed: Int

    public init(count: Int, listed: Int) {
        self.count = count
        self.listed = listed
    }

    /// True when `count` exceeds the tasks handed over.
    public var truncated: Bool { count > listed }
}
