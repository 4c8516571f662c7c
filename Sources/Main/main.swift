import ChatTUI

/// Inside an async function, so the async subcommands can run; the command line prints
/// its own errors, sanitised (see `ChatTUICommand.runCommandLine`).
func start() async { await ChatTUICommand.runCommandLine() }

await start()
