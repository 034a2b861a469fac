import Foundation
import Testing
@testable import MetaEval

/// `metaeval run` with documents: machine codes appear in the reports, and a PDF that cannot
/// be converted is a warning naming the document, not a failed run.
@Suite struct DocumentRunTests {
    @Test func pdfWithoutPdftotextIsAWarning() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus.appendingPathComponent("documents"), withIntermediateDirectories: true)
        let record = try String(contentsOf: TestSupport.fixtureCorpus.appendingPathComponent("f16.json"), encoding: .utf8)
        try TestSupport.write(record.replacingOccurrences(of: "f16.txt", with: "f16.pdf"), to: corpus.appendingPathComponent("f16.json"))
        try TestSupport.write("%PDF-1.4\n", to: corpus.appendingPathComponent("documents/f16.pdf"))
        let outcome = TestSupport.run(["run", "--corpus", corpus.path, "--codebook", TestSupport.codebookURL.path,
                                       "--out", folder.appendingPathComponent("reports").path])
        #expect(outcome.status == .success, "\(outcome.err)")
        if DocumentReader.executable("pdftotext", environment: ProcessInfo.processInfo.environment) == nil {
            #expect(outcome.err.contains("documents/f16.pdf: warning: documents[0]: not machine-coded (record f16): cannot read PDF: pdftotext is not installed"))
        }
    }

    @Test func machineCodesReachTheProjectsReport() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("reports")
        let outcome = TestSupport.run(["run", "--corpus", TestSupport.fixtureCorpus.path, "--codebook", TestSupport.codebookURL.path, "--out", out.path])
        #expect(outcome.status == .success)
        let projects = try String(contentsOf: out.appendingPathComponent("2005-2013/projects.csv"), encoding: .utf8)
        #expect(projects.contains("2010-2012 [machine],34 [machine]"))
        #expect(projects.contains("(documents/f16.txt:6)"))
    }
}
