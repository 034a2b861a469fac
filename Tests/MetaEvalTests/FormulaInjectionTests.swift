import Foundation
import Testing
@testable import MetaEval

/// Spreadsheet formula injection, end to end: records whose free-text fields begin with a
/// formula character go through `run` (both editions, both CSV dialects) and `dedup --format csv`,
/// and no cell of any CSV written begins with `=`, `+`, `-`, `@`, a tab or a carriage return,
/// unless it is a plain negative number.
@Suite struct FormulaInjectionTests {
    static let prefixes = ["=", "+", "-", "@", "\t", "\r"]

    /// Copies the fixture corpus with every title, organisation, target group, purpose, method
    /// and excerpt prefixed by one of the formula characters, in turn.
    func poisonedCorpus(in folder: URL) throws -> URL {
        let corpus = try TestSupport.copy(TestSupport.fixtureCorpus, into: folder, as: "corpus")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".json") }.sorted()
        for (index, name) in files.enumerated() {
            let url = corpus.appendingPathComponent(name)
            var text = try String(contentsOf: url, encoding: .utf8)
            let prefix = Self.prefixes[index % Self.prefixes.count]
            let escaped = prefix == "\t" ? "\\t" : prefix == "\r" ? "\\r" : prefix
            for key in ["title", "organisation", "targetGroup", "purpose", "method", "excerpt"] {
                text = text.replacingOccurrences(of: "\"\(key)\": \"", with: "\"\(key)\": \"\(escaped)cmd|' /C calc'!A0 ")
            }
            try TestSupport.write(text, to: url)
        }
        return corpus
    }

    /// Every cell of every CSV file under `folder`, with the file it came from.
    func cells(under folder: URL) throws -> [(file: String, cell: String)] {
        var result: [(String, String)] = []
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".csv") else { continue }
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(path)))
            result += try cells(of: bytes, file: path)
        }
        return result
    }

    func cells(of bytes: [UInt8], file: String) throws -> [(file: String, cell: String)] {
        let (document, diagnostics) = CSVReader(file: file).read(bytes)
        #expect(!diagnostics.hasErrors, "\(file): \(diagnostics)")
        guard let document else { return [] }
        return (document.header.fields + document.rows.flatMap(\.fields)).map { (file, $0) }
    }

    func isDangerous(_ cell: String) -> Bool {
        guard let first = cell.utf8.first, "=+-@\t\r".utf8.contains(first) else { return false }
        return !(first == UInt8(ascii: "-") && Double(cell) != nil)
    }

    @Test(arguments: ["rfc4180", "excel-da"])
    func noCSVCellStartsAFormula(dialect: String) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = try poisonedCorpus(in: folder)
        let out = folder.appendingPathComponent("reports")
        for edition in ["2005-2013", "2005-2014"] {
            let run = TestSupport.run(["run", "--corpus", corpus.path, "--codebook", TestSupport.codebookURL.path,
                                       "--out", out.path, "--edition", edition, "--no-cache", "--csv-dialect", dialect])
            #expect(run.status == .success, "\(run.err)")
        }
        var all = try cells(under: out)
        let dedup = TestSupport.run(["dedup", "--corpus", corpus.path, "--codebook", TestSupport.codebookURL.path,
                                     "--format", "csv", "--csv-dialect", dialect])
        #expect(dedup.status == .success, "\(dedup.err)")
        all += try cells(of: Array(dedup.out.utf8), file: "dedup.csv")

        let dangerous = all.filter { isDangerous($0.cell) }
        #expect(dangerous.isEmpty, "\(dangerous.prefix(5))")
        let neutralised = Set(all.filter { $0.cell.hasPrefix("'=cmd|") }.map(\.file))
        #expect(neutralised.contains("2005-2013/projects.csv"))
        #expect(neutralised.contains("2005-2013/evidence.csv"))
        #expect(neutralised.contains("dedup.csv"))
        #expect(Set(all.map(\.file)).count >= 20)
    }
}
