import Foundation

/// Reads `codebook/*.json` and validates it: every file present and well-formed, every entry
/// with an id, labels in both languages and the extra keys its dimension needs, no duplicate
/// ids, a matrix with exactly one cell per documentation × implementability pair naming a
/// known knowledge level, and the ids the pipeline relies on. Returns every problem at once.
public struct CodebookLoader {
    /// What one codebook file must hold.
    struct FileSpec {
        let file: String
        let dimension: String
        var childrenKey: String?
        var extras: [String] = []
        var childExtras: [String] = []
        var requiredIds: [String] = []
        var definitionRequired = true
        /// Whether a child id must be unique across groups (activity types, categories) or only within its group.
        var childIdsGlobal = true
        /// Whether entries (or, with `childrenKey`, their children) may carry result `stems`.
        var stemsAllowed = false
    }

    static let specs: [FileSpec] = [
        FileSpec(file: "knowledge-levels.json", dimension: "knowledge-level", extras: ["rank"]),
        FileSpec(file: "implementability.json", dimension: "implementability", extras: ["minAnswered"]),
        FileSpec(file: "working-questions.json", dimension: "working-question", extras: ["cues"]),
        FileSpec(file: "documentation.json", dimension: "documentation", extras: ["rank", "cues"]),
        FileSpec(file: "importance.json", dimension: "importance", extras: ["proceeds"]),
        FileSpec(file: "criteria.json", dimension: "inclusion-criterion", requiredIds: ["period"]),
        FileSpec(file: "activities.json", dimension: "activity", childrenKey: "types", childExtras: ["synonyms"]),
        FileSpec(file: "themes.json", dimension: "result-theme", childrenKey: "categories", childExtras: ["synonyms"], stemsAllowed: true),
        FileSpec(file: "effects.json", dimension: "effect", extras: ["synonyms"], requiredIds: ["employment"], stemsAllowed: true),
        FileSpec(file: "problems.json", dimension: "problem", childrenKey: "types"),
        FileSpec(file: "descriptives.json", dimension: "descriptive", childrenKey: "types",
                 requiredIds: ["disability-type", "age-group", "size", "appendix-group", "method", "channel"], childIdsGlobal: false),
        FileSpec(file: "cues.json", dimension: "statement-cue", extras: ["synonyms"],
                 requiredIds: ["causal", "negation", "planned", "implementation"] + DocumentCoder.requiredCues),
        FileSpec(file: "report-labels.json", dimension: "report-label", definitionRequired: false),
        FileSpec(file: "synthesis-rules.json", dimension: "synthesis-rule", extras: ["min", "max"],
                 requiredIds: ["mechanism-not-explained"]),
    ]

