import Testing
@testable import AgentCore

@Suite struct ToolCallAssemblerTests {
    typealias Delta = ChatCompletionChunk.ToolCallDelta
    typealias Function = ChatCompletionChunk.FunctionDelta

    static func assemble(_ deltas: [Delta]) -> [ToolCall] {
        var assembler = ToolCallAssembler()
        for delta in deltas { assembler.add(delta) }
        return assembler.toolCalls()
    }

    @Test func joinsArgumentFragmentsByIndex() {
        let calls = Self.assemble([
            Delta(index: 0, id: "call_a", function: Function(name: "add_task", arguments: "")),
            Delta(index: 1, id: "call_b", function: Function(name: "list_tasks", arguments: "{}")),
            Delta(index: 0, function: Function(arguments: "{\"ti")),
            Delta(index: 0, function: Function(arguments: "tle\": \"x\"}")),
        ])
        #expect(calls == [
            ToolCall(id: "call_a", name: "add_task", arguments: "{\"title\": \"x\"}"),
            ToolCall(id: "call_b", name: "list_tasks", arguments: "{}"),
        ])
    }

    @Test func ordersCallsByIndexNotArrival() {
        let calls = Self.assemble([
            Delta(index: 1, id: "second", function: Function(name: "b")),
            Delta(index: 0, id: "first", function: Function(name: "a")),
        ])
        #expect(calls.map(\.id) == ["first", "second"])
    }

    @Test func joinsASplitName() {
        let calls = Self.assemble([
            Delta(index: 0, id: "c", function: Function(name: "add_")),
            Delta(index: 0, function: Function(name: "task", arguments: "{}")),
        ])
        #expect(calls == [ToolCall(id: "c", name: "add_task", arguments: "{}")])
    }

    @Test func fragmentsWithoutIndexBelongToTheCallSeenLast() {
        let calls = Self.assemble([
            Delta(id: "c", function: Function(name: "add_task")),
            Delta(function: Function(arguments: "{\"title\":")),
            Delta(function: Function(arguments: "\"x\"}")),
        ])
        #expect(calls == [ToolCall(id: "c", name: "add_task", arguments: "{\"title\":\"x\"}")])
    }

    @Test func wholeCallsWithoutIndexStaySeparateByID() {
        let calls = Self.assemble([
            Delta(id: "one", function: Function(name: "a", arguments: "{\"n\":1}")),
            Delta(id: "two", function: Function(name: "b", arguments: "{\"n\":2}")),
        ])
        #expect(calls == [ToolCall(id: "one", name: "a", arguments: "{\"n\":1}"),
                          ToolCall(id: "two", name: "b", arguments: "{\"n\":2}")])
    }

    @Test func fillsInAMissingIDAndEmptyArguments() {
        let calls = Self.assemble([Delta(index: 0, function: Function(name: "list_tasks"))])
        #expect(calls == [ToolCall(id: "call_0", name: "list_tasks", arguments: "{}")])
    }
}
