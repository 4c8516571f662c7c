import ChatTUI

/// Inside an async function `main()` resolves to the async entry point; in top-level
/// code it resolves to the synchronous one, which refuses an async subcommand.
func start() async { await ChatTUICommand.start() }

await start()
