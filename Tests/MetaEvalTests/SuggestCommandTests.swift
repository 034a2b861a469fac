import Foundation
import Testing
@testable import MetaEval

/// `metaeval suggest` end to end: the JSON keys CONTRACT.md fixes, the review sheet, and
/// clear messages and exit codes for empty, binary, Windows-1252 and PDF documents.
@Suite struct SuggestCommandTests {
    static let documents = TestSupport.fixtures.appendingPathComponent("documents")

    func suggest(_ path: String, _ extra: [String] = []) -> (status: ExitCode, out: String, err: String) {
        TestSupport.run(["suggest", path, "--codebook", TestSupport.codebookURL.path] + extra)
    }

    @Test func jsonHasTheContractKeysAndEvidenceLines() throws {
        let outcome = suggest(Self.documents.appendingPathComponent("annotated/a1-job-med-mentor.txt").path)
        #expect(outcome.status == .success, "\(outcome.err)")
        let value = try JSONParser.parse(Array(outcome.out.utf8))
        for key in ["source", "title", "period", "participants", "inclusion", "implementability", "documentation", "knowledgeLevel", "statements"] {
            #expect(value[key] != nil, "missing \(key)")
        }
        if case .number(let start, _, _)? = value["period"]?["start"] { #expect(start == 2009) } else { Issue.record("no period.start") }
        if case .number(let count, _, _)? = value["participants"] { #expect(count == 212) } else { Issue.record("no participants") }
        if case .string(let decision, _)? = value["inclusion"]?["decision"] { #expect(decision == "include") } else { Issue.record("no decision") }
        guard case .array(let criteria, _)? = value["inclusion"]?["criteria"], case .array(let statements, _)? = value["statements"],
              case .array(let questions, _)? = value["implementability"]?["questions"] else { Issue.record("arrays missing"); return }
        #expect(criteria.count == 7 && questions.count == 12 && !statements.isEmpty)
        for criterion in criteria {
            #expect(criterion["id"] != nil && criterion["met"] != nil && criterion["evidence"] != nil && criterion["line"] != nil)
        }
        for statement in statements {
            for key in ["activity", "target", "category", "line", "text"] { #expect(statement[key] != nil, "statement lacks \(key)") }
        }
        #expect(outcome.out.contains("\"target\": \"at-the-workplace\",\n      \"category\": \"completed-internship\""))
        #expect(outcome.out.contains("\"target\": \"employment\",\n      \"category\": null"))
    }

    @Test func reviewSheetListsDecisionsEvidenceAndWhatIsOpen() {
        let outcome = suggest(Self.documents.appendingPathComponent("annotated/a5-kortlaegning.txt").path, ["--format", "md"])
        #expect(outcome.status == .success)
        #expect(outcome.out.hasPrefix("# Maskinkodet udkast: Kortlægning af virksomheders erfaringer"))
        #expect(outcome.out.contains("sorteres fra: Tidsafgrænset indsats"))
        #expect(outcome.out.contains("| Tidsafgrænset indsats | nej | 1 |"))
        #expect(outcome.out.contains("## Til afklaring"))
        let english = suggest(Self.documents.appendingPathComponent("annotated/a5-kortlaegning.txt").path, ["--format", "md", "--lang", "en"])
        #expect(english.out.contains("exclude: Time-limited intervention") && english.out.contains("## Left open"))
    }

    @Test func emptyAndBinaryDocumentsExitOneWithAMessage() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("tom.txt")
        try Data().write(to: empty)
        let binary = folder.appendingPathComponent("billede.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]).write(to: binary)
        let first = suggest(empty.path)
        #expect(first.status == .failure && first.err.contains("tom.txt: error: the document is empty") && first.out.isEmpty)
        let second = suggest(binary.path)
        #expect(second.status == .failure && second.err.contains("billede.txt:3: error: the file contains NUL bytes"))
        let missing = suggest(folder.appendingPathComponent("findes-ikke.txt").path)
        #expect(missing.status == .failure && missing.err.contains("no such file"))
        let directory = suggest(folder.path + "/")
        #expect(directory.status == .failure && directory.err.contains("is a folder"))
    }

    @Test func windows1252IsCodedWithAWarning() throws {
        let outcome = suggest(Self.documents.appendingPathComponent("artefacts/windows-1252.txt").path)
        #expect(outcome.status == .success)
        #expect(outcome.err.contains("windows-1252.txt:2: warning: the document is not UTF-8"))
        #expect(outcome.out.contains("\"title\": \"Projekt Vejen Frem\"") && outcome.out.contains("\"participants\": 45"))
    }

    @Test func pdfNeedsPdftotext() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("rapport.pdf")
        try Data("%PDF-1.4\n".utf8).write(to: pdf)
        let outcome = suggest(pdf.path)
        if DocumentReader.executable("pdftotext", environment: ProcessInfo.processInfo.environment) == nil {
            #expect(outcome.status == .failure && outcome.err.contains("pdftotext is not installed"))
        } else {
            #expect(outcome.status == .failure && outcome.err.contains("pdftotext could not read the PDF"))
        }
    }

    @Test(arguments: [["suggest"], ["suggest", "a.txt", "b.txt"], ["suggest", "a.txt", "--format", "xml"], ["suggest", "a.txt", "--lang", "sv"]])
    func usageErrors(arguments: [String]) {
        #expect(TestSupport.run(arguments).status == .usage)
    }
}
