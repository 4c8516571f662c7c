import Foundation
internal import PostgresNIO

/// Statements inside the transaction ``PostgresSession/transaction(_:)`` opened; valid
/// only inside that closure.
struct PostgresTransaction {
    let connection: PostgresConnection

    /// The rows of `query`, all of them, decoded by the caller.
    func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
        do {
            return try connection.query(query, logger: PostgresSession.logger).wait().rows
        } catch {
            throw PostgresErrorText.backendError(error)
        }
    }

    /// Runs a statement whose rows, if any, are not needed.
    func execute(_ query: PostgresQuery) throws {
        _ = try rows(query)
    }

    /// The first column of the first row; the statement must return one.
    func value<T: PostgresDecodable>(_ type: T.Type, _ query: PostgresQuery) throws -> T {
        guard let row = try rows(query).first else {
            throw PostgresBackendError.server(message: "a query returned no row", state: "02000")
        }
        return try decode(row, column: 0, as: type)
    }

    /// Runs `body` in a savepoint, so a failure leaves the surrounding transaction usable
    /// and nothing `body` wrote in it (a tool whose error becomes a result).
    func atomically<T>(_ body: () throws -> T) throws -> T {
        try execute("SAVEPOINT chattui_step")
        do {
            let result = try body()
            try execute("RELEASE SAVEPOINT chattui_step")
            return result
        } catch {
            try? execute("ROLLBACK TO SAVEPOINT chattui_step")
            throw error
        }
    }

    func decode<T: PostgresDecodable>(_ row: PostgresRow, column: Int, as type: T.Type) throws -> T {
        do {
            return try row.makeRandomAccess()[column].decode(type)
        } catch {
            throw PostgresErrorText.backendError(error)
        }
    }
}
