/// Stage 0b: the one place where the pipeline applies the machine coding of full-text
/// documents. Each record gets the codings of the documents it names (made by `DocumentCoder`,
/// a pure function of the bytes, the codebook and the edition — coded in parallel and cached by
/// `DocumentCodingRunner` before the pipeline runs) as machine codes beside the human ones
/// (`DocumentCodeApplier`). A document that is not text gives a warning, not a stop.
public struct DocumentStage: Sendable {
    public let codebook: Codebook

    public init(codebook: Codebook) { self.codebook = codebook }

    public func code(_ record: ProjectRecord, codings: [String: DocumentOutcome]) -> (ProjectRecord, [Diagnostic]) {
        var applied: [DocumentCoding] = []
        var diagnostics: [Diagnostic] = []
        for path in record.documents {
            guard let outcome = codings[path] else { continue }
            switch outcome {
            case .success(let coding): applied.append(coding)
            case .failure(let failure):
                diagnostics.append(.warning(path, line: failure.line, field: "",
                                            "not machine-coded (record \(record.id)): \(failure.message)"))
            }
        }
        return (DocumentCodeApplier(codebook: codebook).apply(applied, to: record), diagnostics)
    }

    /// Codes the given document bytes in place and applies them: for tests and small inputs.
    public func code(_ record: ProjectRecord, documents: [String: [UInt8]], coder: DocumentCoder) -> (ProjectRecord, [Diagnostic]) {
        var codings: [String: DocumentOutcome] = [:]
        for path in record.documents { if let bytes = documents[path] { codings[path] = coder.code(bytes, source: path) } }
        return code(record, codings: codings)
    }
}
