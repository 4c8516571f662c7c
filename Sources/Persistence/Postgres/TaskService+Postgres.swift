extension TaskService {
    /// `body` with an editor on the PostgreSQL connection, in one transaction. The user is
    /// the connecting role, whatever `user` says: the server decides whose rows these are.
    func postgresTransaction<T>(_ session: PostgresSession, _ body: (TaskEditor) throws -> T) throws -> T {
        try session.transaction { transaction in
            try body(TaskEditor(PostgresTaskEditor(
                transaction: transaction, user: UserID(session.sessionUser), clock: clock, source: source)))
        }
    }
}
