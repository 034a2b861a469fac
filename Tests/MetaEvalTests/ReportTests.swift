import Foundation
import Testing
@testable import MetaEval

/// Golden files: the fixture corpus's reports in Danish and English, compared byte for byte.
/// Re-record with `METAEVAL_RECORD=1 swift test` and review the diff.
@Suite struct ReportTests {
    func build(_ records: [ProjectRecord], language: Language) throws -> [ReportFile] {
        let codebook = try TestSupport.codebook()
        let result = Pipeline(codebook: codebook, edition: try TestSupport.edition()).run(records, documents: TestSupport.fixtureDocuments(records))
        return ReportSet.standard(codebook: codebook).build(ReportContext(result: result, language: language))
    }

    @Test(arguments: [Language.da, Language.en])
    func goldenReports(language: Language) throws {
        let files = try build(try TestSupport.fixtureRecords(), language: language)
        let folder = TestSupport.golden.appendingPathComponent(language.rawValue)
        if ProcessInfo.processInfo.environment["METAEVAL_RECORD"] != nil {
            try? FileManager.default.removeItem(at: folder)
            try ReportWriter(folder: folder).write(files)
        }
        let differences = ReportWriter(folder: folder).differences(files)
        #expect(differences.isEmpty, "golden files differ (re-record with METAEVAL_RECORD=1): \(differences)")
    }

    @Test func everyContractReportIsWritten() throws {
        let names = Set(try build(try TestSupport.fixtureRecords(), language: .da).map(\.name))
        for name in ["funnel", "classification-matrix", "activities-results", "activities-employment", "activity-reach", "descriptives",
                     "reconciliation", "change-theory-system-approach", "change-theory-clarification",
                     "change-theory-competence-development", "change-theory-at-the-workplace"] {
            #expect(names.contains("\(name).md") && names.contains("\(name).csv"), "\(name)")
        }
        #expect(names.contains("evidence.csv") && names.contains("index.md"))
    }

    @Test func readingOrderDoesNotChangeABit() throws {
        let records = try TestSupport.fixtureRecords()
        let reference = try build(records, language: .da)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5 {
            #expect(try build(records.shuffled(using: &generator), language: .da) == reference)
        }
    }

    @Test func evidenceTracesEveryTableCell() throws {
        let files = try build(try TestSupport.fixtureRecords(), language: .da)
        let evidence = try #require(files.first { $0.name == "evidence.csv" }).contents
        #expect(evidence.contains("f06-s1#1,f06-s1,f06,activity-category,coaching,competence-development,work-capacity,not-coded,KL,,,Coaching øgede arbejdsevnen."))
        #expect(evidence.contains("f01-s1#2,f01-s1,f01,activity-effect,interdisciplinary,employment,,knowledge,KL,documents/f01.txt,3,"))
        #expect(evidence.split(separator: "\r\n").count == 22)
        #expect(evidence.contains("f16-m2#1,f16-m2,f16,activity-effect,workplace-oriented,employment,,assumption,machine,documents/f16.txt,27,"))
    }

    @Test func formulaTitlesAreNeutralisedInCSV() throws {
        var records = try TestSupport.fixtureRecords()
        let index = try #require(records.firstIndex { $0.id == "f06" })
        records[index].statements[0].excerpt = "=HYPERLINK(\"http://x\")"
        let files = try build(records, language: .da)
        for file in files where file.name.hasSuffix(".csv") {
            #expect(!file.contents.contains(",=HYPERLINK") && !file.contents.contains("\r\n=HYPERLINK"))
        }
        #expect(files.first { $0.name == "evidence.csv" }!.contents.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
    }

    @Test func dataPackageFieldTypesFollowTheDialect() {
        typealias Kind = DataPackage.Kind
        #expect(Kind.of("", excel: false) == .empty)
        #expect(Kind.of("12", excel: false) == .integer)
        #expect(Kind.of("-12", excel: false) == .integer)
        #expect(Kind.of("3.5", excel: false) == .number)
        #expect(Kind.of("3,5", excel: false) == .string)
        #expect(Kind.of("3,5", excel: true) == .number)
        #expect(Kind.of("3.5", excel: true) == .string)
        for text in ["-", ".5", "5.", "1.2.3", "1 2", "12a", "−3", "--1"] { #expect(Kind.of(text, excel: false) == .string, "\(text)") }
        let columns = DataPackage.columns("a,b,c,d\r\n1,2.5,x,\r\n-3,4,,\r\nshort\r\n", separator: ",", excel: false)
        #expect(columns.map(\.name) == ["a", "b", "c", "d"])
        #expect(columns.map(\.kind) == [.integer, .number, .string, .empty])
    }

    /// The columns `CSVWriter.file` gathers as it writes are those `DataPackage.columns` reads
    /// back from the text, in both dialects, with cells to neutralise, quote or give a decimal comma.
    @Test func writtenColumnsAgreeWithTheColumnsReadBack() throws {
        var random = SplitMix64(seed: 29)
        let pieces = ["1", "42", "-7", "3.5", "x", "\"", ",", ";", "\r\n", "=", "-", ".", " ", "æ", "'"]
        func cell() -> String { (0..<Int(random.next() % 4)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined() }
        for round in 0..<2000 {
            let dialect: CSVWriter.Dialect = round % 2 == 0 ? .rfc4180 : .excelDanish
            let width = 1 + Int(random.next() % 4)
            var table = Table(columns: (0..<width).map { _ in cell() })
            for _ in 0..<Int(random.next() % 5) { table.rows.append((0..<(random.next() % 6 == 0 ? width + 1 : width)).map { _ in cell() }) }
            let writer = CSVWriter(dialect: dialect)
            let file = writer.file("t.csv", table)
            let excel = dialect == .excelDanish
            let read = DataPackage.columns(file.contents, separator: excel ? ";" : ",", excel: excel)
            let written = try #require(file.columns).list
            #expect(written.map(\.name) == read.map(\.name), "\(table)")
            #expect(written.map(\.kind) == read.map(\.kind), "\(table)")
        }
    }
}
