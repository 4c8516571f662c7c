/// Reading a `list_tasks` result, shared by every lookup that lists before it acts.
extension TurnTranscript.Exchange {
    /// The list the call returned.
    ///
    /// Throws, with the reply to give, when the tool answered with an error or with anything
    /// that is no list (a missing result counts as an error): the lookup stops there and
    /// writes nothing, whichever lookup it is.
    func listed() throws(ListingFailure) -> TaskListResult {
        switch ToolOutcome(json: result ?? #"{"error": "no result"}"#) {
        case .failed(let message):
            throw ListingFailure(reply: ReplyComposer.failure(tool: call.name, taskID: nil, message: message))
        case .changed, .unreadable:
            throw ListingFailure(reply: ReplyComposer.unreadable(tool: call.name))
        case .listed(let list):
            return list
        }
    }
}

/// Why a lookup's list could not be read, worded as the engine's reply.
struct ListingFailure: Error, Equatable {
    let reply: String
}
