import Foundation

/// Codes every document the records name, at the edge of the pipeline: each document is read,
/// looked up in the cache and, when it is new or changed, coded by `DocumentCoder` — in
/// parallel over the cores, one document in memory per core, results in path order. The
/// pipeline then applies the codings as values (`Pipeline.run(_:codings:)`). The coder (its
/// phrase automata) is built only when some document is not in the cache.
public struct DocumentCodingRunner: Sendable {
    public let corpus: URL
    public let makeCoder: @Sendable () -> DocumentCoder
    public let cache: DocumentCodingCache?
    public let workers: Int

    public init(corpus: URL, coder: @escaping @Sendable @autoclosure () -> DocumentCoder, cache: DocumentCodingCache?,
                workers: Int = ParallelMap.defaultWorkers) {
        self.corpus = corpus
        self.makeCoder = coder
        self.cache = cache
        self.workers = workers
    }

    /// What a run read: each document's outcome by corpus path, and how many came from the cache.
    public struct Outcome: Sendable {
        public var codings: [String: DocumentOutcome] = [:]
        public var coded = 0
        public var fromCache = 0
        public var unreadable = 0

        /// The problems a person must see, as `validate` words them: a text document that is
        /// not text is an error naming the record's field; a PDF that cannot be converted, and
        /// a document read as Windows-1252, are warnings.
        public func diagnostics(of records: [ProjectRecord], corpus display: String) -> [Diagnostic] {
            var diagnostics: [Diagnostic] = []
            var seen: Set<String> = []
            for record in records {
                for (index, path) in record.documents.enumerated() where seen.insert(path).inserted {
                    var file: String { display + "/" + path }
                    var field: String { "documents[\(index)]" }
                    switch codings[path] {
                    case .failure(let failure)? where path.lowercased().hasSuffix(".pdf"):
                        diagnostics.append(.warning(file, line: failure.line, field: field, "not machine-coded (record \(record.id)): \(failure.message)"))
                    case .failure(let failure)?:
                        diagnostics.append(.error(file, line: failure.line, field: field, failure.message))
                    case .success(let coding)? where !coding.warnings.isEmpty:
                        diagnostics += coding.warnings.map { .warning(file, line: $0.line, field: field, $0.message) }
                    case .success?, nil:
                        break
                    }
                }
            }
            return diagnostics
        }
    }

    private struct Item: Sendable {
        var path: String
        var file: String
        var outcome: DocumentOutcome
        var stamp: DocumentCodingCache.Stamp?
        var contentKey: String?
        var cached: Bool
    }

    /// A document found on disk, and its coding when the cache index already knows it.
    private struct Lookup: Sendable {
        var path: String
        var file: String
        var stamp: DocumentCodingCache.Stamp
        /// The content key the cache index gives for this size and time, if any.
        var indexedKey: String?
        var cached: Item?
    }

    public func run(_ records: [ProjectRecord]) -> Outcome {
        let paths = Set(records.flatMap(\.documents)).filter { DocumentPath.problem($0) == nil }.sorted()
        let index = cache?.loadIndex() ?? [:]
        let root = corpus.standardizedFileURL.path
        // First what the cache index knows: a path whose size and time match it is read back
        // without reading the document. Only a path it does not know needs the coder, which is
        // then built on a thread of its own while the cached codings are read.
        let found = ParallelMap.map(paths, workers: workers) { path -> Lookup? in
            let file = root + "/" + path
            guard let stamp = DocumentCodingCache.Stamp.of(path: file) else { return nil }
            var lookup = Lookup(path: path, file: file, stamp: stamp)
            if cache != nil, let (indexedStamp, key) = index[file], indexedStamp == stamp { lookup.indexedKey = key }
            return lookup
        }.compactMap { $0 }
        let earlyCoder = found.contains { $0.indexedKey == nil } ? BackgroundValue(makeCoder) : nil
        let lookedUp = ParallelMap.map(found, workers: workers) { found -> Lookup in
            var lookup = found
            if let cache, let key = lookup.indexedKey, let coding = cache.load(contentKey: key) {
                lookup.cached = Item(path: lookup.path, file: lookup.file, outcome: .success(coding), stamp: lookup.stamp, contentKey: key, cached: true)
            }
            return lookup
        }
        let pending = lookedUp.filter { $0.cached == nil }
        var coded: [Item] = []
        if !pending.isEmpty {
            let coder = earlyCoder?.value ?? makeCoder()
            coded = ParallelMap.map(pending, workers: workers) { code($0.path, file: $0.file, stamp: $0.stamp, coder: coder) }
        }
        var outcome = Outcome()
        var newIndex = index
        for item in lookedUp.compactMap(\.cached) + coded {
            outcome.codings[item.path] = item.outcome
            if item.cached { outcome.fromCache += 1 } else if case .success = item.outcome { outcome.coded += 1 } else { outcome.unreadable += 1 }
            if let stamp = item.stamp, let key = item.contentKey { newIndex[item.file] = (stamp, key) }
        }
        if let cache, !lookedUp.isEmpty, newIndex.count != index.count || !coded.isEmpty {
            cache.saveIndex(newIndex)
        }
        return outcome
    }

    private func code(_ path: String, file: String, stamp: DocumentCodingCache.Stamp?, coder: DocumentCoder) -> Item {
        var bytes: [UInt8]
        switch FileContents.read(file) {
        case .success(let data): bytes = data
        case .failure(let failure):
            return Item(path: path, file: file, outcome: .failure(DocumentReader.Failure(message: failure.message, line: nil)), stamp: nil, contentKey: nil, cached: false)
        }
        // The path is part of the key: a coding's evidence names the document it was read from.
        var digest = ContentDigest()
        digest.combine(path)
        digest.combine(bytes)
        let key = digest.hex
        if let cache, let coding = cache.load(contentKey: key) {
            return Item(path: path, file: file, outcome: .success(coding), stamp: stamp, contentKey: key, cached: true)
        }
        let result: DocumentOutcome
        if path.lowercased().hasSuffix(".pdf") {
            result = DocumentReader.read(path: file).map { coder.code($0, source: path) }
        } else {
            let decoded = DocumentReader.decode(bytes)
            bytes = []
            switch consume decoded {
            case .success(var document): result = .success(coder.code(taking: &document, source: path))
            case .failure(let failure): result = .failure(failure)
            }
        }
        if let cache, case .success(let coding) = result { cache.store(coding, contentKey: key) }
        return Item(path: path, file: file, outcome: result, stamp: stamp, contentKey: key, cached: false)
    }
}

/// A document's coding, or why it could not be read as text.
public typealias DocumentOutcome = Result<DocumentCoding, DocumentReader.Failure>
