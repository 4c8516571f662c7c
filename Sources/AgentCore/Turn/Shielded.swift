/// Runs `work` in a task of its own on `executor`, so that cancelling the caller does not
/// cancel it.
///
/// GRDB rolls a write back when its task is cancelled. A turn cancelled by Esc must still
/// save what had streamed and give its lease up, so its database work goes through here:
/// cancellation stops the network, never the bookkeeping.
func shielded<T: Sendable>(
    on executor: SerialQueueExecutor, _ work: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await Task(executorPreference: executor) { try await work() }.value
}
