import Foundation
import Testing
@testable import MetaEval

/// The annotated set: realistic Danish project documents in Tests/Fixtures/documents/annotated,
/// each with the coding an evaluator gives it (`<name>.json`, written before the coder was
/// tuned). Measures precision and recall of statement links (from → to pairs) pooled over the
/// set, and how often period, participants, inclusion, failing criterion and documentation
/// level agree. Print the figures with `swift test --filter AnnotatedSetTests`.
@Suite struct AnnotatedSetTests {
    static let folder = TestSupport.fixtures.appendingPathComponent("documents/annotated")
    /// Documents annotated the same way but never used to tune the lexicon or the rules.
    static let heldOut = TestSupport.fixtures.appendingPathComponent("documents/held-out")
    /// A second held-out set in another style (tables, quotes, a status report, an application).
    static let heldOut2 = TestSupport.fixtures.appendingPathComponent("documents/held-out-2")
    /// A third set in the styles of real material (a PDF-converted report, a catalogue entry, a
    /// fund report, a Windows file, interviews); its first run (0/2 links found, 0/26 recalled)
    /// is in its FINDINGS.md, and the coder was tuned on it after that run.
    static let heldOut3 = TestSupport.fixtures.appendingPathComponent("documents/held-out-3")
    /// A fourth set of eight documents by other kinds of authors (consultancy, jobcentre, user
    /// organisation, effect study, catalogue, newsletter, a plan, a school), written and annotated
    /// by someone who never ran the coder, after the tuning on held-out-3.
    static let heldOut4 = TestSupport.fixtures.appendingPathComponent("documents/held-out-4")
    /// A fifth set of six documents, written and annotated without running the coder after the
    /// tuning on held-out-3 and held-out-4: the estimate of how the tuned coder did on prose it
    /// had not seen (1/2 precision, 1/25 recall); the result stems were tuned on it since.
    static let heldOut5 = TestSupport.fixtures.appendingPathComponent("documents/held-out-5")
    /// A sixth set of eight documents (a fund report, a PDF-converted consultancy evaluation,
    /// a newsletter, a status memo, an effect study, a social-economy firm, a catalogue entry,
    /// an annual report), written and annotated without running the coder or reading its cue
    /// lists, after the result stems of session 4 were built on held-out-3 to -5.
    static let heldOut6 = TestSupport.fixtures.appendingPathComponent("documents/held-out-6")
    /// A seventh set of eight documents (a committee's agenda item, a regional knowledge centre's
    /// summary, a thesis chapter, slides converted to text, steering-group minutes, a housing
    /// offer's report, an interview evaluation of a staff course, a fund application), written
    /// and annotated without running the coder while held-out-6 was being used for tuning: the
    /// estimate of how the coder did on prose it was not built for (5/9 precision, 5/36 recall;
    /// period, participants and documentation 6 of 8, inclusion and failing criterion 5 of 8).
    /// A development set since: its metadata, screening and documentation mechanisms (branch
    /// meta3) and the general statement-link mechanisms of branch links3 (gapped result stems,
    /// indirect-question results, clause-opening cues, compound heads, names defined by a list,
    /// demonstratives pointing back, parties of a meeting, changes said with "ikke længere")
    /// were developed on its texts and annotations.
    static let heldOut7 = TestSupport.fixtures.appendingPathComponent("documents/held-out-7")
    /// A blind set of eight documents by authors not used before (a newspaper feature, case-
    /// conference notes, an employer association's letter, a bullet summary, a podcast
    /// transcript, a union report, an audit note, a PhD abstract), written and annotated by
    /// someone who never ran the coder, while held-out-7 was being tuned on: the estimate of how
    /// the coder did on unseen authors (4/9 precision, 4/33 recall; 5/10, 5/33 after the
    /// held-out-7 mechanisms). A development set since its second measurement: the statement-link
    /// mechanisms of branch links4 (clause-opening "siden", "når" and "hvor", attendance said as
    /// "mødt stabilt", plural adjectives after their noun, relative clauses describing an activity,
    /// compounds of the cause nouns) were developed on it with held-out-6 and -7.
    static let heldOut8 = TestSupport.fixtures.appendingPathComponent("documents/held-out-8")
    /// A blind set of eight documents by authors not used before (an e-mail thread, a ministry's
    /// press release, a participant's blog, a job consultant's logbook, a mayor's answer to a
    /// council question, a local radio transcript, a foundation's grant report, a conference
    /// abstract of a randomised trial), written and annotated by someone who never ran the coder,
    /// while held-out-8 was being tuned on. Never tuned on.
    static let heldOut9 = TestSupport.fixtures.appendingPathComponent("documents/held-out-9")
    /// Statement-like sentences of the reference report's chapter 5, annotated before the first run.
    static let chapter5 = TestSupport.fixtures.appendingPathComponent("documents/reference-ch5")

