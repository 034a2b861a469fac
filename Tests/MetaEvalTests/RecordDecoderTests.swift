import Foundation
import Testing
@testable import MetaEval

@Suite struct RecordDecoderTests {
    func decode(_ text: String) throws -> (ProjectRecord?, [Diagnostic]) {
        RecordDecoder(codebook: try TestSupport.codebook()).decode(Array(text.utf8), file: "corpus/p001.json")
    }

    let minimal = """
        {
          "id": "p001",
          "title": "Test",
          "source": {"citation": "test"},
          "statements": [
            {"id": "p001-s1", "coder": "KL", "excerpt": "x",
             "links": [{"from": "mentor", "to": "employment"}]}
          ]
        }
        """

    @Test func unknownActivityNamesLineAndField() throws {
        let (_, diagnostics) = try decode(minimal)
        let problem = try #require(diagnostics.first)
        #expect(problem.line == 7)
        #expect(problem.field == "statements[0].links[0].from")
        #expect(problem.message.contains("unknown id \"mentor\""))
        #expect(problem.description.hasPrefix("corpus/p001.json:7: error: statements[0].links[0].from:"))
    }

    @Test func reportsEveryProblemInARecord() throws {
        let text = """
            {
              "id": "p001",
              "title": 5,
              "source": {"citation": "test"},
              "period": {"human": {"value": {"start": 2012, "end": 2010}, "coder": "KL"}},
              "participants": {"human": {"value": -4, "coder": "KL"}},
              "documentation": {"machine": {"value": "great", "coder": "machine"}},
              "importance": {"human": {"value": "high", "coder": "machine"}},
              "documents": ["../../etc/passwd", "/etc/passwd"],
              "colour": "blue"
            }
            """
        let (_, diagnostics) = try decode(text)
        let fields = Set(diagnostics.compactMap(\.field))
        #expect(fields.isSuperset(of: ["title", "period.human.value", "participants.human.value", "documentation.machine.value",
                                       "importance.human.coder", "documents[0]", "documents[1]", "colour"]), "\(diagnostics)")
        #expect(diagnostics.first { $0.field == "period.human.value" }?.message.contains("ends (2010) before it starts (2012)") == true)
        #expect(diagnostics.first { $0.field == "participants.human.value" }?.line == 6)
    }

    @Test func linkKindMustBeAllowed() throws {
        let (_, diagnostics) = try decode(minimal.replacingOccurrences(of: #""from": "mentor", "to": "employment""#,
                                                                       with: #""from": "employment", "to": "mentoring""#))
        #expect(diagnostics.contains { $0.message.contains("a link cannot go from effect") })
    }

    @Test func humanCodeWinsOverMachineCode() throws {
        let (record, diagnostics) = try decode("""
            {"id": "p002", "title": "T", "source": {"citation": "c"},
             "documentation": {"machine": {"value": "scientific", "coder": "machine"}, "human": {"value": "anecdotal", "coder": "KL"}}}
            """)
        #expect(diagnostics.isEmpty)
        #expect(record?.documentation.value == "anecdotal")
        #expect(record?.documentation.withMachineCode(Code(value: "systematic", coder: "machine")).value == "anecdotal")
    }

    @Test(arguments: [
        ([UInt8](), "empty"),
        ([0x7B, 0x00, 0x7D], "NUL bytes"),
        (Array("{\"title\": \"".utf8) + [0xE6, 0x62, 0x6C, 0x65] + Array("\"}".utf8), "Windows-1252"),
    ])
    func rejectsTextThatIsNotUTF8JSON(bytes: [UInt8], message: String) throws {
        let (record, diagnostics) = RecordDecoder(codebook: try TestSupport.codebook()).decode(bytes, file: "corpus/x.json")
        #expect(record == nil)
        #expect(diagnostics.count == 1 && diagnostics[0].message.contains(message))
    }

    @Test func encoderOutputReadsBackIdentically() throws {
        for record in try TestSupport.fixtureRecords() {
            let text = RecordEncoder.encode(record)
            var (decoded, diagnostics) = RecordDecoder(codebook: try TestSupport.codebook()).decode(Array(text.utf8), file: record.file)
            #expect(diagnostics.isEmpty, "\(diagnostics)")
            decoded?.file = record.file
            #expect(decoded == record)
        }
    }
}
