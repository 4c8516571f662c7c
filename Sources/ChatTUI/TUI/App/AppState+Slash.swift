/// Slash commands typed in the chat input.
extension AppState {
    /// Runs a command line. A mistyped command stays in the input so it can be fixed.
    mutating func runSlashCommand(_ line: String) -> [Effect] {
        let command: SlashCommand
        switch SlashCommand.parse(line) {
        case .success(let parsed): command = parsed
        case .failure(let error):
            flash = error.message
            return []
        }
        switch command {
        case .new, .resume:
            guard activity.runningTurn == nil else {
                flash = "A reply is still coming: press Esc to stop it first."
                return []
            }
        case .tasks, .help, .quit, .copy, .search, .panel, .model:
            break
        }
        _ = input.submit()
        switch command {
        case .new:
            let keeping = keepDraft()
            savedDraft = SavedDraft()
            conversationID = nil
            conversationTitle = nil
            transcript = Transcript(entries: [.notice("New conversation. Your first message starts it.")])
            activity = .idle
            ownTurnWriting = nil
            ownMessagesUnseen = false
            scrollOffset = 0
            return keeping + [.newConversation]
        case .resume(let id):
            return [.openConversation(id)]
        case .tasks:
            return openReview()
        case .panel:
            return togglePanel()
        case .model(let name):
            return chooseModel(name)
        case .search(let text):
            return openSearch(text)
        case .help:
            screen = .help(HelpScreen())
            return []
        case .quit:
            return [.quit]
        case .copy:
            guard let reply = transcript.lastReply else {
                flash = "Nothing to copy yet: /copy copies the last reply."
                return []
            }
            flash = "Copied the last reply."
            return [.copyToClipboard(reply)]
        }
    }
}
