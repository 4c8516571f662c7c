import Foundation

extension JSONValue {
    /// An RFC 3339 timestamp in UTC, to the second: the one time format of every JSON output.
    public static func rfc3339(_ date: Date) -> JSONValue {
        .string(date.formatted(.iso8601))
    }
}
