import AgentCore
import Foundation
import MCP
import Testing
@testable import ChatTUI

@Suite struct JSONValueMCPTests {
    @Test func aValueSurvivesTheTripThroughTheSDKsForm() {
        let value: JSONValue = [
            "null": nil, "yes": true, "count": 42, "negative": -7, "ratio": 0.25, "text": "naïve 東京 🎉 \"q\"\n",
            "list": [1, "two", [3.5], ["nested": false]], "empty": [:], "none": [],
            "big": .int(Int64.max),
        ]
        #expect(JSONValue(Value(value)) == value)
    }

    @Test(arguments: TaskTool.allCases)
    func everySchemaSurvivesTheTripUnchanged(tool: TaskTool) {
        #expect(JSONValue(Value(tool.inputSchema)) == tool.inputSchema)
        #expect(JSONValue(Value(tool.outputSchema)) == tool.outputSchema)
    }

    @Test func membersComeBackSortedSoTheTextIsStable() {
        let value = JSONValue(Value.object(["b": 1, "a": 2, "c": 3]))
        #expect(value.text == #"{"a":2,"b":1,"c":3}"#)
    }

    /// The SDK turns a string shaped like a data URL into bytes; it comes back as text.
    @Test func bytesTheSDKDecodedBecomeADataURLAgain() {
        let value = JSONValue(Value.data(mimeType: "text/plain", Data("hello".utf8)))
        #expect(value == "data:text/plain;base64,aGVsbG8=")
    }
}
