import Foundation

/// Reads the merge decisions of `corpus/decisions/merges.json` and checks them with the
/// `duplicates` lists the records carry themselves: every id must be a record, no record may be
/// merged into itself, and no record may take part in two merges. A missing file means no
/// decisions. Only a person merges: a decision needs a coder that is not `machine`. The optional
/// `distinct` list records pairs a person looked at and found to be separate projects, so that
/// `dedup` stops proposing them; a pair cannot be both merged and distinct.
///
/// ```json
/// {"merges": [{"kept": "f02", "duplicates": ["p111"], "coder": "KL", "note": "same project, other title"}],
///  "distinct": [{"records": ["f03", "p112"], "coder": "KL", "note": "two municipalities, same model"}]}
/// ```
public struct MergeDecisionsLoader {
    public static let relativePath = "decisions/merges.json"

    public let corpus: URL

    public init(corpus: URL) { self.corpus = corpus }

    public var display: String { corpus.relativePath + "/" + Self.relativePath }

    /// The merge decisions of the file and of the records' `duplicates` lists, and every problem.
    public func load(records: [ProjectRecord]) -> ([MergeDecision], [Diagnostic]) {
        let loaded = loadDecisions(records: records)
        return (loaded.merges, loaded.diagnostics)
    }

    /// The merge and distinct decisions, and every problem of either.
    public func loadDecisions(records: [ProjectRecord]) -> (merges: [MergeDecision], distinct: [DistinctDecision], diagnostics: [Diagnostic]) {
        var decisions: [MergeDecision] = []
        var distinct: [DistinctDecision] = []
        var diagnostics: [Diagnostic] = []
        let url = corpus.appendingPathComponent(Self.relativePath)
        switch FileContents.read(url.path) {
        case .success(let data):
            let (read, readDistinct, problems) = Self.parse(data, file: display)
            decisions += read
            distinct += readDistinct
            diagnostics += problems
        case .failure(.missing): break
        case .failure(let failure): diagnostics.append(.error(display, "\(failure.message); expected the merge decisions (JSON)"))
        }
        for record in records where !record.duplicates.isEmpty {
            decisions.append(MergeDecision(kept: record.id, duplicates: record.duplicates, coder: "record",
                                           file: corpus.relativePath + "/" + record.file, line: nil))
        }
        diagnostics += Self.check(decisions, known: Set(records.map(\.id)))
        diagnostics += Self.check(distinct, merges: decisions, known: Set(records.map(\.id)))
        return diagnostics.hasErrors ? ([], [], diagnostics) : (decisions, distinct, diagnostics)
    }

    static func parse(_ bytes: [UInt8], file: String) -> ([MergeDecision], [DistinctDecision], [Diagnostic]) {
        if let problem = TextProblems.binaryOrEncoding(bytes) { return ([], [], [.error(file, line: problem.line, problem.message)]) }
        let value: JSONValue
        do { value = try JSONParser.parse(bytes) } catch {
            return ([], [], [.error(file, line: error.line, "invalid JSON at column \(error.column): \(error.message)")])
        }
        var reader = JSONReader(file: file)
        guard let members = reader.object(value, "") else { return ([], [], reader.diagnostics) }
        reader.rejectUnknownKeys(members, known: ["merges", "distinct", "note"], "")
        let distinct = members["distinct"].map { parseDistinct($0, file: file, reader: &reader) } ?? []
        if members["merges"] == nil, !distinct.isEmpty { return ([], distinct, reader.diagnostics) }
        guard let list = reader.required(members, "merges", "", line: value.line).flatMap({ reader.array($0, "merges") }) else {
            return ([], distinct, reader.diagnostics)
        }
        var decisions: [MergeDecision] = []
        for (index, element) in list.enumerated() {
            let path = "merges[\(index)]"
            guard let fields = reader.object(element, path) else { continue }
            reader.rejectUnknownKeys(fields, known: ["kept", "duplicates", "coder", "note"], path)
            let kept = reader.required(fields, "kept", path, line: element.line).flatMap { reader.string($0, "\(path).kept", allowEmpty: false) }
            let duplicates = reader.required(fields, "duplicates", path, line: element.line).flatMap { reader.strings($0, "\(path).duplicates") }
            let coder = reader.required(fields, "coder", path, line: element.line).flatMap { reader.string($0, "\(path).coder", allowEmpty: false) }
            let note = fields["note"].flatMap { reader.string($0, "\(path).note") }
            if let duplicates, duplicates.isEmpty { reader.fail(fields["duplicates"], "\(path).duplicates", "expected at least one duplicate id") }
            if coder == Code<String>.machineCoder {
                reader.fail(fields["coder"], "\(path).coder", "a merge is a person's decision; expected the coder's initials, not \"machine\"")
            }
            guard let kept, let duplicates, let coder else { continue }
            decisions.append(MergeDecision(kept: kept, duplicates: duplicates, coder: coder, note: note, file: file, line: element.line))
        }
        return (decisions, distinct, reader.diagnostics)
    }

