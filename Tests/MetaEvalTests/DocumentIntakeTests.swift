import Foundation
import Testing
@testable import MetaEval

/// Reading, normalising and splitting documents: encodings, empty and binary files, PDF
/// without pdftotext, page artefacts, hyphenation, Danish abbreviations and line numbers.
@Suite struct DocumentIntakeTests {
    static let documents = TestSupport.fixtures.appendingPathComponent("documents")

    func sentences(_ text: String) throws -> [Sentence] {
        let codebook = try TestSupport.codebook()
        return SentenceSplitter(abbreviations: codebook.cues["abbreviation"]?.synonyms ?? []).split(TextNormaliser().normalise(text))
    }

    @Test func eachFieldOfAKeyFactsBlockIsItsOwnSentence() throws {
        let text = """
        Projektejer:        Jobcenter Esbjerg
        Periode:            1. september 2012 - 31. august 2014
        Antal deltagere:    40 planlagt, 33 deltog
        Dokumentation:      Slutevaluering med spørgeskema til
                            deltagere ved start og afslutning
        """
        let found = try sentences(text)
        #expect(found.map(\.text) == ["Projektejer: Jobcenter Esbjerg", "Periode: 1. september 2012 - 31. august 2014",
                                       "Antal deltagere: 40 planlagt, 33 deltog",
                                       "Dokumentation: Slutevaluering med spørgeskema til deltagere ved start og afslutning"])
        #expect(found.map(\.line) == [1, 2, 3, 4])
        // One space after the colon is prose, not a field: it stays in its paragraph.
        #expect(try sentences("Formålet var klart: flere i job\nog færre på ydelse.").count == 1)
    }

    @Test func emptyDocumentIsRefused() {
        #expect(throws: DocumentReader.Failure.self) { try DocumentReader.decode([]).get() }
        guard case .failure(let failure) = DocumentReader.decode(Array(" \n\t\n".utf8)) else { Issue.record("accepted"); return }
        #expect(failure.message.contains("empty"))
    }

    @Test func binaryAndNulAreRefusedWithTheirLine() {
        guard case .failure(let nul) = DocumentReader.decode(Array("tekst\nmere\u{0}".utf8)) else { Issue.record("accepted NUL"); return }
        #expect(nul.message.contains("NUL") && nul.line == 2)
        let binary: [UInt8] = (0..<200).map { UInt8(($0 * 7) % 8 + 1) }
        guard case .failure(let controls) = DocumentReader.decode(binary) else { Issue.record("accepted binary"); return }
        #expect(controls.message.contains("binary"))
    }

    @Test func windows1252IsDecodedWithAWarning() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.documents.appendingPathComponent("artefacts/windows-1252.txt")))
        let decoded = try DocumentReader.decode(bytes).get()
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text.contains("Åby") && decoded.text.contains("job – gennem “Vejen Frem”"))
        #expect(decoded.warnings.count == 1 && decoded.warnings[0].line == 2 && decoded.warnings[0].message.contains("Windows-1252"))
    }

    @Test func utf8WithByteOrderMarkAndMojibake() throws {
        let clean = try DocumentReader.decode([0xEF, 0xBB, 0xBF] + Array("Økonomi".utf8)).get()
        #expect(clean.text == "Økonomi" && clean.warnings.isEmpty && clean.encoding == .utf8)
        let garbled = try DocumentReader.decode(Array("Linje\nBeskÃ¦ftigelse".utf8)).get()
        #expect(garbled.warnings.first?.line == 2)
    }

    @Test func pdfWithoutPdftotextGivesAClearMessage() {
        let result = DocumentReader.read(path: "rapport.pdf", environment: ["PATH": "/nonexistent"])
        guard case .failure(let failure) = result else { Issue.record("read a PDF without pdftotext"); return }
        #expect(failure.message.contains("pdftotext is not installed"))
    }

    @Test func unsupportedExtensionIsNamed() {
        guard case .failure(let failure) = DocumentReader.read(path: "rapport.docx") else { Issue.record("accepted"); return }
        #expect(failure.message.contains(".docx"))
    }

    @Test func pageArtefactsHyphenationAndFootnotesAreRemoved() throws {
        let text = try String(contentsOf: Self.documents.appendingPathComponent("artefacts/page-artefacts.txt"), encoding: .utf8)
        let found = try sentences(text)
        let all = found.map(\.text).joined(separator: "\n")
        #expect(all.contains("beskæftigelsesfremme"))
        #expect(all.contains("it- og kommunikationsvanskeligheder"))
        #expect(all.contains("IT-virksomheder."))
        #expect(!all.contains("Jobcenter Nordby · Evaluering"))
        #expect(!all.contains("Side 2") && !all.contains("- 3 -") && !all.contains("\n12\n"))
        #expect(!all.contains("¹") && all.contains("fik job.") && !all.contains("job2"))
        #expect(found.contains { $0.text == "fik en fast mentor," && $0.line == 7 })
    }

    @Test func danishAbbreviationsAndDatesDoNotEndASentence() throws {
        let text = try String(contentsOf: Self.documents.appendingPathComponent("artefacts/page-artefacts.txt"), encoding: .utf8)
        let found = try sentences(text)
        let august = try #require(found.first { $0.text.hasPrefix("Deltagerne kom i job fra 1. august 2010, jf. bilag 3.") })
        #expect(august.line == 12)
        #expect(found.contains { $0.text == "Ca. 20 pct. af deltagerne fik job." })
        #expect(found.contains { $0.text == "Opfølgningen skete ca. hver 14. dag." && $0.line == 15 })
        #expect(found.contains { $0.text == "Projektet blev evalueret af en ekstern evaluator, dvs. Konsulenthuset Syd." && $0.line == 16 })
        let more = try sentences("Vi brugte bl.a. Jobpas, f.eks. Kompetencekort, nr. 3 og m.fl. Deltagerne. Det gik godt! Hvorfor? Fordi.")
        #expect(more.map(\.text) == ["Vi brugte bl.a. Jobpas, f.eks. Kompetencekort, nr. 3 og m.fl. Deltagerne.", "Det gik godt!", "Hvorfor?", "Fordi."])
    }

    @Test func numberRangesAndSoftHyphensAcrossLines() throws {
        let found = try sentences("Målgruppen var unge på 18-\n30 år med beskæf\u{AD}tigelses\u{AD}\nproblemer.")
        #expect(found.map(\.text) == ["Målgruppen var unge på 18-30 år med beskæftigelsesproblemer."])
    }

    @Test func sentenceLinesFollowTheOriginalFile() throws {
        let found = try sentences("Titel\n\nFørste sætning slutter\npå linje fire. Anden sætning\nstarter på linje fire.\n\n\nTredje på linje otte.")
        #expect(found.map(\.line) == [1, 3, 4, 8])
        let heading = try sentences("Resultater\nMentorstøtten virkede. Det gjorde praktikken også.")
        #expect(heading.map(\.text) == ["Resultater", "Mentorstøtten virkede.", "Det gjorde praktikken også."])
        #expect(heading.map(\.line) == [1, 2, 2])
    }
}
