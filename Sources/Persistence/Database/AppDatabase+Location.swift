extension AppDatabase {
    /// Opens the database `location` names: a SQLite file as ``open(path:access:)`` does,
    /// or a PostgreSQL database, connecting as the URL, the `PG*` variables and the
    /// password file say, migrating it when the connecting role owns it and a migration
    /// is due, and refusing it untouched when a newer chattui migrated it.
    ///
    /// `warnings` receives what the person should hear once, such as a password file
    /// ignored for its permissions.
    public static func open(
        location: DatabaseLocation, access: Access = .readWrite, environment: [String: String],
        warnings: (String) -> Void = { _ in }
    ) throws -> AppDatabase {
        switch location {
        case .sqlite(let path):
            return try open(path: path, access: access)
        case .postgres(let url):
            let entry = PasswordEntry.effectiveUser()
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? entry?.home
            let settings = try PostgresSettings(
                url, environment: environment, loginName: entry?.name ?? "user", home: home)
            settings.warnings.forEach(warnings)
            let session = try PostgresSession.connect(settings)
            do {
                try PostgresMigrator.prepare(session)
            } catch {
                session.close()
                throw error
            }
            return AppDatabase(path: settings.redacted, backend: .postgres(session))
        }
    }
}
