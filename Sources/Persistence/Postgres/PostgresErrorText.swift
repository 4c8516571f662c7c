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

    /// One line saying why a connection or a statement failed.
    static func reason(_ error: any Error) -> String {
        guard let psql = error as? PSQLError else { return "\(error)" }
        if let message = psql.serverInfo?[.message] { return message }
        if let underlying = psql.underlying { return "\(underlying)" }
        return "\(psql.code)"
    }
}
