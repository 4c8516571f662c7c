import Foundation
import Persistence

/// The clock the phrase targets resolve dates against: fixed, so a crash replays.
public enum FuzzClock {
    /// Thursday 26 November 2026, 09:30, in a zone with a half-hour offset and daylight
    /// saving, where date arithmetic has the most edges.
    public static let clock = TaskClock.fixed(
        Date(timeIntervalSince1970: 1_795_685_400),
        timeZone: TimeZone(identifier: "Australia/Adelaide") ?? .gmt)
}
