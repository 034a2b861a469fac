/// The method of chapter 4 as one ordered list of stages. Each stage takes values and returns
/// values; files are read before and written after. The order is the report's:
///
/// 0. machine coding of what the printed text decides (age group, disability type, methods,
///    core problems and system challenges, an analysis's relevance), then of the full-text
///    documents in the corpus (period, participants, inclusion, importance, quality,
///    statements), in machine slots only, so a person's code always wins;
/// 1. de-duplication (section 3.2) — a project reached through several channels is coded once;
/// 2. inclusion screening (step 1, box 4) — excluded projects stop here, with their criterion;
/// 3. importance (steps 2–3, box 1) — low importance stops here;
/// 4. quality (step 4, figure 9) — documentation × implementability → knowledge level;
/// 5. statements (steps 5–6) — atomic links, each with its project's knowledge level.
///
/// Analyses and mappings (section 4.5) take their own path: relevance screening, then their
/// statements as supporting links, which no project tally counts.
///
/// Tallies and reports (step 7) are computed from the `PipelineResult`.
public struct Pipeline: Sendable {
    public let codebook: Codebook
    public let edition: Edition
    /// A person's merge decisions (section 3.2), applied by `DuplicateResolver`.
    public let merges: [MergeDecision]

    public init(codebook: Codebook, edition: Edition, merges: [MergeDecision] = []) {
        self.codebook = codebook
        self.edition = edition
        self.merges = merges
    }

    /// Codes the given document bytes in this process, then runs the pipeline: for tests and
    /// small inputs. `metaeval run` codes the corpus's documents with `DocumentCodingRunner`.
    public func run(_ records: [ProjectRecord], documents: [String: [UInt8]]) -> PipelineResult {
        let coder = DocumentCoder(codebook: codebook, edition: edition.period)
        var codings: [String: DocumentOutcome] = [:]
        for (path, bytes) in documents where records.contains(where: { $0.documents.contains(path) }) {
            codings[path] = coder.code(bytes, source: path)
        }
        return run(records, codings: codings)
    }

    /// - Parameter codings: the machine coding of the records' documents by corpus path; records
    ///   whose documents are missing here are not machine-coded from documents.
    public func run(_ records: [ProjectRecord], codings: [String: DocumentOutcome] = [:]) -> PipelineResult {
        let descriptors = DescriptorCoder(codebook: codebook)
        let documentStage = DocumentStage(codebook: codebook)
        let problems = ProblemCoder(codebook: codebook)
        let relevanceCoder = RelevanceCoder(codebook: codebook)
        // Each record is coded on its own, so the records are coded in parallel, in id order.
        let coded = ParallelMap.map(records.sorted { $0.id < $1.id }) { record -> (ProjectRecord, [Diagnostic]) in
            let (withDocuments, diagnostics) = documentStage.code(descriptors.code(record), codings: codings)
            return (relevanceCoder.code(problems.code(withDocuments)), diagnostics)
        }
        let sorted = coded.map(\.0)
        let documentDiagnostics = coded.flatMap(\.1)
        let deduplicated = DuplicateResolver(merges: merges).resolve(sorted)
        let inclusion = InclusionScreener(codebook: codebook, edition: edition)
        let importance = ImportanceScreener(codebook: codebook)
        let quality = QualityCoder(codebook: codebook)
        let statements = StatementCollector(codebook: codebook)

        let assessed = ParallelMap.map(deduplicated.kept.filter { $0.kind == .project }) { record -> (AssessedProject, [EvidenceLink]) in
            var assessed = AssessedProject(record: record, inclusion: inclusion.screen(record))
            if assessed.isRetained {
                assessed.importance = importance.screen(record)
            }
            guard assessed.isRetained else { return (assessed, []) }
            assessed.knowledgeLevel = quality.knowledgeLevel(of: record)
            return (assessed, statements.links(of: record, knowledgeLevel: assessed.knowledgeLevel))
        }
        let projects = assessed.map(\.0)
        let links = assessed.flatMap(\.1)
        let analyses = deduplicated.kept.filter { $0.kind == .analysis }
        let relevance = RelevanceScreener()
        let assessedAnalyses = analyses.map { AssessedAnalysis(record: $0, relevance: relevance.screen($0)) }
        let supportingLinks = assessedAnalyses.filter(\.isRetained).flatMap { statements.links(of: $0.record, knowledgeLevel: nil) }
        var result = PipelineResult(edition: edition, codebook: codebook, records: sorted, mergedInto: deduplicated.mergedInto,
                                    projects: projects, links: links, analyses: analyses, documentDiagnostics: documentDiagnostics)
        result.assessedAnalyses = assessedAnalyses
        result.supportingLinks = supportingLinks
        return result
    }
}
