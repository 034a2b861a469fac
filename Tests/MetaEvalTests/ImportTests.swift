import Foundation
import Testing
@testable import MetaEval

/// `metaeval import`: column names, cell values, ids, and the demo spreadsheet imported into a
/// copy of the fixture corpus.
@Suite struct ImportTests {
    static let demo = TestSupport.fixtures.appendingPathComponent("import/nye-projekter-2014.csv")

    @Test func columnNamesMatchWithoutCaseAccentsOrSpelling() {
        #expect(ImportColumn.named("Formål") == .purpose)
        #expect(ImportColumn.named("FORMAAL") == .purpose)
        #expect(ImportColumn.named(" Målgruppe ") == .targetGroup)
        #expect(ImportColumn.named("Target group") == .targetGroup)
        #expect(ImportColumn.named("Start-år") == .start)
        #expect(ImportColumn.named("Antal deltagere") == .participants)
        #expect(ImportColumn.named("Budget") == nil)
        var owners: [String: ImportColumn] = [:]
        for column in ImportColumn.allCases {
            for name in column.names {
                let key = ImportColumn.fold(name)
                #expect(owners[key] == nil || owners[key] == column, "\(name) folds onto \(String(describing: owners[key]))")
                owners[key] = column
            }
        }
    }

    @Test func readsYearsPeriodsAndCounts() throws {
        #expect(try SpreadsheetValue.year("2012").get() == 2012)
        #expect(try SpreadsheetValue.year("01-03-2012").get() == 2012)
        #expect(try SpreadsheetValue.year("2012-03-01").get() == 2012)
        #expect(throws: SpreadsheetValue.Failure.self) { try SpreadsheetValue.year("20x3").get() }
        #expect(throws: SpreadsheetValue.Failure.self) { try SpreadsheetValue.year("3012").get() }
        #expect(try SpreadsheetValue.period("2010–2012").get() == Period(start: 2010, end: 2012))
        #expect(try SpreadsheetValue.period("2010 til 2012").get() == Period(start: 2010, end: 2012))
        #expect(try SpreadsheetValue.period("2010-2012").get() == Period(start: 2010, end: 2012))
        #expect(try SpreadsheetValue.period("2013").get() == Period(start: 2013, end: 2013))
        #expect(try SpreadsheetValue.period("01-03-2010 - 31-12-2012").get() == Period(start: 2010, end: 2012))
        if case .failure(let failure) = SpreadsheetValue.period("2014–2012") {
            #expect(failure.message == "expected the end (2012) not before the start (2014)")
        } else { Issue.record("end before start accepted") }
        #expect(try SpreadsheetValue.count("1.200", thousandsSeparator: ".").get() == 1200)
        #expect(try SpreadsheetValue.count("1,200", thousandsSeparator: ",").get() == 1200)
        #expect(try SpreadsheetValue.count("1 200", thousandsSeparator: ".").get() == 1200)
        for bad in ["1.2", "-5", "12,5", "0", "ca. 50", "2.000.000", ""] {
            #expect(throws: SpreadsheetValue.Failure.self, "\(bad)") { try SpreadsheetValue.count(bad, thousandsSeparator: ".").get() }
        }
    }

    @Test func newIdsFollowTheHighestNumberAboveTheReservedRange() {
        var fresh = RecordIdAllocator(existing: ["f01", "a01"])
        #expect([fresh.allocate(), fresh.allocate()] == ["p110", "p111"])
        var after = RecordIdAllocator(existing: ["p005", "p120", "p12x"])
        #expect(after.allocate() == "p121")
        var big = RecordIdAllocator(existing: ["p999"])
        #expect(big.allocate() == "p1000")
    }

    /// A temporary copy of the fixture corpus and the codebook.
    func workspace() throws -> (folder: URL, corpus: URL, common: [String]) {
        let folder = try TestSupport.temporaryFolder()
        let corpus = try TestSupport.copy(TestSupport.fixtureCorpus, into: folder, as: "corpus")
        return (folder, corpus, ["--corpus", corpus.path, "--codebook", TestSupport.codebookURL.path])
    }

    func snapshot(_ corpus: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.hasSuffix(".json") {
            files[name] = try Data(contentsOf: corpus.appendingPathComponent(name))
        }
        return files
    }

