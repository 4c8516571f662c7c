import Foundation
internal import GRDB

/// Text that must come back from SQLite byte for byte, a NUL included.
///
/// GRDB binds a Swift `String` as a C string (length -1) and reads TEXT through
/// `sqlite3_column_text` as a C string, so everything after a NUL is lost on the way in
/// and on the way out. Binding the UTF-8 bytes as a blob and casting them to TEXT in
/// the statement stores every byte with its length (still a TEXT value, so the column's
/// type and any reader that expects text are unchanged); casting back to a blob on read
/// returns every byte. A message is stored exactly as sent: this is how.
enum ExactText {
    /// The placeholder for an exact text argument in an INSERT or UPDATE.
    static let placeholder = "CAST(? AS TEXT)"

    /// The value to bind at `placeholder`. Empty text is bound as text: GRDB binds an
    /// empty blob as NULL.
    static func argument(_ text: String) -> DatabaseValue {
        text.isEmpty ? "".databaseValue : Data(text.utf8).databaseValue
    }

    /// A result column holding `column`'s bytes under `alias`, to decode with `text(_:)`.
    static func selecting(_ column: String, as alias: String) -> String {
        "CAST(\(column) AS BLOB) AS \(alias)"
    }

    /// The text whose bytes were selected; the bytes of a stored Swift string are valid UTF-8.
    static func text(_ bytes: Data) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
