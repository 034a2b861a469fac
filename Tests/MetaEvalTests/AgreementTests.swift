import Testing
@testable import MetaEval

/// Cohen's kappa, the Landis–Koch bands and link precision/recall, checked against numbers
/// worked out by hand, and the document stage's handling of a document that is not text.
@Suite struct AgreementTests {
    @Test func kappaByHand() {
        // p_o = 3/4; machine a,a,b,b; human a,b,b,b: p_e = 1/2·1/4 + 1/2·3/4 = 1/2; κ = (3/4 − 1/2)/(1/2) = 1/2.
        let row = AgreementTally.agreement("x", [("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")])
        #expect(row.pairs == 4 && row.agreeing == 3)
        #expect(row.rawAgreement == 0.75 && row.kappa == 0.5 && row.band == "moderate")
    }

    @Test func bandsAndEdgeCases() {
        #expect(AgreementTally.agreement("x", []).band == "none")
        let same = AgreementTally.agreement("x", [("a", "a"), ("a", "a")])
        #expect(same.kappa == nil && same.band == "undefined" && same.rawAgreement == 1)
        let opposite = AgreementTally.agreement("x", [("a", "b"), ("b", "a")])
        #expect(opposite.kappa == -1 && opposite.band == "poor")
        let perfect = AgreementTally.agreement("x", [("a", "a"), ("b", "b")])
        #expect(perfect.kappa == 1 && perfect.band == "almost-perfect")
        #expect(AgreementReport.decimal(0.6666, .da) == "0,667" && AgreementReport.decimal(-1.0 / 3.0, .en) == "-0.333")
    }

    @Test func fixtureAgreementByHand() throws {
        let tally = AgreementTally(result: try TestSupport.fixtureResult())
        // f01 (machine: 3 sentences, too little information; human: met), f17 period and adults (both met).
        let inclusion = try #require(tally.categorical.first { $0.id == "inclusion" })
        #expect(inclusion.pairs == 3 && inclusion.agreeing == 2 && inclusion.kappa == 0)
        #expect(tally.links.records == 3 && tally.links.machine == 8 && tally.links.human == 8 && tally.links.common == 5)
    }

    @Test func aBinaryDocumentIsAWarningNotACode() throws {
        let codebook = try TestSupport.codebook()
        let stage = DocumentStage(codebook: codebook)
        let coder = DocumentCoder(codebook: codebook, edition: Period(start: 2005, end: 2013))
        var record = ProjectRecord(id: "x", title: "x", source: .init(citation: "x"))
        record.documents = ["documents/x.txt"]
        let (coded, diagnostics) = stage.code(record, documents: ["documents/x.txt": [0x41, 0x0A, 0x00]], coder: coder)
        #expect(coded == record)
        #expect(diagnostics.count == 1 && diagnostics[0].severity == .warning && diagnostics[0].line == 2)
    }
}
