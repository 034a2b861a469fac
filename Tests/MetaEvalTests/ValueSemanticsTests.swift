import Testing
@testable import MetaEval

/// `ProjectRecord` and `EvidenceLink` share their fields between copies until one changes
/// (copy on write); they must still behave as values: a change to a copy, through any kind of
/// mutation, never shows in the original, and equality compares the fields.
@Suite struct ValueSemanticsTests {
    @Test func aChangedRecordCopyLeavesTheOriginalAlone() {
        var original = ProjectRecord(id: "p1", title: "Titel", source: .init(citation: "Bilag 3"))
        original.channels = ["a"]
        let snapshot = original
        var copy = original
        copy.title = "Anden titel"
        copy.channels.append("b")
        copy.period.human = Code(value: Period(start: 2009, end: 2011), coder: "ab")
        copy.inclusion["period"] = Coded(human: Code(value: true, coder: "ab"))
        #expect(original.title == "Titel" && original.channels == ["a"])
        #expect(original.period.decision == nil && original.inclusion.isEmpty)
        #expect(original == snapshot && copy != original)
        original.channels.append("b")
        #expect(copy.channels == ["a", "b"] && snapshot.channels == ["a"])
        var same = snapshot
        same.title = "Titel"
        #expect(same == snapshot)
    }

    @Test func aChangedLinkCopyLeavesTheOriginalAlone() {
        let link = EvidenceLink(id: "s1#1", statementId: "s1", projectId: "p1", link: StatementLink(from: "mentoring", to: "employment"),
                                kind: .activityToCategory, knowledgeLevel: "idea", coder: "machine", excerpt: "Mentoren gav job.", source: "a.txt", line: 3)
        var copy = link
        copy.knowledgeLevel = "knowledge"
        copy.line? += 1
        #expect(link.knowledgeLevel == "idea" && link.line == 3)
        #expect(copy.knowledgeLevel == "knowledge" && copy.line == 4 && copy != link)
        copy.knowledgeLevel = "idea"
        copy.line = 3
        #expect(copy == link)
    }
}
