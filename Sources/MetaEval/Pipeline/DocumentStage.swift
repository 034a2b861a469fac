/// Stage 0b: the one place where the pipeline machine-codes full-text documents. For each
/// record it codes the bytes of every document it names (`DocumentCoder`, a pure function of
/// the bytes, the codebook and the edition) and stores the results as machine codes beside the
/// human ones (`DocumentCodeApplier`). A document that is not text gives a warning, not a stop.
public struct DocumentStage: Sendable {
    public let coder: DocumentCoder

    public init(coder: DocumentCoder) { self.coder = coder }

    public func code(_ record: ProjectRecord, documents: [String: [UInt8]]) -> (ProjectRecord, [Diagnostic]) {
        var codings: [DocumentCoding] = []
        var diagnostics: [Diagnostic] = []
        for path in record.documents {
            guard let bytes = documents[path] else { continue }
            switch coder.code(bytes, source: path) {
            case .success(let coding): codings.append(coding)
            case .failure(let failure):
                diagnostics.append(.warning(path, line: failure.line, field: "",
                                            "not machine-coded (record \(record.id)): \(failure.message)"))
            }
        }
        return (DocumentCodeApplier(codebook: coder.codebook).apply(codings, to: record), diagnostics)
    }
}
