import Foundation

/// The folders a command works on (`--corpus`, `--codebook`) and the loading of the codebook,
/// an edition and the corpus with all their diagnostics.
public struct Workspace: Sendable {
    public var corpus: URL
    public var codebook: URL

    public static let defaultCorpus = "corpus"
    public static let defaultCodebook = "codebook"
    public static let defaultEdition = "2005-2013"

    public init(corpus: String?, codebook: String?) {
        self.corpus = URL(fileURLWithPath: corpus ?? Self.defaultCorpus)
        self.codebook = URL(fileURLWithPath: codebook ?? Self.defaultCodebook)
    }

    public init(_ arguments: Arguments) {
        self.init(corpus: arguments["corpus"], codebook: arguments["codebook"])
    }

    /// Loads the codebook, the edition and the corpus; nil parts where they could not be read.
    /// - Parameter checksDocumentText: false when the caller codes the documents itself and
    ///   reports those that are not text (`run`).
    public func load(edition editionId: String?, checksDocumentText: Bool = true) -> (Codebook?, Edition?, [ProjectRecord], [Diagnostic]) {
        let (codebook, codebookDiagnostics) = CodebookLoader(directory: self.codebook).load()
        var diagnostics = codebookDiagnostics
        var edition: Edition?
        if let codebook, let editionId {
            let (loaded, editionDiagnostics) = EditionLoader(codebookDirectory: self.codebook, codebook: codebook).load(editionId)
            edition = loaded
            diagnostics += editionDiagnostics
        }
        let (records, corpusDiagnostics) = CorpusLoader(directory: corpus, codebook: codebook, checksDocumentText: checksDocumentText).load()
        diagnostics += corpusDiagnostics
        return (codebook, edition, records, diagnostics)
    }

    /// The merge decisions of `corpus/decisions/merges.json` and the records' `duplicates`, checked.
    public func loadMerges(records: [ProjectRecord]) -> ([MergeDecision], [Diagnostic]) {
        MergeDecisionsLoader(corpus: corpus).load(records: records)
    }

    /// The bytes of every document the records name, by corpus path; paths that are unsafe or
    /// unreadable are left out (validation reports them). A PDF is converted to UTF-8 text through
    /// `pdftotext`; where that fails, the document is left out with a warning.
    public func documents(of records: [ProjectRecord]) -> [String: [UInt8]] {
        documentsWithDiagnostics(of: records).documents
    }

    public func documentsWithDiagnostics(of records: [ProjectRecord]) -> (documents: [String: [UInt8]], diagnostics: [Diagnostic]) {
        var documents: [String: [UInt8]] = [:]
        var diagnostics: [Diagnostic] = []
        for record in records {
            for path in record.documents where documents[path] == nil && DocumentPath.problem(path) == nil {
                let full = corpus.appendingPathComponent(path).path
                if path.lowercased().hasSuffix(".pdf") {
                    switch DocumentReader.read(path: full) {
                    case .success(let decoded): documents[path] = Array(decoded.text.utf8)
                    case .failure(let failure):
                        diagnostics.append(.warning(corpus.relativePath + "/" + path, "not machine-coded (record \(record.id)): \(failure.message)"))
                    }
                } else if let data = FileManager.default.contents(atPath: full) {
                    documents[path] = [UInt8](data)
                }
            }
        }
        return (documents, diagnostics)
    }
}
