/// The method of chapter 4 as one ordered list of stages. Each stage takes values and returns
/// values; files are read before and written after. The order is the report's:
///
/// 0. machine coding of what the printed text decides (age group, disability type, methods),
///    then of the full-text documents in the corpus (period, participants, inclusion,
///    importance, quality, statements), in machine slots only, so a person's code always wins;
/// 1. de-duplication (section 3.2) — a project reached through several channels is coded once;
/// 2. inclusion screening (step 1, box 4) — excluded projects stop here, with their criterion;
/// 3. importance (steps 2–3, box 1) — low importance stops here;
/// 4. quality (step 4, figure 9) — documentation × implementability → knowledge level;
/// 5. statements (steps 5–6) — atomic links, each with its project's knowledge level.
///
/// Tallies and reports (step 7) are computed from the `PipelineResult`.
public struct Pipeline: Sendable {
    public let codebook: Codebook
    public let edition: Edition

    public init(codebook: Codebook, edition: Edition) {
        self.codebook = codebook
        self.edition = edition
    }

    /// - Parameter documents: the bytes of the records' documents by corpus path; records whose
    ///   documents are missing here are not machine-coded from documents.
    public func run(_ records: [ProjectRecord], documents: [String: [UInt8]] = [:]) -> PipelineResult {
        let descriptors = DescriptorCoder(codebook: codebook)
        let documentStage = DocumentStage(coder: DocumentCoder(codebook: codebook, edition: edition.period))
        var documentDiagnostics: [Diagnostic] = []
        let sorted = records.sorted { $0.id < $1.id }.map(descriptors.code).map { record in
            let (coded, diagnostics) = documentStage.code(record, documents: documents)
            documentDiagnostics += diagnostics
            return coded
        }
        let deduplicated = DuplicateResolver().resolve(sorted)
        let inclusion = InclusionScreener(codebook: codebook, edition: edition)
        let importance = ImportanceScreener(codebook: codebook)
        let quality = QualityCoder(codebook: codebook)
        let statements = StatementCollector(codebook: codebook)

        var projects: [AssessedProject] = []
        var links: [EvidenceLink] = []
        for record in deduplicated.kept where record.kind == .project {
            var assessed = AssessedProject(record: record, inclusion: inclusion.screen(record))
            if assessed.isRetained {
                assessed.importance = importance.screen(record)
            }
            if assessed.isRetained {
                assessed.knowledgeLevel = quality.knowledgeLevel(of: record)
                links += statements.links(of: record, knowledgeLevel: assessed.knowledgeLevel)
            }
            projects.append(assessed)
        }
        let analyses = deduplicated.kept.filter { $0.kind == .analysis }
        return PipelineResult(edition: edition, codebook: codebook, records: sorted, mergedInto: deduplicated.mergedInto,
                              projects: projects, links: links, analyses: analyses, documentDiagnostics: documentDiagnostics)
    }
}
