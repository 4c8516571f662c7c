extension ToolCall {
    /// The step's calls with an id each, unique within the step.
    ///
    /// A tool result answers a call by its id, so a call without one (some local servers
    /// send none) or with one an earlier call of the step already has would leave its result
    /// answering nothing, or the wrong call. Such a call gets `call_N` (its position), made
    /// unique; the id is stored with the call, so every later request sends the same one.
    static func identified(_ calls: [ToolCall]) -> [ToolCall] {
        var seen = Set<String>()
        return calls.enumerated().map { position, call in
            var call = call
            if call.id.isEmpty || seen.contains(call.id) {
                var candidate = "call_\(position)"
                while seen.contains(candidate) || calls.contains(where: { $0.id == candidate }) { candidate += "_" }
                call.id = candidate
            }
            seen.insert(call.id)
            return call
        }
    }
}
