import Persistence

/// Recurrence as other tools write it: todo.txt's `rec:1w` (Simpletask, topydo) and
/// Taskwarrior's `recur:weekly` or `recur:3d`.
enum RecurrenceCode {
    static func todoTxt(_ recurrence: Recurrence) -> String {
        switch recurrence {
        case .daily: "1d"
        case .weekly: "1w"
        case .monthly: "1m"
        case .everyDays(let days): "\(days)d"
        }
    }

    static func taskwarrior(_ recurrence: Recurrence) -> String {
        switch recurrence {
        case .daily: "daily"
        case .weekly: "weekly"
        case .monthly: "monthly"
        case .everyDays(let days): "\(days)d"
        }
    }

    /// Reads either tool's spelling; nil for what chattui cannot repeat by (years, hours,
    /// business days, several months).
    static func parse(_ code: String) -> Recurrence? {
        let text = code.lowercased().hasPrefix("+") ? String(code.lowercased().dropFirst()) : code.lowercased()
        switch text {
        case "daily", "day", "d": return .daily
        case "weekly", "week", "wk", "w": return .weekly
        case "monthly", "month", "mo", "m": return .monthly
        case "biweekly", "fortnight", "fortnightly": return .everyDays(14)
        default: break
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard let count = Int(digits), count >= 1, count <= 3650 else { return nil }
        switch text.dropFirst(digits.count) {
        case "d", "day", "days": return count == 1 ? .daily : .everyDays(count)
        case "w", "wk", "wks", "week", "weeks": return count == 1 ? .weekly : .everyDays(7 * count)
        case "m", "mo", "mos", "month", "months": return count == 1 ? .monthly : nil
        default: return nil
        }
    }
}
