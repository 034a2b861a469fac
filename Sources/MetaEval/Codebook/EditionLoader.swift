import Foundation

/// Reads `codebook/editions/<id>.json` and the published figures it names, checking ids
/// against the codebook.
public struct EditionLoader {
    public let directory: URL
    public let codebook: Codebook

    public init(codebookDirectory: URL, codebook: Codebook) {
        self.directory = codebookDirectory.appendingPathComponent("editions")
        self.codebook = codebook
    }

    /// The ids of every edition in the codebook, sorted.
    public func editionIds() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".published.json") }
            .map { String($0.dropLast(5)) }.sorted()
    }

    public func load(_ id: String) -> (Edition?, [Diagnostic]) {
        let path = directory.relativePath + "/\(id).json"
        guard CodebookLoader.isValidId(id), let data = FileManager.default.contents(atPath: directory.appendingPathComponent("\(id).json").path) else {
            let known = editionIds().joined(separator: ", ")
            return (nil, [.error(path, "no such edition \"\(id)\"; known editions: \(known.isEmpty ? "none" : known)")])
        }
        let value: JSONValue
        do { value = try JSONParser.parse([UInt8](data)) } catch {
            return (nil, [.error(path, line: error.line, "invalid JSON at column \(error.column): \(error.message)")])
        }
        var reader = JSONReader(file: path)
        guard let members = reader.object(value, "") else { return (nil, reader.diagnostics) }
        reader.rejectUnknownKeys(members, known: ["id", "label", "period", "citation", "published", "timeShareFromYear", "inclusion", "note"], "")
        let label = members["label"].flatMap { readLabel($0, "label", &reader) }
        var period: Period?
        if let periodValue = reader.required(members, "period", "", line: value.line), let fields = reader.object(periodValue, "period") {
            let start = reader.required(fields, "start", "period", line: periodValue.line).flatMap { reader.integer($0, "period.start", in: 1950...2100) }
            let end = reader.required(fields, "end", "period", line: periodValue.line).flatMap { reader.integer($0, "period.end", in: 1950...2100) }
            if let start, let end {
                if end < start { reader.fail(periodValue, "period", "the period ends before it starts") } else { period = Period(start: start, end: end) }
            }
        }
        let citation = members["citation"].flatMap { reader.string($0, "citation") } ?? ""
        let shareFrom = members["timeShareFromYear"].flatMap { reader.integer($0, "timeShareFromYear", in: 1950...2100) }
        var published: PublishedFigures?
        if let file = members["published"].flatMap({ reader.string($0, "published") }) {
            published = loadPublished(file, reader: &reader)
        }
        let inclusion = members["inclusion"].flatMap { readInclusion($0, &reader) }
        guard let period, !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
        var edition = Edition(id: id, label: label ?? Label(da: id, en: id), period: period, citation: citation, published: published,
                              timeShareFromYear: shareFrom ?? Edition.defaultTimeShareFromYear)
        edition.inclusion = inclusion ?? .init()
        return (edition, reader.diagnostics)
    }

    /// `{"criteria": [ids], "periodRule": "ended" | "overlapping"}`, both optional.
    private func readInclusion(_ value: JSONValue, _ reader: inout JSONReader) -> Edition.InclusionSettings? {
        guard let fields = reader.object(value, "inclusion") else { return nil }
        reader.rejectUnknownKeys(fields, known: ["criteria", "periodRule"], "inclusion")
        var settings = Edition.InclusionSettings()
        if let list = fields["criteria"], let ids = reader.strings(list, "inclusion.criteria") {
            for id in ids where codebook.criteria[id] == nil {
                reader.fail(list, "inclusion.criteria", "unknown criterion \"\(id)\"; expected one of: \(codebook.criteria.ids.joined(separator: ", "))")
            }
            settings.criteria = codebook.criteria.ids.filter(ids.contains)
        }
        if let rule = fields["periodRule"], let text = reader.string(rule, "inclusion.periodRule") {
            if let parsed = Edition.InclusionSettings.PeriodRule(rawValue: text) { settings.periodRule = parsed } else {
                reader.fail(rule, "inclusion.periodRule", "expected \"ended\" or \"overlapping\", found \"\(text)\"")
            }
        }
        return settings
    }

    private func readLabel(_ value: JSONValue, _ path: String, _ reader: inout JSONReader) -> Label? {
        guard let members = reader.object(value, path) else { return nil }
        let da = members["da"].flatMap { reader.string($0, "\(path).da") }
        let en = members["en"].flatMap { reader.string($0, "\(path).en") }
        guard let da, let en else { reader.fail(value, path, "expected {\"da\": …, \"en\": …}"); return nil }
        return Label(da: da, en: en)
    }

    private func loadPublished(_ file: String, reader outer: inout JSONReader) -> PublishedFigures? {
        let path = directory.relativePath + "/" + file
        guard DocumentPath.problem(file) == nil, let data = FileManager.default.contents(atPath: directory.appendingPathComponent(file).path) else {
            outer.fail(nil, "published", "published figures file \"\(file)\" is missing")
            return nil
        }
        let value: JSONValue
        do { value = try JSONParser.parse([UInt8](data)) } catch {
            outer.absorb([.error(path, line: error.line, "invalid JSON at column \(error.column): \(error.message)")])
            return nil
        }
        var reader = JSONReader(file: path)
        defer { outer.absorb(reader.diagnostics) }
        guard let members = reader.object(value, "") else { return nil }
        var figures: [PublishedFigures.Figure] = []
        var seen: Set<String> = []
        if let list = members["figures"].flatMap({ reader.array($0, "figures") }) {
            for (index, element) in list.enumerated() {
                let itemPath = "figures[\(index)]"
                guard let fields = reader.object(element, itemPath) else { continue }
                guard let id = reader.required(fields, "id", itemPath, line: element.line).flatMap({ reader.string($0, "\(itemPath).id") }),
                      let number = reader.required(fields, "value", itemPath, line: element.line),
                      case .number(let amount, _, _) = number,
                      let citation = reader.required(fields, "citation", itemPath, line: element.line).flatMap({ reader.string($0, "\(itemPath).citation", allowEmpty: false) })
                else {
                    reader.fail(element, itemPath, "a published figure needs id, a numeric value and a citation")
                    continue
                }
                if !seen.insert(id).inserted { reader.fail(element, "\(itemPath).id", "duplicate figure id \"\(id)\"") }
                let label = fields["label"].flatMap { readLabel($0, "\(itemPath).label", &reader) } ?? Label(da: id, en: id)
                let unit = fields["unit"].flatMap { reader.string($0, "\(itemPath).unit") } ?? "count"
                if unit != "count" && unit != "percent" { reader.fail(fields["unit"], "\(itemPath).unit", "expected \"count\" or \"percent\"") }
                let quote = fields["quote"].flatMap { reader.string($0, "\(itemPath).quote") }
                var approximate = false
                if case .bool(let flag, _)? = fields["approximate"] { approximate = flag }
                let derived = fields["derived"].flatMap { reader.string($0, "\(itemPath).derived") }
                let note = fields["note"].flatMap { reader.string($0, "\(itemPath).note") }
                figures.append(.init(id: id, label: label, value: amount, unit: unit, citation: citation, quote: quote,
                                     approximate: approximate, derived: derived, note: note))
            }
        }
        var tables: [PublishedFigures.LevelTable] = []
        if let list = members["tables"].flatMap({ reader.array($0, "tables") }) {
            for (index, element) in list.enumerated() {
                if let table = readTable(element, "tables[\(index)]", &reader) { tables.append(table) }
            }
        }
        return PublishedFigures(figures: figures, tables: tables)
    }

    private func readTable(_ value: JSONValue, _ path: String, _ reader: inout JSONReader) -> PublishedFigures.LevelTable? {
        guard let fields = reader.object(value, path),
              let id = reader.required(fields, "id", path, line: value.line).flatMap({ reader.string($0, "\(path).id") }),
              let citation = reader.required(fields, "citation", path, line: value.line).flatMap({ reader.string($0, "\(path).citation") }),
              let rowValues = reader.required(fields, "rows", path, line: value.line).flatMap({ reader.array($0, "\(path).rows") })
        else { return nil }
        let levels = codebook.knowledgeLevels.ids
        var rows: [(activity: String, counts: [String: Int])] = []
        for (index, rowValue) in rowValues.enumerated() {
            let rowPath = "\(path).rows[\(index)]"
            guard let rowFields = reader.object(rowValue, rowPath),
                  let activity = reader.required(rowFields, "activity", rowPath, line: rowValue.line).flatMap({ reader.string($0, "\(rowPath).activity") })
            else { continue }
            if codebook.activity(activity) == nil {
                reader.fail(rowValue, "\(rowPath).activity", "unknown activity id \"\(activity)\"")
            }
            var counts: [String: Int] = [:]
            for level in levels {
                counts[level] = rowFields[level].flatMap { reader.integer($0, "\(rowPath).\(level)", in: 0...100_000) } ?? 0
            }
            rows.append((activity, counts))
        }
        var totals: [String: Int]?
        if let totalValue = fields["totals"], !totalValue.isNull, let totalFields = reader.object(totalValue, "\(path).totals") {
            var result: [String: Int] = [:]
            for level in levels {
                result[level] = totalFields[level].flatMap { reader.integer($0, "\(path).totals.\(level)", in: 0...100_000) } ?? 0
            }
            totals = result
        }
        let notes = fields["notes"].flatMap { reader.string($0, "\(path).notes") }
        return .init(id: id, citation: citation, rows: rows, totals: totals, notes: notes)
    }
}
