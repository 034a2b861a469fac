import Foundation

/// Reads every record file (`*.json` directly in the corpus folder) in name order, decodes
/// and validates each, and checks what only the whole corpus shows: duplicate ids, a file
/// name that does not match its id, documents that are missing or lead outside the corpus.
public struct CorpusLoader: Sendable {
    public let directory: URL
    /// The folder's path, worked out once: `URL.appendingPathComponent` and `URL.path` cost
    /// more than reading a small record file.
    let folder: String
    public let codebook: Codebook?
    /// Whether every text document is read to check that it is text. `run` leaves this to the
    /// document coder, which reads only new or changed documents (`DocumentCodingRunner`).
    public var checksDocumentText = true

    public init(directory: URL, codebook: Codebook?, checksDocumentText: Bool = true) {
        self.directory = directory
        folder = directory.path
        self.codebook = codebook
        self.checksDocumentText = checksDocumentText
    }

    /// The record files, sorted by name so that reading order never depends on the file system.
    public func recordFiles() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
    }

    public func load() -> (records: [ProjectRecord], diagnostics: [Diagnostic]) {
        let display = directory.relativePath
        let files: [String]
        do {
            files = try recordFiles()
        } catch {
            return ([], [.error(display, "cannot read the corpus folder: \(error.localizedDescription)")])
        }
        var records: [ProjectRecord] = []
        var diagnostics: [Diagnostic] = []
        var fileOfId: [String: String] = [:]
        let decoder = RecordDecoder(codebook: codebook)
        let root = resolvedRoot
        let resolver = PathResolver()
        // Files are read, decoded and their documents checked in parallel; what depends on
        // the other records (duplicate ids) is decided below, in name order.
        let loaded = ParallelMap.map(files) { name -> Loaded in
            let path = display + "/" + name
            let data: [UInt8]
            switch FileContents.read(folder + "/" + name) {
            case .success(let bytes): data = bytes
            case .failure(let failure):
                return Loaded(record: nil, problems: [.error(path, "\(failure.message); expected a project record (.json)")], documentProblems: [])
            }
            let (decoded, problems) = decoder.decode(data, file: path)
            guard var record = decoded else { return Loaded(record: nil, problems: problems, documentProblems: []) }
            record.file = name
            return Loaded(record: record, problems: problems, documentProblems: checkDocuments(record, path: path, root: root, resolver: resolver))
        }
        for (name, item) in zip(files, loaded) {
            let path = display + "/" + name
            diagnostics += item.problems
            guard let record = item.record else { continue }
            if let other = fileOfId[record.id] {
                diagnostics.append(.error(path, field: "id", "duplicate record id \"\(record.id)\" (also in \(other))"))
                continue
            }
            fileOfId[record.id] = name
            if name != record.id + ".json" {
                diagnostics.append(.warning(path, field: "id", "the file name does not match the id \"\(record.id)\"; expected \(record.id).json"))
            }
            diagnostics += item.documentProblems
            records.append(record)
        }
        for record in records {
            for duplicate in record.duplicates where fileOfId[duplicate] == nil {
                diagnostics.append(.error(display + "/" + record.file, field: "duplicates", "unknown record id \"\(duplicate)\""))
            }
        }
        return (records, diagnostics)
    }

    /// One record file as read: the record, the problems decoding it, and those of its documents.
    private struct Loaded: Sendable {
        var record: ProjectRecord?
        var problems: [Diagnostic]
        var documentProblems: [Diagnostic]
    }

    func checkDocuments(_ record: ProjectRecord, path: String) -> [Diagnostic] {
        checkDocuments(record, path: path, root: resolvedRoot, resolver: PathResolver())
    }

    /// The corpus folder with links resolved, as the documents' resolved paths must begin.
    var resolvedRoot: String { DocumentPath.resolved(directory.path) ?? directory.standardizedFileURL.path }

    /// - Parameters:
    ///   - root: the corpus folder with links resolved, worked out once per load.
    ///   - resolver: resolves the documents' paths, sharing their folders over a load.
    func checkDocuments(_ record: ProjectRecord, path: String, root: String, resolver: PathResolver) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, document) in record.documents.enumerated() where DocumentPath.problem(document) == nil {
            guard let resolved = resolver.resolved(folder + "/" + document) else {
                diagnostics.append(.error(path, field: "documents[\(index)]", "document \"\(document)\" does not exist in the corpus folder"))
                continue
            }
            if !resolved.hasPrefix(root + "/") {
                diagnostics.append(.error(path, field: "documents[\(index)]", "document \"\(document)\" is a link to a file outside the corpus folder"))
                continue
            }
            if checksDocumentText { diagnostics += checkText(of: document, at: directory.appendingPathComponent(document), field: "documents[\(index)]") }
        }
        return diagnostics
    }

    /// A text document that cannot be read as text is an error; one read as Windows-1252 a warning.
    func checkText(of document: String, at url: URL, field: String) -> [Diagnostic] {
        let display = directory.relativePath + "/" + document
        guard url.pathExtension.lowercased() != "pdf" else { return [] }
        let data: [UInt8]
        switch FileContents.read(url.path) {
        case .success(let bytes): data = bytes
        case .failure(let failure): return [.error(display, field: field, failure.message)]
        }
        switch DocumentReader.decode(data) {
        case .failure(let failure):
            return [.error(display, line: failure.line, field: field, failure.message)]
        case .success(let decoded):
            return decoded.warnings.map { .warning(display, line: $0.line, field: field, $0.message) }
        }
    }
}
