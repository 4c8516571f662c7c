import Foundation

extension Due {
    /// The local day the task is due on, which is what day-based filters compare.
    public func localDate(in zone: TimeZone) -> LocalDate {
        switch self {
        case .day(let date): date
        case .instant(let instant, _): LocalDate(containing: instant, in: zone)
        }
    }
}