    /// One document's expected coding.
    struct Expected {
        var document: String
        var period: Period?
        var participants: Int?
        var inclusion: String
        var failing: String?
        var documentation: String
        var links: Set<StatementLink>
    }

    static func expectations(_ folder: URL = folder) throws -> [Expected] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let value = try JSONParser.parse([UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
            func string(_ key: String) -> String? { if case .string(let text, _)? = value[key] { return text } else { return nil } }
            func int(_ node: JSONValue?) -> Int? { if case .number(let number, _, _)? = node { return Int(number) } else { return nil } }
            var links: Set<StatementLink> = []
            if case .array(let items, _)? = value["links"] {
                for item in items {
                    if case .string(let from, _)? = item["from"], case .string(let to, _)? = item["to"] { links.insert(StatementLink(from: from, to: to)) }
                }
            }
            let period = value["period"].flatMap { node -> Period? in
                guard let start = int(node["start"]), let end = int(node["end"]) else { return nil }
                return Period(start: start, end: end)
            }
            return Expected(document: string("document") ?? "", period: period, participants: int(value["participants"]),
                            inclusion: string("inclusion") ?? "", failing: string("failingCriterion"),
                            documentation: string("documentation") ?? "", links: links)
        }
    }

    static func code(_ document: String, in folder: URL = folder) throws -> DocumentCoding {
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(document)))
        let coder = DocumentCoder(codebook: try TestSupport.codebook(), edition: try TestSupport.edition().period)
        return try coder.code(bytes, source: document).get()
    }

    @Test func setHasAtLeastEightDocumentsOfThirtyToEightyLines() throws {
        let expected = try Self.expectations()
        #expect(expected.count >= 8)
        for item in expected {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(item.document), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect((30...80).contains(lines), "\(item.document): \(lines) lines")
        }
    }

    /// What a set must reach: 0.75 where the coder reaches the bar (held-out-3 keeps its
    /// older, higher precision floor); on held-out-5, whose recall stays under the bar after the
    /// result stems were tuned on it, a regression floor just under today's figures (17/19
    /// precision, 17/25 recall; README, "Machine coding of documents"); on held-out-6, used as a
    /// development set since its first run (7/12, 7/34), a floor just under what the general
    /// mechanisms tuned on it reach (21/23 precision, 21/34 recall), still under the bar; on
    /// held-out-7, a development set since its first run (5/9, 5/36), a floor just under what
    /// the mechanisms developed on it reach (21/22 precision, 21/36 recall; 8 of 8 on period,
    /// participants, inclusion, failing criterion and documentation); on held-out-8, a development
    /// set since its second measurement (5/10, 5/33), floors under what the links4 mechanisms reach
    /// (8/12 precision, 8/33 recall; inclusion 3 of 8, failing criterion 6, participants 5,
    /// period 8, documentation 7). Held-out-6 and -7 keep their links3 figures (22/24, 22/34 and
    /// 21/22, 21/36), their floors raised to just under them. On held-out-9, never tuned on,
    /// floors under its figures (3/5 precision, 3/37 recall before and after the links4
    /// mechanisms; inclusion 2 of 8 the lowest of its metadata).
    struct Bar: Sendable, CustomStringConvertible {
        var folder: URL
        var precision: Double
        var recall: Double
        /// The share of documents whose period, participants, inclusion, failing criterion and
        /// documentation level must each agree.
        var agreement: Double
        var description: String { folder.lastPathComponent }
    }

    static let bars = [
        Bar(folder: folder, precision: 0.75, recall: 0.75, agreement: 0.75),
        Bar(folder: heldOut, precision: 0.75, recall: 0.75, agreement: 0.75),
        Bar(folder: heldOut2, precision: 0.75, recall: 0.75, agreement: 0.75),
        Bar(folder: heldOut3, precision: 0.8, recall: 0.75, agreement: 0.33),
        Bar(folder: heldOut4, precision: 0.75, recall: 0.75, agreement: 0.75),
        Bar(folder: heldOut5, precision: 0.85, recall: 0.65, agreement: 0.66),
        Bar(folder: heldOut6, precision: 0.9, recall: 0.64, agreement: 0.62),
        Bar(folder: heldOut7, precision: 0.95, recall: 0.58, agreement: 1.0),
        Bar(folder: heldOut8, precision: 0.65, recall: 0.24, agreement: 0.37),
        Bar(folder: heldOut9, precision: 0.55, recall: 0.08, agreement: 0.25),
        Bar(folder: chapter5, precision: 0.75, recall: 0.75, agreement: 0),
    ]

    @Test(arguments: bars)
    func statementLinksReachTheirBar(bar: Bar) throws {
        let folder = bar.folder
        var machine = 0, human = 0, common = 0
        var report = ""
        for item in try Self.expectations(folder) {
            let coding = try Self.code(item.document, in: folder)
            let found = Set(coding.statements.flatMap(\.links))
            machine += found.count
            human += item.links.count
            common += found.intersection(item.links).count
            let missed = item.links.subtracting(found).map { "\($0.from)→\($0.to)" }.sorted()
            let extra = found.subtracting(item.links).map { "\($0.from)→\($0.to)" }.sorted()
            report += "\(item.document): missed \(missed) extra \(extra)\n"
        }
        let precision = Double(common) / Double(max(machine, 1))
        let recall = Double(common) / Double(max(human, 1))
        print("\(folder.lastPathComponent) set: statement links precision \(common)/\(machine) = \(precision), recall \(common)/\(human) = \(recall)\n" + report)
        if bar.precision > 0 { #expect(precision >= bar.precision, "precision \(precision)\n\(report)") }
        if bar.recall > 0 { #expect(recall >= bar.recall, "recall \(recall)\n\(report)") }
    }

    @Test(arguments: bars.filter { $0.agreement > 0 })
    func metadataInclusionAndDocumentationAgreeWithTheAnnotation(bar: Bar) throws {
        let folder = bar.folder
        var report = ""
        var agree = ["period": 0, "participants": 0, "inclusion": 0, "failing": 0, "documentation": 0]
        let expected = try Self.expectations(folder)
        for item in expected {
            let coding = try Self.code(item.document, in: folder)
            let checks: [(String, Bool, String)] = [
                ("period", coding.period?.value == item.period, "\(String(describing: coding.period?.value))"),
                ("participants", coding.participants?.value == item.participants, "\(String(describing: coding.participants?.value))"),
                ("inclusion", coding.inclusion.rawValue == item.inclusion, coding.inclusion.rawValue),
                ("failing", coding.failingCriterion == item.failing, "\(String(describing: coding.failingCriterion))"),
                ("documentation", coding.documentation?.value == item.documentation, "\(String(describing: coding.documentation?.value))"),
            ]
            for (key, ok, got) in checks {
                if ok { agree[key]! += 1 } else { report += "\(item.document): \(key) got \(got)\n" }
            }
        }
        print("\(folder.lastPathComponent) set agreement of \(expected.count): \(agree.sorted { $0.key < $1.key })\n" + report)
        for (key, count) in agree {
            #expect(Double(count) >= bar.agreement * Double(expected.count), "\(key): \(count) of \(expected.count)\n\(report)")
        }
    }

    @Test func everyDecisionCarriesEvidenceWithALine() throws {
        for item in try Self.expectations() {
            let coding = try Self.code(item.document)
            for criterion in coding.criteria where criterion.met != nil && !criterion.evidence.isEmpty {
                #expect(criterion.evidence.allSatisfy { $0.line != nil }, "\(item.document) \(criterion.id)")
            }
            for criterion in coding.criteria where criterion.met == false {
                #expect(!criterion.evidence.isEmpty, "\(item.document): \(criterion.id) fails without evidence")
            }
            for code in [coding.period.map { $0.evidence }, coding.participants.map { $0.evidence }].compactMap({ $0 }) {
                #expect(!code.isEmpty && code.allSatisfy { $0.line != nil }, "\(item.document)")
            }
            #expect(coding.statements.allSatisfy { $0.line > 0 })
        }
    }
}
