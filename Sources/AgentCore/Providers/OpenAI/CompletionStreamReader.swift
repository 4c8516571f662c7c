/// Reads a successful completion stream on the transfer's own thread, as libcurl hands over
/// each piece, and yields the provider events straight to the step that waits for them.
///
/// Relayed through the transfer's stream instead, every SSE event woke a task just to parse
/// it and yield again: at 1,000 events a second that is 1,000 more task switches, and
/// futex wake-ups, than the text needs. The attempt learns how the stream ended once the
/// transfer is over.
///
/// Unchecked Sendable: `receive` runs only on the transfer's thread, and `finish` only after
/// the transfer's stream has ended, which libcurl reaches after its last callback.
final class CompletionStreamReader: @unchecked Sendable {
    private let continuation: AsyncThrowingStream<ProviderEvent, any Error>.Continuation
    private var parser = SSEParser()
    private var decoder = CompletionStreamDecoder()
    /// Set when the stream said `[DONE]` or held an error: the reader stopped the transfer.
    private(set) var ending: Result<Void, ProviderError>?

    init(continuation: AsyncThrowingStream<ProviderEvent, any Error>.Continuation) {
        self.continuation = continuation
    }

    /// Takes the next bytes of the body; false stops the transfer (the stream ended or failed).
    func receive(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard ending == nil else { return false }
        do throws(ProviderError) {
            for event in parser.feed(bytes) {
                guard try relay(event) else { continue }
                ending = .success(())
                return false
            }
            return true
        } catch {
            ending = .failure(error)
            return false
        }
    }

    /// After the transfer: how the stream ended, a last event without its blank line
    /// included, since some servers close right after `data: [DONE]`.
    func finish() throws(ProviderError) {
        if let ending { return try ending.get() }
        for event in parser.finish() {
            if try relay(event) { return }
        }
        for output in try decoder.finishWithoutDone() { continuation.yield(output) }
    }

    /// Yields what `event` completes; true for `[DONE]`.
    private func relay(_ event: SSEEvent) throws(ProviderError) -> Bool {
        for output in try decoder.consume(event) { continuation.yield(output) }
        return event == .done
    }
}
