import ChatTUI

/// Inside an async function, so the async subcommands can run; the command line prints
/// its own errors, sanitised (see `ChatTUICommand.start`).
func start() async { await ChatTUICommand.start() }

await start()
