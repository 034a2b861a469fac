import Testing
@testable import MetaEval

@Suite struct JSONParserTests {
    @Test func parsesNestedValuesWithLines() throws {
        let value = try JSONParser.parse("{\n  \"a\": [1, 2.5, -3],\n  \"b\": {\"c\": \"æøå\\n\"},\n  \"d\": null\n}")
        #expect(value["a"]?.line == 2)
        #expect(value["b"]?["c"] == .string("æøå\n", line: 3))
        #expect(value["d"]?.isNull == true)
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, "trailing comma"),
        ("{\n\"a\": 1\n\"b\": 2}", 3, "expected ',' or '}'"),
        ("[1, 2", 1, "unexpected end of file"),
        ("{\"a\": 1, \"a\": 2}", 1, "duplicate key"),
        ("", 1, "empty"),
        ("{\"a\": tru}", 1, "unexpected word"),
        ("{\"a\": \"x\ny\"}", 1, "line break inside a string"),
        ("{\"a\": 01}", 1, "leading zero"),
        ("// comment\n{}", 1, "unexpected character '/'"),
    ])
    func rejectsInvalidJSON(text: String, line: Int, message: String) {
        #expect {
            try JSONParser.parse(text)
        } throws: { error in
            guard let error = error as? JSONParser.SyntaxError else { return false }
            return error.line == line && error.message.contains(message)
        }
    }

    @Test func rejectsByteOrderMark() throws {
        let error = #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{\"a\": true}".utf8)) }
        #expect(error?.line == 1 && error?.column == 1 && error?.message.contains("byte-order mark") == true)
    }

    @Test func rejectsInvalidUTF8InStrings() {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse([0x22, 0xE6, 0x22]) }
    }

    @Test func writerRoundTripsThroughParser() throws {
        let node: JSONWriter.Node = .object([("b", .string("quote \" and \\ and \u{1}")), ("a", .array([.int(1), .null, .bool(false)]))])
        let text = JSONWriter.render(node)
        let parsed = try JSONParser.parse(text)
        #expect(parsed["b"] == .string("quote \" and \\ and \u{1}", line: 2))
        #expect(text.hasSuffix("}\n"))
        #expect(text.firstRange(of: "\"b\"")!.lowerBound < text.firstRange(of: "\"a\"")!.lowerBound)
    }
}
