/// Polls `probe` until `condition` accepts what it returns or `limit` passes, and returns the
/// last value either way: tests wait on what another process or task does without betting on a
/// schedule, and the caller's own expectation reports the failure with that value.
public func eventually<Value>(
    within limit: Duration = .seconds(10), every interval: Duration = .milliseconds(20),
    _ probe: () async throws -> Value, until condition: (Value) -> Bool
) async throws -> Value {
    let deadline = ContinuousClock.now + limit
    var value = try await probe()
    while !condition(value), ContinuousClock.now < deadline {
        try await Task.sleep(for: interval)
        value = try await probe()
    }
    return value
}

/// Polls `condition` until it holds or `limit` passes; whether it held.
@discardableResult
public func eventually(
    within limit: Duration = .seconds(10), every interval: Duration = .milliseconds(20),
    _ condition: () async throws -> Bool
) async throws -> Bool {
    try await eventually(within: limit, every: interval, condition, until: { $0 })
}