    static let matrixFile = "matrix.json"
    static let entryKeys: Set<String> = ["id", "label", "definition", "synonyms", "cues", "rank", "minAnswered",
                                         "proceeds", "min", "max", "appendix", "types", "categories", "note", "stems", "notFrom"]

    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// The codebook and every problem found. The codebook is returned whenever every file could
    /// be read, even with errors, so that records can still be checked against its ids; callers
    /// that compute anything must refuse a codebook whose diagnostics hold errors.
    public func load() -> (Codebook?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var dimensions: [String: CodebookDimension] = [:]
        var fingerprintInput: [UInt8] = []
        let displayDirectory = directory.relativePath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (nil, [.error(displayDirectory, "no codebook folder here; expected the folder of codebook JSON files (give it with --codebook DIR)")])
        }
        for spec in Self.specs {
            let path = displayDirectory + "/" + spec.file
            guard let value = readJSON(spec.file, path: path, into: &diagnostics, fingerprint: &fingerprintInput) else { continue }
            var reader = JSONReader(file: path)
            if let dimension = readDimension(value, spec: spec, reader: &reader) { dimensions[spec.file] = dimension }
            diagnostics += reader.diagnostics
        }
        var matrix: ClassificationMatrix?
        let matrixPath = displayDirectory + "/" + Self.matrixFile
        if let value = readJSON(Self.matrixFile, path: matrixPath, into: &diagnostics, fingerprint: &fingerprintInput) {
            var reader = JSONReader(file: matrixPath)
            matrix = readMatrix(value, documentation: dimensions["documentation.json"],
                                implementability: dimensions["implementability.json"],
                                knowledge: dimensions["knowledge-levels.json"], reader: &reader)
            diagnostics += reader.diagnostics
        }
        for file in extraLabelFiles() {
            let spec = FileSpec(file: file, dimension: "report-label", definitionRequired: false)
            let path = displayDirectory + "/" + file
            guard let value = readJSON(file, path: path, into: &diagnostics, fingerprint: &fingerprintInput) else { continue }
            var reader = JSONReader(file: path)
            if let extra = readDimension(value, spec: spec, reader: &reader), var labels = dimensions["report-labels.json"] {
                // Appended at once: every change of `entries` re-indexes the dimension.
                var added: [CodebookEntry] = []
                var addedIDs: Set<String> = []
                for entry in extra.entries {
                    if labels[entry.id] != nil || addedIDs.contains(entry.id) {
                        reader.fail(nil, entry.id, "report label \"\(entry.id)\" is already defined in report-labels.json or another label file")
                    } else {
                        added.append(entry)
                        addedIDs.insert(entry.id)
                    }
                }
                labels.entries += added
                dimensions["report-labels.json"] = labels
            }
            diagnostics += reader.diagnostics
        }
        diagnostics += crossCheck(dimensions, directory: displayDirectory)
        guard dimensions.count == Self.specs.count else { return (nil, diagnostics) }
        var codebook = Codebook(
            knowledgeLevels: dimensions["knowledge-levels.json"]!, implementability: dimensions["implementability.json"]!,
            workingQuestions: dimensions["working-questions.json"]!, documentation: dimensions["documentation.json"]!,
            importance: dimensions["importance.json"]!, criteria: dimensions["criteria.json"]!,
            matrix: matrix ?? ClassificationMatrix(cells: [:]),
            activityGroups: dimensions["activities.json"]!, themes: dimensions["themes.json"]!,
            effects: dimensions["effects.json"]!, problems: dimensions["problems.json"]!,
            descriptives: dimensions["descriptives.json"]!, cues: dimensions["cues.json"]!,
            reportLabels: dimensions["report-labels.json"]!)
        codebook.reindex()
        codebook.synthesisRules = dimensions["synthesis-rules.json"]!
        codebook.fingerprint = Fingerprint.hex(of: fingerprintInput)
        return (codebook, diagnostics)
    }

    /// `report-labels-<area>.json`: report labels kept beside the reports of one area, merged
    /// into the report labels.
    private func extraLabelFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasPrefix("report-labels-") && $0.hasSuffix(".json") }.sorted()
    }

    private func readJSON(_ file: String, path: String, into diagnostics: inout [Diagnostic], fingerprint: inout [UInt8]) -> JSONValue? {
        let url = directory.appendingPathComponent(file)
        let bytes: [UInt8]
        switch FileContents.read(url.path) {
        case .success(let data): bytes = data
        case .failure(let failure):
            diagnostics.append(.error(path, failure == .missing ? "codebook file is missing" : "codebook file \(failure.message)"))
            return nil
        }
        fingerprint += Array(file.utf8) + [0] + bytes + [0]
        do {
            return try JSONParser.parse(bytes)
        } catch {
            diagnostics.append(.error(path, line: error.line, "invalid JSON at column \(error.column): \(error.message)"))
            return nil
        }
    }

    private func readDimension(_ value: JSONValue, spec: FileSpec, reader: inout JSONReader) -> CodebookDimension? {
        guard let members = reader.object(value, "") else { return nil }
        reader.rejectUnknownKeys(members, known: ["dimension", "citation", "entries", "note"], "")
        if let dimension = reader.required(members, "dimension", "", line: value.line),
           let name = reader.string(dimension, "dimension"), name != spec.dimension {
            reader.fail(dimension, "dimension", "expected \"\(spec.dimension)\", found \"\(name)\"")
        }
        let citation = members["citation"].flatMap { reader.string($0, "citation") } ?? ""
        guard let entriesValue = reader.required(members, "entries", "", line: value.line),
              let elements = reader.array(entriesValue, "entries") else { return nil }
        if elements.isEmpty { reader.fail(entriesValue, "entries", "expected at least one entry") }
        var entries: [CodebookEntry] = []
        var seen: [String: Int] = [:]
        for (index, element) in elements.enumerated() {
            let path = "entries[\(index)]"
            guard var entry = readEntry(element, path: path, extras: spec.extras, definitionRequired: spec.definitionRequired,
                                        stemsAllowed: spec.stemsAllowed && spec.childrenKey == nil, reader: &reader) else { continue }
            if let key = spec.childrenKey {
                if spec.childIdsGlobal {
                    entry.children = readChildren(element, key: key, path: path, spec: spec, seen: &seen, reader: &reader)
                } else {
                    var groupSeen: [String: Int] = [:]
                    entry.children = readChildren(element, key: key, path: path, spec: spec, seen: &groupSeen, reader: &reader)
                }
            }
            if let first = seen[entry.id] {
                reader.fail(element, "\(path).id", "duplicate id \"\(entry.id)\" (first defined on line \(first))")
            } else {
                seen[entry.id] = element.line
            }
            entries.append(entry)
        }
        for id in spec.requiredIds where !entries.contains(where: { $0.id == id }) {
            reader.fail(entriesValue, "entries", "required id \"\(id)\" is missing (the pipeline relies on it)")
        }
        return CodebookDimension(name: spec.dimension, citation: citation, entries: entries)
    }

    private func readChildren(_ element: JSONValue, key: String, path: String, spec: FileSpec,
                              seen: inout [String: Int], reader: inout JSONReader) -> [CodebookEntry] {
        guard case .object(let members, _) = element else { return [] }
        guard let value = reader.required(members, key, path, line: element.line),
              let elements = reader.array(value, "\(path).\(key)") else { return [] }
        if elements.isEmpty { reader.fail(value, "\(path).\(key)", "expected at least one entry under this group") }
        var children: [CodebookEntry] = []
        for (index, child) in elements.enumerated() {
            let childPath = "\(path).\(key)[\(index)]"
            guard let entry = readEntry(child, path: childPath, extras: spec.childExtras, definitionRequired: spec.definitionRequired,
                                        stemsAllowed: spec.stemsAllowed, reader: &reader) else { continue }
            if let first = seen[entry.id] {
                reader.fail(child, "\(childPath).id", "duplicate id \"\(entry.id)\" (first defined on line \(first))")
            } else {
                seen[entry.id] = child.line
            }
            children.append(entry)
        }
        return children
    }

    private func readEntry(_ value: JSONValue, path: String, extras: [String], definitionRequired: Bool, stemsAllowed: Bool = false,
                           reader: inout JSONReader) -> CodebookEntry? {
        guard let members = reader.object(value, path) else { return nil }
        reader.rejectUnknownKeys(members, known: Self.entryKeys, path)
        guard let idValue = reader.required(members, "id", path, line: value.line),
              let id = reader.string(idValue, "\(path).id", allowEmpty: false) else { return nil }
        if !Self.isValidId(id) {
            reader.fail(idValue, "\(path).id", "invalid id \"\(id)\"; expected lower-case letters, digits and hyphens")
        }
        let label = members["label"].flatMap { readLabel($0, "\(path).label", reader: &reader) }
        if members["label"] == nil { reader.fail(value, "\(path).label", "required field is missing") }
        var entry = CodebookEntry(id: id, label: label ?? Label(da: id, en: id))
        if let definition = members["definition"] {
            entry.definition = readLabel(definition, "\(path).definition", reader: &reader)
        } else if definitionRequired {
            reader.fail(value, "\(path).definition", "required field is missing")
        }
        for key in extras where members[key] == nil {
            reader.fail(value, "\(path).\(key)", "required field is missing")
        }
        if let phrases = members["synonyms"] ?? members["cues"] {
            entry.synonyms = (reader.strings(phrases, "\(path).synonyms") ?? []).map { $0.lowercased() }
            if entry.synonyms.contains(where: { $0.trimmingSpaces.isEmpty }) {
                reader.fail(phrases, "\(path).synonyms", "empty phrase")
            }
        }
        if let stems = members["stems"] {
            if !stemsAllowed {
                reader.fail(stems, "\(path).stems", "stems are read only for result categories and effects")
            } else {
                entry.stems = readStems(stems, path: "\(path).stems", synonyms: entry.synonyms, reader: &reader)
            }
        }
        if let notFrom = members["notFrom"] {
            if !stemsAllowed {
                reader.fail(notFrom, "\(path).notFrom", "notFrom is read only for result categories and effects")
            } else {
                entry.notFrom = reader.strings(notFrom, "\(path).notFrom") ?? []
            }
        }
        entry.rank = members["rank"].flatMap { reader.integer($0, "\(path).rank", in: 0...100) }
        entry.minAnswered = members["minAnswered"].flatMap { reader.integer($0, "\(path).minAnswered", in: 0...100) }
        entry.proceeds = members["proceeds"].flatMap { reader.bool($0, "\(path).proceeds") }
        entry.min = members["min"].flatMap { reader.integer($0, "\(path).min", in: 0...10_000_000) }
        entry.max = members["max"].flatMap { reader.integer($0, "\(path).max", in: 0...10_000_000) }
        entry.appendix = members["appendix"].flatMap { reader.integer($0, "\(path).appendix", in: 1...99) }
        return entry
    }

    /// Result stems: lower-case, at least four letters, each once, none a synonym of its own entry
    /// (a synonym already counts everywhere a stem would).
    private func readStems(_ value: JSONValue, path: String, synonyms: [String], reader: inout JSONReader) -> [String] {
        guard let stems = reader.strings(value, path) else { return [] }
        var kept: [String] = []
        for stem in stems {
            if stem != stem.lowercased() {
                reader.fail(value, path, "stem \"\(stem)\" must be lower-case")
            } else if stem.trimmingSpaces != stem || stem.filter({ $0.isLetter }).count < 4 {
                reader.fail(value, path, "stem \"\(stem)\" needs at least four letters and no outer spaces")
            } else if kept.contains(stem) {
                reader.fail(value, path, "stem \"\(stem)\" is listed twice")
            } else if synonyms.contains(stem) {
                reader.fail(value, path, "stem \"\(stem)\" is already a synonym of this entry")
            } else {
                kept.append(stem)
            }
        }
        return kept
    }

    private func readLabel(_ value: JSONValue, _ path: String, reader: inout JSONReader) -> Label? {
        guard let members = reader.object(value, path) else { return nil }
        reader.rejectUnknownKeys(members, known: ["da", "en"], path)
        let da = reader.required(members, "da", path, line: value.line).flatMap { reader.string($0, "\(path).da", allowEmpty: false) }
        let en = reader.required(members, "en", path, line: value.line).flatMap { reader.string($0, "\(path).en", allowEmpty: false) }
        guard let da, let en else { return nil }
        return Label(da: da, en: en)
    }

    private func readMatrix(_ value: JSONValue, documentation: CodebookDimension?, implementability: CodebookDimension?,
                            knowledge: CodebookDimension?, reader: inout JSONReader) -> ClassificationMatrix? {
        guard let members = reader.object(value, "") else { return nil }
        reader.rejectUnknownKeys(members, known: ["dimension", "citation", "rows", "columns", "cells", "note"], "")
        if let rows = members["rows"], reader.string(rows, "rows") != "documentation" {
            reader.fail(rows, "rows", "expected \"documentation\"")
        }
        if let columns = members["columns"], reader.string(columns, "columns") != "implementability" {
            reader.fail(columns, "columns", "expected \"implementability\"")
        }
        guard let cellsValue = reader.required(members, "cells", "", line: value.line),
              let rows = reader.object(cellsValue, "cells") else { return nil }
        guard let documentation, let implementability, let knowledge else { return nil }
        var cells: [String: [String: String]] = [:]
        var present: Set<String> = []
        for row in rows {
            guard documentation[row.key] != nil else {
                reader.fail(row.value, "cells.\(row.key)", "unknown documentation level; expected one of: \(documentation.ids.joined(separator: ", "))", line: row.line)
                continue
            }
            guard let columns = reader.object(row.value, "cells.\(row.key)") else { continue }
            for column in columns {
                let path = "cells.\(row.key).\(column.key)"
                present.insert("\(row.key).\(column.key)")
                guard implementability[column.key] != nil else {
                    reader.fail(column.value, path, "unknown implementability level; expected one of: \(implementability.ids.joined(separator: ", "))", line: column.line)
                    continue
                }
                guard let level = reader.string(column.value, path) else { continue }
                guard knowledge[level] != nil else {
                    reader.fail(column.value, path, "unknown knowledge level \"\(level)\"; expected one of: \(knowledge.ids.joined(separator: ", "))")
                    continue
                }
                cells[row.key, default: [:]][column.key] = level
            }
        }
        for row in documentation.ids {
            for column in implementability.ids where !present.contains("\(row).\(column)") {
                reader.fail(cellsValue, "cells.\(row).\(column)", "missing matrix cell; every documentation × implementability pair needs a knowledge level")
            }
        }
        return cells.isEmpty ? nil : ClassificationMatrix(cells: cells)
    }

    private func crossCheck(_ dimensions: [String: CodebookDimension], directory: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var owner: [String: String] = [:]
        for file in ["activities.json", "themes.json", "effects.json"] {
            guard let dimension = dimensions[file] else { continue }
            let ids = file == "effects.json" ? dimension.ids : dimension.entries.flatMap { $0.children.map(\.id) }
            for id in ids {
                if let other = owner[id] {
                    diagnostics.append(.error(directory + "/" + file, field: id,
                        "id \"\(id)\" is also defined in \(other); statement links need ids unique across activities, categories and effects"))
                } else {
                    owner[id] = file
                }
            }
        }
        // A result stem names one category or effect, and no phrase that is already a synonym of
        // an activity, category or effect (which one would win would be left to chance).
        // Activity types and categories sit under their groups and themes; effects at the top.
        func phraseEntries(_ file: String) -> [CodebookEntry] {
            guard let dimension = dimensions[file] else { return [] }
            return file == "effects.json" ? dimension.entries : dimension.entries.flatMap(\.children)
        }
        var synonymOwner: [String: String] = [:]
        var stemOwner: [String: String] = [:]
        for file in ["activities.json", "themes.json", "effects.json"] {
            for entry in phraseEntries(file) {
                for synonym in entry.synonyms where synonymOwner[synonym] == nil { synonymOwner[synonym] = entry.id }
            }
        }
        for file in ["themes.json", "effects.json"] {
            for entry in phraseEntries(file) {
                for stem in entry.stems {
                    if let other = stemOwner[stem] {
                        diagnostics.append(.error(directory + "/" + file, field: "\(entry.id).stems",
                            "stem \"\(stem)\" is also a stem of \"\(other)\"; a stem names one category or effect"))
                    } else if let other = synonymOwner[stem] {
                        diagnostics.append(.error(directory + "/" + file, field: "\(entry.id).stems",
                            "stem \"\(stem)\" is already a synonym of \"\(other)\""))
                    }
                    stemOwner[stem] = stemOwner[stem] ?? entry.id
                }
            }
        }
        let activityIds = Set(phraseEntries("activities.json").map(\.id))
        for file in ["themes.json", "effects.json"] where dimensions["activities.json"] != nil {
            for entry in phraseEntries(file) {
                for id in entry.notFrom where !activityIds.contains(id) {
                    diagnostics.append(.error(directory + "/" + file, field: "\(entry.id).notFrom", "unknown activity type \"\(id)\""))
                }
            }
        }
        if let knowledge = dimensions["knowledge-levels.json"] {
            let ranks = knowledge.entries.compactMap(\.rank)
            if Set(ranks).count != ranks.count {
                diagnostics.append(.error(directory + "/knowledge-levels.json", field: "rank", "knowledge levels need distinct ranks"))
            }
        }
        if let size = dimensions["descriptives.json"]?["size"] {
            for child in size.children where child.min == nil && child.max == nil {
                diagnostics.append(.error(directory + "/descriptives.json", field: "size.\(child.id)", "a size class needs min or max participants"))
            }
        }
        return diagnostics
    }

    static func isValidId(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
