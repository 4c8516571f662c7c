internal import PostgresNIO

/// A statement built a piece at a time, each value bound as `$n` rather than written
/// into the text, so no value is ever read as SQL.
struct PostgresStatement {
    private(set) var sql: String
    private var binds = PostgresBindings()

    init(_ sql: String) {
        self.sql = sql
    }

    /// Appends literal SQL.
    mutating func append(_ text: String) {
        sql += text
    }

    /// Binds `value` and returns its placeholder, to be written into the SQL.
    mutating func bind<Value: PostgresNonThrowingEncodable>(_ value: Value?) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    var query: PostgresQuery {
        PostgresQuery(unsafeSQL: sql, binds: binds)
    }
}
