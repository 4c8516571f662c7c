/// The rows of the task review: a title row, the list, a notice row, a hint row, the status
/// bar. Update uses it to page the selection.
enum TaskReviewLayout {
    static let listTop = 2

    static func listHeight(_ size: Size) -> Int {
        max(1, size.rows - listTop - 3)
    }

    static func noticeRow(_ size: Size) -> Int { size.rows - 3 }
    static func hintRow(_ size: Size) -> Int { size.rows - 2 }
    static func statusRow(_ size: Size) -> Int { size.rows - 1 }
}
