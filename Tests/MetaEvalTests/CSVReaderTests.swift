import Foundation
import Testing
@testable import MetaEval

/// The CSV reader: RFC 4180 and the Danish Excel dialect, spreadsheet row numbers, and every
/// kind of broken file named by row.
@Suite struct CSVReaderTests {
    func read(_ text: String) -> (CSVReader.Document?, [Diagnostic]) {
        CSVReader(file: "in.csv").read(Array(text.utf8))
    }

    @Test func readsRFC4180WithQuotesAndEmbeddedLineBreaks() throws {
        let (document, diagnostics) = read("title,purpose\r\n\"A, b\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\r\nlast,y")
        let rows = try #require(document).rows
        #expect(diagnostics.isEmpty)
        #expect(rows.map(\.fields) == [["A, b", "say \"hi\""], ["two\nlines", "x"], ["last", "y"]])
        #expect(rows.map(\.number) == [2, 3, 4])
        #expect(rows.map(\.line) == [2, 3, 5])
    }

    @Test func detectsTheDanishExcelDialect() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("titel;deltagere\r\nMentor, ung;1.200\r\n;\r\n".utf8)
        let (document, diagnostics) = CSVReader(file: "in.csv").read(bytes)
        let parsed = try #require(document)
        #expect(diagnostics.isEmpty)
        #expect(parsed.separator == UInt8(ascii: ";"))
        #expect(parsed.encoding == .utf8WithBOM)
        #expect(parsed.header.fields == ["titel", "deltagere"])
        #expect(parsed.rows.map(\.fields) == [["Mentor, ung", "1.200"]])
    }

    @Test func decodesWindows1252WithAWarning() throws {
        let bytes: [UInt8] = Array("titel;m".utf8) + [0xE5] + Array("lgruppe\r\nS".utf8) + [0xF8, 0x67, 0x20, 0x96, 0x20, 0x80] + Array(";x\r\n".utf8)
        let (document, diagnostics) = CSVReader(file: "in.csv").read(bytes)
        let parsed = try #require(document)
        #expect(parsed.encoding == .windows1252)
        #expect(parsed.header.fields == ["titel", "målgruppe"])
        #expect(parsed.rows[0].fields == ["Søg – €", "x"])
        #expect(diagnostics.map(\.description) == ["in.csv:1: warning: the file is not UTF-8; read as Windows-1252 (save it as \"CSV UTF-8\" to be sure)"])
    }

    @Test func namesTheRowWhereAnUnbalancedQuoteOpened() {
        let (document, diagnostics) = read("a;b\n1;2\n3;\"open\n4;5\n6;7\n")
        #expect(document?.rows.map(\.fields) == [["1", "2"]])
        #expect(diagnostics.map(\.description).contains { $0.hasPrefix("in.csv:3: error: a quote opened in row 3 (line 3, cell 2) is never closed") })
    }

    @Test func reportsRaggedRowsAndKeepsTheOthers() {
        let (document, diagnostics) = read("a,b,c\n1,2,3\n1,2\n4,5,6,7\n7,8,9\n")
        #expect(document?.rows.map(\.number) == [2, 5])
        #expect(diagnostics.map(\.description) == [
            "in.csv:3: error: the row has 2 cells; expected 3, as the header has (separator \",\")",
            "in.csv:4: error: the row has 4 cells; expected 3, as the header has (separator \",\")",
        ])
    }

    @Test func rejectsEmptyBinaryHeaderOnlyAndDuplicatedHeaders() {
        #expect(read("").1.map(\.description) == ["in.csv: error: the file is empty; expected a header row and data rows"])
        #expect(read("\u{FEFF}\r\n").1.map(\.description) == ["in.csv: error: the file is empty; expected a header row and data rows"])
        #expect(CSVReader(file: "in.csv").read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x14]).1.map(\.description)
                == ["in.csv:1: error: the file contains NUL bytes (binary data); expected CSV text"])
        #expect(read("titel;formål\r\n").1.map(\.description) == ["in.csv:1: error: the file has only a header row; expected data rows below it"])
        let (document, diagnostics) = read("titel;Titel\nA;B\n")
        #expect(document == nil)
        #expect(diagnostics.map(\.description) == ["in.csv:1: error: Titel: duplicated column (columns 1 and 2); expected each column name once"])
    }

    @Test func readsAOneMegabyteField() throws {
        let big = String(repeating: "æøå \"x\" ;\n", count: 100_000)
        let quoted = "\"" + big.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let (document, diagnostics) = read("titel;formål\r\nA;\(quoted)\r\nB;c\r\n")
        let rows = try #require(document).rows
        #expect(diagnostics.isEmpty)
        #expect(rows[0].fields[1] == big)
        #expect(rows[0].fields[1].utf8.count > 1_000_000)
        #expect(rows[1].number == 3)
    }

    @Test func keepsTextAfterAClosingQuoteWithAWarning() {
        let (document, diagnostics) = read("a,b\n\"x\"y,2\n")
        #expect(document?.rows.first?.fields == ["xy", "2"])
        #expect(diagnostics.first?.severity == .warning && diagnostics.first?.line == 2)
    }

    @Test(arguments: CSVWriter.Dialect.allCases)
    func readsBackWhatTheWriterWrites(dialect: CSVWriter.Dialect) throws {
        var random = SplitMix64(seed: 42)
        let pieces = ["a", "æøå", "\"", "\"\"", ";", ",", "\r\n", "\n", " ", "x y", "😀", "tab\t", "'"]
        for _ in 0..<50 {
            let columns = 1 + Int(random.next() % 5)
            var table = Table(columns: (0..<columns).map { "c\($0)" })
            for _ in 0..<Int(random.next() % 6) {
                table.append((0..<columns).map { _ in "k" + (0..<Int(random.next() % 4)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined() })
            }
            let text = CSVWriter(dialect: dialect).render(table)
            let (document, diagnostics) = CSVReader(file: "t.csv").read(Array(text.utf8))
            if table.rows.isEmpty || table.rows.allSatisfy({ $0.allSatisfy { $0.trimmingSpaces.isEmpty } }) { continue }
            let parsed = try #require(document, "\(diagnostics)\n\(text)")
            #expect(parsed.header.fields == table.columns)
            #expect(parsed.rows.map(\.fields) == table.rows, "\(text)")
            #expect(parsed.rows.map(\.number) == Array(2..<(2 + table.rows.count)))
        }
    }
}
