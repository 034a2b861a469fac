import Foundation
import Testing
@testable import MetaEval

/// Editions as data (period, inclusion settings), `metaeval diff` between two editions of one
/// corpus, and the `datapackage.json` every edition folder gets.
@Suite struct EditionTests {
    @Test func bothEditionsLoadWithTheirInclusionSettings() throws {
        let old = try TestSupport.edition("2005-2013"), new = try TestSupport.edition("2005-2014")
        #expect(new.period == Period(start: 2005, end: 2014))
        #expect(new.published == nil && old.published != nil)
        #expect(new.inclusion.criteria == (try TestSupport.codebook()).criteria.ids)
        #expect(new.inclusion.periodRule == .ended)
    }

    @Test func inclusionSettingsChangeTheScreening() throws {
        let codebook = try TestSupport.codebook()
        var record = ProjectRecord(id: "x", title: "x", source: .init(citation: "x"))
        record.period = Coded(human: Code(value: Period(start: 2003, end: 2006), coder: "KL"))
        var edition = Edition(id: "e", label: .init(da: "e", en: "e"), period: Period(start: 2007, end: 2013), citation: "")
        #expect(InclusionScreener(codebook: codebook, edition: edition).screen(record).status == .excluded(reason: "period"))
        edition.inclusion = .init(criteria: ["period"], periodRule: .overlapping)
        #expect(InclusionScreener(codebook: codebook, edition: edition).screen(record).status == .excluded(reason: "period"))
        edition.period = Period(start: 2005, end: 2013)
        #expect(InclusionScreener(codebook: codebook, edition: edition).screen(record).status == .included)
    }

    @Test func unknownInclusionSettingsAreNamed() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let codebookCopy = try TestSupport.copy(TestSupport.codebookURL, into: folder, as: "codebook")
        try TestSupport.write(#"{"id": "x", "period": {"start": 2005, "end": 2014}, "inclusion": {"criteria": ["period", "nice"], "periodRule": "sometimes"}}"#,
                              to: codebookCopy.appendingPathComponent("editions/x.json"))
        let (edition, diagnostics) = EditionLoader(codebookDirectory: codebookCopy, codebook: try TestSupport.codebook()).load("x")
        #expect(edition == nil)
        let messages = diagnostics.map(\.description).joined(separator: "\n")
        #expect(messages.contains("inclusion.criteria: unknown criterion \"nice\""))
        #expect(messages.contains("inclusion.periodRule: expected \"ended\" or \"overlapping\", found \"sometimes\""))
    }

    /// The fixture corpus plus two projects that ended in 2014.
    func corpusWith2014Projects() throws -> (URL, [String]) {
        let folder = try TestSupport.temporaryFolder()
        let corpus = try TestSupport.copy(TestSupport.fixtureCorpus, into: folder, as: "corpus")
        var late = try #require(try TestSupport.fixtureRecords().first { $0.id == "f01" })
        late.id = "p110"
        late.title = "Tværfagligt team, anden runde"
        late.period = Coded(human: Code(value: Period(start: 2012, end: 2014), coder: "KL"))
        late.inclusion["period"] = nil
        late.documents = []
        late.statements = []
        try TestSupport.write(RecordEncoder.encode(late), to: corpus.appendingPathComponent("p110.json"))
        return (folder, ["--corpus", corpus.path, "--codebook", TestSupport.codebookURL.path])
    }

    @Test func diffShowsAddedProjectsAndMovedCells() throws {
        let (folder, common) = try corpusWith2014Projects()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = TestSupport.run(["diff", "--from", "2005-2013", "--to", "2005-2014", "--lang", "en"] + common)
        #expect(outcome.status == .success, "\(outcome.err)")
        let text = outcome.out
        #expect(text.contains("### Added (1)\n\n| Project | Title | 2005-2013 | 2005-2014 |\n|---|---|---|---|\n| p110 | Tværfagligt team, anden runde | Excluded: Period | in the tables · Knowledge |"))
        #expect(text.contains("### Excluded (0)"))
        #expect(text.contains("| quality / knowledge / Knowledge | count | 1 | 2 |"))
        #expect(text.contains("| scientific / detailed / knowledge | projects | 1 | 2 |"))
        #expect(text.contains("| end-year / 2014 / 2014 | projects |  | 1 |"))
        #expect(text.contains("### reconciliation\n\nThe table exists only in edition 2005-2013."))
        let again = TestSupport.run(["diff", "--from", "2005-2013", "--to", "2005-2014", "--lang", "en"] + common)
        #expect(again.out == text)
        let out = folder.appendingPathComponent("diff.md").path
        let written = TestSupport.run(["diff", "--from", "2005-2013", "--to", "2005-2014", "--lang", "en", "--out", out] + common)
        #expect(written.out.contains("1 added, 0 excluded, 0 reclassified"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == text)
    }

    @Test func diffOfAnEditionWithItselfIsEmpty() throws {
        let outcome = TestSupport.run(["diff", "--from", "2005-2013", "--to", "2005-2013", "--corpus", TestSupport.fixtureCorpus.path,
                                       "--codebook", TestSupport.codebookURL.path, "--lang", "en"])
        #expect(outcome.out.contains("### Added (0)") && outcome.out.contains("## Tables\n\nNo changes.\n"))
    }

    @Test func dataPackageDescribesEveryCSVInItsDialect() throws {
        let codebook = try TestSupport.codebook()
        let result = try TestSupport.fixtureResult()
        for dialect in CSVWriter.Dialect.allCases {
            let files = ReportSet.standard(codebook: codebook).build(ReportContext(result: result, language: .en, csv: CSVWriter(dialect: dialect)))
            let package = try #require(files.first { $0.name == "datapackage.json" })
            let value = try JSONParser.parse(Array(package.contents.utf8))
            guard case .array(let resources, _)? = value["resources"] else { Issue.record("no resources"); continue }
            let csvNames = files.map(\.name).filter { $0.hasSuffix(".csv") }.sorted()
            #expect(resources.compactMap { if case .string(let path, _)? = $0["path"] { return path } else { return nil } } == csvNames)
            let descriptives = try #require(resources.first { if case .string("descriptives.csv", _)? = $0["path"] { return true } else { return false } })
            if case .string(let delimiter, _)? = descriptives["dialect"]?["delimiter"] { #expect(delimiter == (dialect == .excelDanish ? ";" : ",")) }
            #expect(package.contents.contains(dialect == .excelDanish ? "\"decimalChar\": \",\"" : "\"type\": \"number\""))
            #expect(!(dialect == .rfc4180 && package.contents.contains("decimalChar")))
            let header = try #require(files.first { $0.name == "descriptives.csv" }).contents.split(separator: "\r\n").first!
            #expect(package.contents.contains("\"name\": \"share_percent\",\n") && header.hasSuffix("share_percent"))
        }
    }
}
