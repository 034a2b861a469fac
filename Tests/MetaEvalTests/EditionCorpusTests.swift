import Foundation
import Testing
@testable import MetaEval

/// The bundled corpus: the 109 projects of appendices 2–4 of the 2005–2013 meta-evaluation.
@Suite struct EditionCorpusTests {
    static let corpusURL = TestSupport.repository.appendingPathComponent("corpus")

    static func records() throws -> [ProjectRecord] {
        let (records, diagnostics) = CorpusLoader(directory: corpusURL, codebook: try TestSupport.codebook()).load()
        if diagnostics.hasErrors { throw DiagnosticsError(diagnostics) }
        return records
    }

    @Test func everyAppendixProjectIsPresentExactlyOnce() throws {
        let records = try Self.records()
        let ids = records.map(\.id)
        #expect(ids.count == 109)
        #expect(Set(ids) == Set((1...109).map { String(format: "p%03d", $0) }))
        #expect(Set(records.map(\.title)).count == records.count, "titles are unique")
        for record in records {
            #expect(record.kind == .project)
            #expect(record.source.citation.hasPrefix("Metaevaluering 2005–2013, bilag \(record.source.appendix ?? 0), nr. "))
            for field in [record.purpose, record.method, record.targetGroup] {
                let text = try #require(field, "\(record.id) has purpose, method and target group")
                #expect(!text.isEmpty)
                #expect(!text.contains("Nr. Titel") && !text.contains("Projekttitel") && !text.contains("mailto:"),
                        "\(record.id): a page header or link from the PDF conversion is left in the text")
            }
            #expect(record.purpose?.hasPrefix("At ") == true, "\(record.id): every printed purpose begins with 'At'")
        }
    }

    @Test func appendixGroupsHold45And19And45Projects() throws {
        let records = try Self.records()
        let byGroup = Dictionary(grouping: records) { $0.appendixGroup ?? "" }.mapValues(\.count)
        #expect(byGroup == ["psychological": 45, "physical": 19, "general": 45])
        for record in records {
            let number = Int(record.id.dropFirst()) ?? 0
            let expected = number <= 45 ? (2, "psychological") : number <= 64 ? (3, "physical") : (4, "general")
            #expect(record.source.appendix == expected.0 && record.appendixGroup == expected.1, "\(record.id)")
        }
    }

    /// The report did not publish these per project; nobody may have filled them in.
    @Test func nothingIsGuessed() throws {
        for record in try Self.records() {
            #expect(!record.importance.isCoded && !record.implementability.isCoded && !record.documentation.isCoded, "\(record.id)")
            #expect(!record.period.isCoded && !record.participants.isCoded, "\(record.id)")
            #expect(record.statements.isEmpty, "\(record.id)")
            #expect(record.disabilityType.human == nil && record.ageGroup.human == nil && record.methodsUsed.human == nil, "\(record.id)")
        }
    }

    /// Age, disability and methods come from the printed text, marked as machine codes with the words matched.
    @Test func descriptorsAreMachineCodedWithEvidence() throws {
        let result = Pipeline(codebook: try TestSupport.codebook(), edition: try TestSupport.edition()).run(try Self.records())
        let coded = result.projects.map(\.record)
        let youth = try #require(coded.first { $0.id == "p001" })
        #expect(youth.ageGroup.machine?.value == "youth")
        #expect(youth.ageGroup.machine?.coder == "machine")
        #expect(youth.ageGroup.machine?.evidence.contains { $0.text.lowercased().contains("under 30 år") } == true)
        for record in coded {
            for code in [record.ageGroup.machine, record.disabilityType.machine].compactMap({ $0 }) where code.value != "general" {
                #expect(!code.evidence.isEmpty, "\(record.id): a machine code without the words it rests on")
            }
            #expect(record.knowledgeLevelIsUncoded, "\(record.id)")
        }
        #expect(result.projects.allSatisfy { $0.knowledgeLevel == nil })
    }
}

private extension ProjectRecord {
    var knowledgeLevelIsUncoded: Bool { !documentation.isCoded && !implementability.isCoded }
}