    static func parseDistinct(_ value: JSONValue, file: String, reader: inout JSONReader) -> [DistinctDecision] {
        guard let list = reader.array(value, "distinct") else { return [] }
        var decisions: [DistinctDecision] = []
        for (index, element) in list.enumerated() {
            let path = "distinct[\(index)]"
            guard let fields = reader.object(element, path) else { continue }
            reader.rejectUnknownKeys(fields, known: ["records", "coder", "note"], path)
            let ids = reader.required(fields, "records", path, line: element.line).flatMap { reader.strings($0, "\(path).records") }
            let coder = reader.required(fields, "coder", path, line: element.line).flatMap { reader.string($0, "\(path).coder", allowEmpty: false) }
            let note = fields["note"].flatMap { reader.string($0, "\(path).note") }
            if let ids, Set(ids).count < 2 {
                reader.fail(fields["records"], "\(path).records", "expected at least two different record ids")
            }
            if coder == Code<String>.machineCoder {
                reader.fail(fields["coder"], "\(path).coder", "a distinct decision is a person's; expected the coder's initials, not \"machine\"")
            }
            guard let ids, Set(ids).count >= 2, let coder, coder != Code<String>.machineCoder else { continue }
            decisions.append(DistinctDecision(records: ids, coder: coder, note: note, file: file, line: element.line))
        }
        return decisions
    }

    /// Unknown ids, and pairs declared distinct that a merge joins.
    static func check(_ distinct: [DistinctDecision], merges: [MergeDecision], known: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for decision in distinct {
            for id in decision.records where !known.contains(id) {
                diagnostics.append(.error(decision.file, line: decision.line, field: "distinct", "unknown record id \"\(id)\"; expected an id in the corpus"))
            }
            for merge in merges {
                let joined = ([merge.kept] + merge.duplicates).filter { decision.records.contains($0) }
                if joined.count >= 2 {
                    let place = merge.file + (merge.line.map { ":\($0)" } ?? "")
                    diagnostics.append(.error(decision.file, line: decision.line, field: "distinct",
                        "records \(joined.map { "\"\($0)\"" }.joined(separator: " and ")) are declared distinct but merged at \(place); expected one decision"))
                }
            }
        }
        return diagnostics
    }

    /// Unknown ids (in the file; `CorpusLoader` names those of a record's `duplicates`),
    /// self-merges and records taking part in two merges.
    static func check(_ decisions: [MergeDecision], known: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var placed: [String: MergeDecision] = [:]
        for decision in decisions {
            let field = decision.coder == "record" ? "duplicates" : "merges"
            for id in [decision.kept] + decision.duplicates where !known.contains(id) && field == "merges" {
                diagnostics.append(.error(decision.file, line: decision.line, field: field, "unknown record id \"\(id)\"; expected an id in the corpus"))
            }
            if decision.duplicates.contains(decision.kept) {
                diagnostics.append(.error(decision.file, line: decision.line, field: field, "record \"\(decision.kept)\" is merged into itself"))
            }
            for id in Set([decision.kept] + decision.duplicates).sorted() {
                if let other = placed[id], other != decision {
                    let place = other.file + (other.line.map { ":\($0)" } ?? "")
                    diagnostics.append(.error(decision.file, line: decision.line, field: field,
                                              "record \"\(id)\" is already in the merge kept as \"\(other.kept)\" (\(place)); a record can be in one merge only"))
                } else {
                    placed[id] = decision
                }
            }
        }
        return diagnostics
    }
}
