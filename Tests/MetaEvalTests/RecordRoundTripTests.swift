import Foundation
import Testing
@testable import MetaEval

/// Nothing lost: over generated records with every field, awkward text (quotes, backslashes,
/// line breaks, control characters, æøå, emoji) and machine and human codes side by side,
/// writing a record with `RecordEncoder` and reading it with `RecordDecoder` gives it back.
@Suite struct RecordRoundTripTests {
    struct Generator {
        var random: SplitMix64
        let codebook: Codebook

        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(random.next() % UInt64(range.count)) }
        mutating func chance() -> Bool { random.next() % 2 == 0 }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

        mutating func text() -> String {
            let pieces = ["Mentor", "æøå ÆØÅ", "\"citat\"", "back\\slash", "linje\nskift", "tab\there", "\u{1}ctl", "😀", "=SUM(A1)", " ", "–", "</>", "é"]
            let words = (0..<int(0...4)).map { _ in pick(pieces) }
            return ([pick(["Mentor", "Ærø", "\"x\"", "😀"])] + words).joined(separator: pick(["", " ", "\r\n"]))
        }

        mutating func coded<V>(_ machine: V, _ human: V) -> Coded<V> {
            var result = Coded<V>()
            if chance() { result.machine = Code(value: machine, coder: "machine", evidence: chance() ? [Evidence(text: text(), source: "documents/x.txt", line: int(1...500))] : []) }
            if chance() { result.human = Code(value: human, coder: pick(["KL", "import:social-agency", "AB"]), note: chance() ? text() : nil) }
            return result
        }

        mutating func record(_ index: Int) -> ProjectRecord {
            var record = ProjectRecord(id: "g\(index)", title: text(), source: .init(citation: text(), appendix: chance() ? int(2...4) : nil, number: chance() ? int(1...109) : nil))
            record.kind = chance() ? .project : .analysis
            record.channels = codebook.descriptiveGroup("channel")!.children.map(\.id).filter { _ in chance() }
            record.appendixGroup = chance() ? pick(codebook.descriptiveGroup("appendix-group")!.children.map(\.id)) : nil
            record.targetGroup = chance() ? text() : nil
            record.purpose = chance() ? text() : nil
            record.method = chance() ? text() : nil
            record.organisation = chance() ? text() : nil
            record.contact = chance() ? text() : nil
            let start = int(1990...2014), span = int(0...5)
            record.period = coded(Period(start: start, end: start + span), Period(start: start, end: start + int(0...3)))
            record.participants = coded(int(1...100_000), int(1...100_000))
            let disability = codebook.descriptiveGroup("disability-type")!.children.map(\.id)
            record.disabilityType = coded(pick(disability), pick(disability))
            let methods = codebook.descriptiveGroup("method")!.children.map(\.id)
            record.methodsUsed = coded(Array(methods.prefix(int(1...3))), Array(methods.suffix(int(1...3))))
            record.importance = coded(pick(codebook.importance.ids), pick(codebook.importance.ids))
            record.implementability = coded(pick(codebook.implementability.ids), pick(codebook.implementability.ids))
            record.documentation = coded(pick(codebook.documentation.ids), pick(codebook.documentation.ids))
            for criterion in codebook.criteria.ids where chance() { record.inclusion[criterion] = coded(chance(), chance()) }
            if record.inclusion.values.contains(where: { !$0.isCoded }) { record.inclusion = record.inclusion.filter { $0.value.isCoded } }
            record.documents = chance() ? ["documents/g\(index).txt"] : []
            let activities = codebook.activityTypes.map(\.id), categories = codebook.categories.map(\.id)
            record.statements = (0..<int(0...3)).map { number in
                ExperienceStatement(id: "g\(index)-s\(number)", coder: pick(["KL", "machine"]), excerpt: text(),
                                    source: chance() ? "documents/g\(index).txt" : nil, line: chance() ? int(1...900) : nil,
                                    links: [StatementLink(from: pick(activities), to: pick(categories)), StatementLink(from: pick(categories), to: "employment")])
            }
            return record
        }
    }

    @Test func writeThenReadLosesNothing() throws {
        let codebook = try TestSupport.codebook()
        var generator = Generator(random: SplitMix64(seed: 2026), codebook: codebook)
        let decoder = RecordDecoder(codebook: codebook)
        for index in 0..<300 {
            let record = generator.record(index)
            let text = RecordEncoder.encode(record)
            let (decoded, diagnostics) = decoder.decode(Array(text.utf8), file: "g.json")
            #expect(diagnostics.isEmpty, "\(diagnostics)\n\(text)")
            #expect(decoded == record, "record \(index) changed:\n\(text)")
            if decoded != record { break }
        }
    }
}
