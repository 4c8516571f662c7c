/// A wall-clock time said with a date ("at 5pm", "17:30", "in the morning").
public struct TimeOfDay: Hashable, Sendable {
    public let hour: Int
    public let minute: Int

    /// `nil` unless 00:00 through 23:59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// The times the parts of the day stand for, as the docs list them.
    static let morning = TimeOfDay(uncheckedHour: 9)
    static let noon = TimeOfDay(uncheckedHour: 12)
    static let afterLunch = TimeOfDay(uncheckedHour: 13)
    static let afternoon = TimeOfDay(uncheckedHour: 15)
    static let evening = TimeOfDay(uncheckedHour: 18)
    static let night = TimeOfDay(uncheckedHour: 20)
    /// "midnight", "at 24:00": the end of its day, so "midnight friday" is the last moment
    /// of Friday, as people who set a deadline mean it.
    static let midnight = TimeOfDay(uncheckedHour: 24)

    private init(uncheckedHour hour: Int) {
        self.hour = hour
        self.minute = 0
    }

    /// "17:00", the form the phrase grammar reads back.
    public var text: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}
