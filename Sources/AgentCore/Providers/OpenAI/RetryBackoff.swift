/// How long to wait before retrying a request the server turned away for now.
///
/// Exponential (0.5 s, 1 s, 2 s, …) with jitter, so many clients refused together do not
/// return together; a server's `Retry-After` is followed as given. Both are capped.
struct RetryBackoff: Sendable {
    var base: Duration = .milliseconds(500)
    var cap: Duration

    /// The wait before retry number `retry` (0 for the first).
    func delay(beforeRetry retry: Int, retryAfter: Duration?) -> Duration {
        if let retryAfter { return min(max(retryAfter, .zero), cap) }
        let exponential = base * (1 << min(retry, 20))
        let jittered = exponential * Double.random(in: 0.5...1.0)
        return min(jittered, cap)
    }

    /// A `Retry-After` header in seconds; the HTTP-date form is left to the backoff.
    static func retryAfter(_ header: String?) -> Duration? {
        guard let header, let seconds = Double(header), seconds.isFinite, seconds >= 0 else { return nil }
        return .milliseconds(Int64(min(seconds, 86_400) * 1000))
    }
}
