/// A wait the provider is in the middle of, worded for a status line or stderr.
///
/// A retry after HTTP 429 can last up to the retry cap and a silent server up to the idle
/// timeout: without a word, both look like a hang.
public enum ProviderWait: Sendable, Equatable, CustomStringConvertible {
    /// Retry `attempt` of `limit` starts after `delay`; `reason` says what turned us away.
    case retrying(reason: String, delay: Duration, attempt: Int, limit: Int)
    /// The server has sent nothing for `silence`; the request is given up at `limit`.
    case silent(silence: Duration, limit: Duration)

    public var description: String {
        switch self {
        case .retrying(let reason, let delay, let attempt, let limit):
            "\(reason), retrying in \(Self.format(delay)) (\(attempt)/\(limit))…"
        case .silent(let silence, let limit):
            "waiting for the server (no data for \(Self.format(silence)); giving up at \(Self.format(limit)))…"
        }
    }

    /// "0.5 s", "30 s", "2 min", "60 min", "3 h": rounded to what a person needs to decide.
    public static func format(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        if seconds < 1 { return "\((seconds * 10).rounded() / 10) s" }
        if seconds < 120 { return "\(Int(seconds.rounded())) s" }
        if seconds < 2 * 3600 { return "\(Int((seconds / 60).rounded())) min" }
        return "\(Int((seconds / 3600).rounded())) h"
    }
}
