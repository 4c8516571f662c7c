import Foundation

extension Due {
    /// This day at the time of day `current` is due, as the clock's zone shows it, so a task
    /// due "Thursday 17:00" moved to a Monday is due "Monday 17:00"; all day when `current` is
    /// itself all day or absent. The offset is the zone's on the new day, so a move across a
    /// daylight-saving change keeps the wall-clock time rather than the UTC one.
    func keepingTimeOfDay(of current: Due?, clock: TaskClock) -> Due {
        guard case .day(let day) = self, case .instant(let instant, _)? = current else { return self }
        let time = clock.calendar.dateComponents([.hour, .minute, .second], from: instant)
        let components = DateComponents(
            year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute, second: time.second)
        guard let moved = clock.calendar.date(from: components) else { return self }
        return .instant(moved, utcOffsetSeconds: clock.timeZone.secondsFromGMT(for: moved))
    }
}
