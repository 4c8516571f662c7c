import Foundation

extension PostgresURL {
    /// `text` when it is a numeric IPv4 or IPv6 address, as libpq requires of `hostaddr`
    /// (a name there is refused, never looked up).
    static func hostAddress(_ text: String) throws(PostgresURLError) -> String {
        var buffer = [UInt8](repeating: 0, count: 16)
        guard inet_pton(AF_INET, text, &buffer) == 1 || inet_pton(AF_INET6, text, &buffer) == 1 else {
            throw .badHostAddress(text)
        }
        return text
    }

    /// A whole number of seconds, surrounding spaces allowed, as libpq reads `connect_timeout`.
    static func connectTimeout(_ text: String) throws(PostgresURLError) -> Int {
        guard let seconds = Int(text.trimmingCharacters(in: .whitespaces)) else { throw .badConnectTimeout(text) }
        return seconds
    }
}
