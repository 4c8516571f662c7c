internal import GRDB

/// The migration `full-text-search`: FTS5 indexes over task text and chat messages, kept in
/// step by triggers, so every write that changes the text changes the index in its own
/// transaction, and undo, purges and other processes need no code of their own.
///
/// Both use the `trigram` tokenizer. The review's `/`, `list_tasks`'s `search` and
/// `chattui tasks --search` promise a case-insensitive substring of the title or the
/// description, which is what a trigram index answers for any query of 3 characters or
/// more (and it folds case beyond ASCII: "É" finds "é"); word tokenizers
/// (`unicode61 remove_diacritics 2`) would match "bill" but not "bil" nor "ebill" and would
/// change what the filter means. Messages use the same tokenizer so `chattui search`, `/search`
/// and the picker mean one thing by "matches": the text appears, in any case. The cost is
/// size: a trigram index holds about three entries per character.
///
/// Both are external-content tables (`content=`): the text stays only in `tasks` and
/// `messages`, and `snippet()` reads it from there. Only user and assistant messages are
/// indexed: tool calls and results are JSON the chat never shows as text, and would make
/// every task title match a dozen times.
enum FullTextSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE tasks_text USING fts5(
              title, description, content='tasks', content_rowid='id', tokenize='trigram');
            CREATE TRIGGER tasks_text_after_insert AFTER INSERT ON tasks BEGIN
              INSERT INTO tasks_text(rowid, title, description) VALUES (new.id, new.title, new.description);
            END;
            CREATE TRIGGER tasks_text_after_delete AFTER DELETE ON tasks BEGIN
              INSERT INTO tasks_text(tasks_text, rowid, title, description)
                VALUES ('delete', old.id, old.title, old.description);
            END;
            CREATE TRIGGER tasks_text_after_update AFTER UPDATE OF title, description ON tasks BEGIN
              INSERT INTO tasks_text(tasks_text, rowid, title, description)
                VALUES ('delete', old.id, old.title, old.description);
              INSERT INTO tasks_text(rowid, title, description) VALUES (new.id, new.title, new.description);
            END;
            INSERT INTO tasks_text(tasks_text) VALUES ('rebuild');

            CREATE VIRTUAL TABLE messages_text USING fts5(
              content, content='messages', content_rowid='id', tokenize='trigram');
            CREATE TRIGGER messages_text_after_insert AFTER INSERT ON messages
              WHEN new.role IN ('user', 'assistant') BEGIN
              INSERT INTO messages_text(rowid, content) VALUES (new.id, new.content);
            END;
            CREATE TRIGGER messages_text_after_delete AFTER DELETE ON messages
              WHEN old.role IN ('user', 'assistant') BEGIN
              INSERT INTO messages_text(messages_text, rowid, content) VALUES ('delete', old.id, old.content);
            END;
            CREATE TRIGGER messages_text_after_update AFTER UPDATE OF role, content ON messages BEGIN
              INSERT INTO messages_text(messages_text, rowid, content)
                SELECT 'delete', old.id, old.content WHERE old.role IN ('user', 'assistant');
              INSERT INTO messages_text(rowid, content)
                SELECT new.id, new.content WHERE new.role IN ('user', 'assistant');
            END;
            INSERT INTO messages_text(rowid, content)
              SELECT id, content FROM messages WHERE role IN ('user', 'assistant');
            """)
    }
}
