/// A `postgres://` URL that cannot be used, worded for the person who typed it.
///
/// No case carries the password: these messages are printed.
public enum PostgresURLError: Error, Hashable, Sendable, CustomStringConvertible {
    case badEscape(String)
    /// Says where, never what: the text is the password.
    case badEscapeInPassword
    case badPort(String)
    case badSSLMode(String)
    case badHostAddress(String)
    case badConnectTimeout(String)
    case unknownParameter(String)
    case parameterWithoutValue(String)
    case severalHosts
    case unclosedBracket

    public var description: String {
        switch self {
        case .badEscape(let part):
            "'\(part)' holds a bad percent escape: write a byte as % and two hex digits (not %00)"
        case .badEscapeInPassword:
            "the password holds a bad percent escape: write a byte as % and two hex digits (not %00)"
        case .badPort(let text):
            "port '\(text)' is not a number from 1 to 65535"
        case .badSSLMode(let text):
            "sslmode '\(text)' is not one of \(PostgresURL.SSLMode.allCases.map(\.rawValue).joined(separator: ", "))"
        case .badHostAddress(let text):
            "hostaddr '\(text)' is not a numeric IPv4 or IPv6 address (a name goes in host)"
        case .badConnectTimeout(let text):
            "connect_timeout '\(text)' is not a whole number of seconds"
        case .unknownParameter(let name):
            "unknown parameter '\(name)'; known: \(PostgresURL.parameters.joined(separator: ", "))"
        case .parameterWithoutValue(let name):
            "parameter '\(name)' has no value (write \(name)=VALUE)"
        case .severalHosts:
            "several hosts are not supported: name one host"
        case .unclosedBracket:
            "an IPv6 host needs its closing ']'"
        }
    }
}