    @Test func demoSpreadsheetImportsGoodRowsAndNamesBadOnes() throws {
        let (folder, corpus, common) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try snapshot(corpus)
        let outcome = TestSupport.run(["import", Self.demo.path, "--channel", "social-agency"] + common)
        #expect(outcome.status == .failure)
        let file = Self.demo.path
        for expected in [
            "\(file):1: warning: Budget: unknown column, ignored",
            "\(file):7: error: Periode: expected a period like 2010–2012 or one year like 2012, found \"20x3\"",
            "\(file):8: error: Periode: expected the end (2012) not before the start (2014)",
            "\(file):9: error: Deltagere: expected a whole number of at least 1, found the negative number \"-5\"",
            "\(file):10: error: Deltagere: expected a whole number, found the decimal number \"12,5\"",
            "\(file):11: error: the row has 11 cells; expected 10",
        ] {
            #expect(outcome.err.contains(expected), "stderr lacks \(expected):\n\(outcome.err)")
        }
        let after = try snapshot(corpus)
        for (name, data) in before { #expect(after[name] == data, "\(name) changed") }
        #expect(Set(after.keys).subtracting(before.keys) == ["p110.json", "p111.json", "p112.json", "p113.json", "p114.json", "p115.json"])
        let (records, diagnostics) = CorpusLoader(directory: corpus, codebook: try TestSupport.codebook()).load()
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let imported = records.filter { $0.id.hasPrefix("p") }
        #expect(imported.allSatisfy { $0.channels == ["social-agency"] })
        let mentor = try #require(imported.first { $0.id == "p111" })
        #expect(mentor.title == "Mentorer i praktik for unge")
        #expect(mentor.purpose == "At bringe unge i job eller uddannelse.\nMentorstøtte under hele praktikken.")
        #expect(mentor.participants.human?.value == 1200)
        #expect(mentor.participants.human?.coder == "import:social-agency")
        #expect(mentor.period.human?.evidence == [Evidence(text: "2010-2012", source: "nye-projekter-2014.csv", line: 3)])
        #expect(imported.first { $0.id == "p115" }?.title == "Arbejdsprøvning med hjælpemidler")

        let dedup = TestSupport.run(["dedup", "--format", "csv"] + common)
        #expect(dedup.status == .success)
        for pair in ["f01,Tværfagligt team i jobcentret,key-persons,p110,Jobcentret: tværfagligt team,social-agency,same-title same-organisation overlapping-period",
                     "f04,Kurser og gruppeforløb,key-persons,p112,Gruppeforloeb og kurser,social-agency,same-title overlapping-period",
                     "f03,Ansvar for egen plan,key-persons,p113,Ansvar for egen jobplan,social-agency,similar-title:0.50 same-organisation overlapping-period",
                     "f02,Mentorer i praktik,key-persons,p111,Mentorer i praktik for unge,social-agency,similar-title:0.67 overlapping-period"] {
            #expect(dedup.out.contains(pair), "dedup lacks \(pair):\n\(dedup.out)")
        }
        #expect(!dedup.out.contains("p114") && !dedup.out.contains("p115"))

        let again = TestSupport.run(["import", Self.demo.path, "--channel", "social-agency"] + common)
        #expect(again.out.contains("wrote \(corpus.relativePath)/p116.json (row 2)"))
        #expect(try snapshot(corpus).count == after.count + 6)
    }

    @Test func dryRunWritesNothing() throws {
        let (folder, corpus, common) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try snapshot(corpus)
        let outcome = TestSupport.run(["import", Self.demo.path, "--channel", "key-persons", "--dry-run"] + common)
        #expect(outcome.out.contains("would write \(corpus.relativePath)/p110.json (row 2): Jobcentret: tværfagligt team"))
        #expect(outcome.out.contains("would import 6 row(s)"))
        #expect(try snapshot(corpus) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: corpus.path).allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func aClashWithAnExistingRecordIsReportedAndNothingIsOverwritten() throws {
        let (folder, corpus, common) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try snapshot(corpus)
        let csv = folder.appendingPathComponent("clash.csv")
        try TestSupport.write("id,title,participants\r\nf01,Overwriting attempt,10\r\nnew-one,A new project,\"1,500\"\r\n", to: csv)
        let outcome = TestSupport.run(["import", csv.path, "--channel", "key-persons"] + common)
        #expect(outcome.status == .failure)
        #expect(outcome.err.contains("\(csv.path):2: error: id: record f01 already exists"))
        #expect(try Data(contentsOf: corpus.appendingPathComponent("f01.json")) == before["f01.json"])
        let written = try RecordDecoder(codebook: nil).decode([UInt8](Data(contentsOf: corpus.appendingPathComponent("new-one.json"))), file: "x").0
        #expect(written?.participants.value == 1500)
    }

    @Test func anUnknownChannelIsAUsageError() throws {
        let (folder, _, common) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = TestSupport.run(["import", Self.demo.path, "--channel", "friends"] + common)
        #expect(outcome.status == .usage)
        #expect(outcome.err.contains("unknown channel \"friends\"; expected one of: key-persons, information-search, labour-market-agency, social-agency, project-team"))
    }

    @Test func recordWriterNeverReplacesAFile() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestSupport.write("keep", to: folder.appendingPathComponent("x1.json"))
        #expect(throws: RecordFileWriter.Failure.self) {
            try RecordFileWriter(folder: folder).write(ProjectRecord(id: "x1", title: "T", source: .init(citation: "c")))
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("x1.json"), encoding: .utf8) == "keep")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["x1.json"])
    }
}
