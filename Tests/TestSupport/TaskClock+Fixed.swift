import Foundation
import Persistence

extension TaskClock {
    /// Thursday 26 November 2026, 09:30 UTC: the "today" the agent's and the engine's tables
    /// are written against, so that "tomorrow" in a test always names the same Friday.
    public static let thursdayMorning = TaskClock.fixed(
        Date(timeIntervalSince1970: 1_795_685_400), timeZone: TimeZone(secondsFromGMT: 0) ?? .current)
}
