import AgentCore

/// Turns a turn's events into what `chattui ask` prints.
protocol AskReporter {
    mutating func report(_ event: TurnEvent)
}
