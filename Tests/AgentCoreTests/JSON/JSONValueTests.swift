import Testing
@testable import AgentCore

@Suite struct JSONValueTests {
    @Test func objectsKeepTheirMemberOrder() {
        let value: JSONValue = ["task_id": 5, "status": "created", "title": "Buy groceries"]
        #expect(value.text == #"{"task_id":5,"status":"created","title":"Buy groceries"}"#)
    }

    @Test func controlCharactersAndEscapesAreEscaped() {
        let value: JSONValue = .string("a\"b\\c\nd\u{1B}[31me\u{7F}")
        #expect(value.text == #""a\"b\\c\nd\u001b[31me\u007f""#)
    }

    @Test func nonASCIITextIsWrittenAsIs() {
        #expect(JSONValue.string("買い物 🛒").text == "\"買い物 🛒\"")
    }

    @Test func parsingDistinguishesIntegersFromFractions() throws {
        let value = try JSONValue(parsing: #"{"a": 3, "b": 2.5, "c": null, "d": [true, "x"]}"#)
        #expect(value["a"] == .int(3))
        #expect(value["b"] == .double(2.5))
        #expect(value["c"] == .null)
        #expect(value["d"] == [true, "x"])
    }

    @Test func objectEqualityIgnoresMemberOrder() {
        let left: JSONValue = ["a": 1, "b": [1, 2]]
        let right: JSONValue = ["b": [1, 2], "a": 1]
        #expect(left == right)
        #expect(left != ["a": 1, "b": [2, 1]])
    }

    @Test func prettyTextIndentsNestedContainers() {
        let value: JSONValue = ["tasks": [["id": 1]], "count": 1, "empty": [:]]
        #expect(value.prettyText == """
            {
              "tasks": [
                {
                  "id": 1
                }
              ],
              "count": 1,
              "empty": {}
            }
            """)
    }

    @Test func textRoundTripsThroughTheParser() throws {
        let value: JSONValue = ["s": "line\nbreak \u{0}", "n": -42, "f": 0.25, "b": false, "z": nil]
        #expect(try JSONValue(parsing: value.text) == value)
    }

    @Test func malformedTextThrows() {
        #expect(throws: (any Error).self) { try JSONValue(parsing: "{\"a\": ") }
    }
}
