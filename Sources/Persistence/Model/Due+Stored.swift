import Foundation

extension Due {
    /// Reads the normalised text back; it always carries its offset, so the zone is moot.
    init?(storedText: String) {
        guard let due = Due.parseISO(storedText, timeZone: TimeZone(secondsFromGMT: 0) ?? .current) else {
            return nil
        }
        self = due
    }
}
