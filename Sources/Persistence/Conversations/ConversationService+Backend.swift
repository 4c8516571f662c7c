import Foundation
internal import GRDB

/// Where each operation of ``ConversationService`` runs: GRDB on a SQLite file, or a
/// `PostgresConversationStore` on the PostgreSQL connection. Every public method passes
/// both, so callers keep one API and the location alone picks the backend. An operation
/// that sends one statement on PostgreSQL says so (`.statement`) and costs one round trip.
///
/// On PostgreSQL the async variants call the blocking ones: the session blocks on
/// SwiftNIO's event-loop threads, never waiting on the cooperative pool, so a caller on
/// that pool holds one of its threads for a round trip but cannot deadlock it.
extension ConversationService {
    /// One write transaction: all of `sqlite` or `postgres`, or none of it.
    func writing<T>(
        _ span: PostgresSpan = .transaction, sqlite: (Database) throws -> T,
        postgres: (PostgresConversationStore) throws -> T
    ) throws -> T {
        switch database.backend {
        case .sqlite: return try database.write(sqlite)
        case .postgres(let session): return try session.run(span) { try postgres(store($0, session)) }
        }
    }

    /// One read; on PostgreSQL a transaction too, so every page sees one snapshot, unless it
    /// is one statement, which sees one by itself.
    func reading<T>(
        _ span: PostgresSpan = .transaction, sqlite: (Database) throws -> T,
        postgres: (PostgresConversationStore) throws -> T
    ) throws -> T {
        switch database.backend {
        case .sqlite(let pool): return try pool.read(sqlite)
        case .postgres(let session): return try session.run(span) { try postgres(store($0, session)) }
        }
    }

    func writing<T: Sendable>(
        _ span: PostgresSpan = .transaction, sqlite: @Sendable (Database) throws -> T,
        postgres: (PostgresConversationStore) throws -> T
    ) async throws -> T {
        switch database.backend {
        case .sqlite: return try await database.write(sqlite)
        case .postgres(let session): return try session.run(span) { try postgres(store($0, session)) }
        }
    }

    func reading<T: Sendable>(
        _ span: PostgresSpan = .transaction, sqlite: @Sendable (Database) throws -> T,
        postgres: (PostgresConversationStore) throws -> T
    ) async throws -> T {
        switch database.backend {
        case .sqlite(let pool): return try await pool.read(sqlite)
        case .postgres(let session): return try session.run(span) { try postgres(store($0, session)) }
        }
    }

    /// The user is the connecting role, whatever `user` says: the server decides whose rows these are.
    private func store(_ transaction: PostgresTransaction, _ session: PostgresSession) -> PostgresConversationStore {
        PostgresConversationStore(transaction: transaction, user: UserID(session.sessionUser), clock: clock)
    }
}
