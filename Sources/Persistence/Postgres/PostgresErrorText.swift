internal import PostgresNIO

/// Turns postgres-nio's errors into ours. `PSQLError`'s own description is deliberately
/// vague (it may hold query data); the server's message and SQLSTATE are what a person
/// and the tests need.
enum PostgresErrorText {
    static func backendError(_ error: any Error) -> any Error {
        guard let psql = error as? PSQLError else { return error }
        if let info = psql.serverInfo, let message = info[.message] {
            return PostgresBackendError.server(message: message, state: info[.sqlState] ?? "")
        }
        return PostgresBackendError.server(message: reason(psql), state: "")
    }

    /// One line saying why a connection or a statement failed: the server's own message,
    /// else what the person can do about the client's code.
    static func reason(_ error: any Error) -> String {
        guard let psql = error as? PSQLError else { return "\(error)" }
        if let message = psql.serverInfo?[.message] { return message }
        switch psql.code {
        case .authMechanismRequiresPassword:
            return "the server asks for a password and none was found (in the URL, PGPASSWORD or ~/.pgpass)"
        case .sslUnsupported:
            return "the server does not offer TLS, which this sslmode requires (use sslmode=prefer or disable)"
        case .unsupportedAuthMechanism:
            return "the server asks for a login method chattui does not support (use scram-sha-256, md5 or trust)"
        case .connectionError:
            return psql.underlying.map { "\($0)" } ?? "the server could not be reached"
        default:
            return psql.underlying.map { "\($0)" } ?? "\(psql.code)"
        }
    }
}
