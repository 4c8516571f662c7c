import Foundation
internal import GRDB

/// Conversations brought in from an export, idempotently.
extension ConversationService {
    public enum ImportOutcome: Equatable, Sendable {
        case added(messages: Int)
        /// The conversation was stored already; `messages` newer ones were appended.
        case extended(Int64, messages: Int)
        case unchanged(Int64)
    }

    /// Brings in `imported` in one transaction; with `dryRun`, only says what it would do.
    ///
    /// A stored conversation is the same one when it began within a second of the file's
    /// time (exports keep whole seconds) with the same first message. When its messages are where the file's begin, only the file's newer
    /// messages are appended; a conversation that went another way is added as a new one,
    /// with its own title and times. So importing a file twice changes nothing.
    public func importConversation(_ imported: ImportedConversation, dryRun: Bool) throws -> ImportOutcome {
        let pairs = imported.messages.map { ($0.message, $0.createdAt) }
        guard !dryRun else {
            return try reading(
                sqlite: { try outcome(of: imported, in: $0) },
                postgres: { Self.outcome(of: imported, candidates: try $0.importCandidates(near: imported.createdAt)) })
        }
        return try writing(sqlite: { db in
            let outcome = try outcome(of: imported, in: db)
            switch outcome {
            case .added:
                var record = ConversationRecord(
                    id: nil, userId: user.rawValue, title: ConversationRecord.title(from: imported.title),
                    createdAt: imported.createdAt, updatedAt: imported.createdAt, messageCount: 0, tokenCount: 0)
                try record.insert(db)
                guard let id = record.id else { throw DatabaseError(message: "conversation insert returned no id") }
                try insert(pairs, to: id, in: db, keepingResults: false)
            case .extended(let id, let count):
                try insert(pairs.suffix(count), to: id, in: db, keepingResults: false)
            case .unchanged:
                break
            }
            return outcome
        }, postgres: { store in
            let outcome = Self.outcome(of: imported, candidates: try store.importCandidates(near: imported.createdAt))
            switch outcome {
            case .added: try store.add(imported)
            case .extended(let id, let count): try store.insert(pairs.suffix(count), to: id, keepingResults: false)
            case .unchanged: break
            }
            return outcome
        })
    }

    private func outcome(of imported: ImportedConversation, in db: Database) throws -> ImportOutcome {
        let second = imported.createdAt.timeIntervalSince1970.rounded(.down)
        let records = try ConversationRecord
            .filter(Column("user_id") == user.rawValue && Column("deleted_at") == nil)
            .filter(Column("created_at") > Date(timeIntervalSince1970: second - 1)
                && Column("created_at") < Date(timeIntervalSince1970: second + 1))
            .fetchAll(db)
        let candidates = try records.compactMap { candidate -> (id: Int64, said: [Said])? in
            guard let id = candidate.id else { return nil }
            let said = try MessageRecord.fetchAll(
                db, sql: "SELECT * FROM messages WHERE conversation_id = ? ORDER BY id", arguments: [id]
            ).map { Said(role: $0.message.role, content: $0.message.content) }
            return (id, said)
        }
        return Self.outcome(of: imported, candidates: candidates)
    }

    /// The first candidate that begins with the same message decides: the file adds nothing
    /// to it, or extends it; with none, the conversation is new. Both backends decide here.
    static func outcome(of imported: ImportedConversation, candidates: [(id: Int64, said: [Said])]) -> ImportOutcome {
        let file = imported.messages.map { Said(role: $0.message.role, content: $0.message.content) }
        for (id, stored) in candidates {
            guard let first = stored.first, first == file.first else { continue }
            if stored.count >= file.count, stored.starts(with: file) { return .unchanged(id) }
            if file.starts(with: stored) { return .extended(id, messages: file.count - stored.count) }
        }
        return .added(messages: file.count)
    }

    /// What makes two messages the same for an import.
    struct Said: Equatable {
        var role: MessageRole
        var content: String
    }
}
