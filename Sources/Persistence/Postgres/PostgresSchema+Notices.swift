extension PostgresSchema {
    /// The migration `postgres-change-notices` (`PostgresChangeListener` hears them): each
    /// write to a task, a task's tags, a conversation or a message sends a `NOTIFY` on its
    /// owner's channel, `chattui_` and the MD5 of the role's name (a channel name must be an
    /// identifier of at most 63 bytes, which a role's name may already fill). The payload
    /// says what changed: the table, and for a message its conversation (`messages:42`).
    ///
    /// A notice is sent when its transaction commits, and not at all when it rolls back, so
    /// a listener never sees a half-written model step; PostgreSQL sends one notice for
    /// identical ones in a transaction, so a step adding ten tasks sends one `tasks`. This
    /// replaces SQLite's `data_version`, which sees only other processes on one machine.
    static let changeNotices = [
        """
        CREATE FUNCTION chattui_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          changed record := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
          payload text := TG_TABLE_NAME;
        BEGIN
          IF TG_TABLE_NAME = 'messages' THEN
            payload := payload || ':' || changed.conversation_id;
          END IF;
          PERFORM pg_notify('chattui_' || md5(changed.owner), payload);
          RETURN NULL;
        END $$
        """,
    ] + ["tasks", "task_tags", "conversations", "messages"].map { table in
        """
        CREATE TRIGGER \(table)_notify_change AFTER INSERT OR UPDATE OR DELETE ON \(table)
          FOR EACH ROW EXECUTE FUNCTION chattui_notify_change()
        """
    }
}
