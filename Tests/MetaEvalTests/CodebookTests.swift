import Foundation
import Testing
@testable import MetaEval

@Suite struct CodebookTests {
    @Test func bundledCodebookLoadsCleanly() throws {
        let (codebook, diagnostics) = CodebookLoader(directory: TestSupport.codebookURL).load()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let loaded = try #require(codebook)
        #expect(loaded.knowledgeLevelsDescending.map(\.id) == ["knowledge", "assumption", "idea"])
        #expect(loaded.activityTypes.count == 20)
        #expect(loaded.categories.count == 15)
        #expect(loaded.criteria.ids.count == 7)
    }

    @Test(arguments: [
        ("scientific", "detailed", "knowledge"), ("scientific", "overall", "assumption"), ("scientific", "loose", "idea"),
        ("systematic", "detailed", "assumption"), ("systematic", "overall", "assumption"), ("systematic", "loose", "idea"),
        ("anecdotal", "detailed", "idea"), ("anecdotal", "overall", "idea"), ("anecdotal", "loose", "idea"),
    ])
    func defaultMatrixFollowsTheContract(documentation: String, implementability: String, level: String) throws {
        let codebook = try TestSupport.codebook()
        #expect(codebook.matrix.knowledgeLevel(documentation: documentation, implementability: implementability) == level)
        var record = ProjectRecord(id: "x", title: "x", source: .init(citation: "x"))
        record.documentation = Coded(human: Code(value: documentation, coder: "KL"))
        record.implementability = Coded(machine: Code(value: implementability, coder: "machine"))
        #expect(QualityCoder(codebook: codebook).knowledgeLevel(of: record) == level)
    }

    /// Copies the codebook, lets `edit` change one file's JSON text, and returns the diagnostics.
    func diagnostics(editing file: String, _ edit: (String) -> String) throws -> [Diagnostic] {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = try TestSupport.copy(TestSupport.codebookURL, into: folder, as: "codebook")
        let url = copy.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let edited = edit(text)
        #expect(edited != text, "the edit changed nothing")
        try TestSupport.write(edited, to: url)
        let (_, diagnostics) = CodebookLoader(directory: copy).load()
        #expect(diagnostics.hasErrors)
        return diagnostics
    }

    @Test func missingMatrixCellIsNamed() throws {
        let diagnostics = try diagnostics(editing: "matrix.json") { text in
            text.replacingOccurrences(of: #",\s*"loose":\s*"idea"(\s*\}\s*\}\s*\}\s*)$"#, with: "$1", options: .regularExpression)
        }
        #expect(diagnostics.contains { $0.file.hasSuffix("matrix.json") && $0.field == "cells.anecdotal.loose" && $0.message.contains("missing matrix cell") })
    }

    @Test func extraMatrixCellIsNamed() throws {
        let diagnostics = try diagnostics(editing: "matrix.json") { text in
            text.replacingOccurrences(of: #""detailed": "knowledge""#, with: #""detailed": "knowledge", "superb": "knowledge""#)
        }
        #expect(diagnostics.contains { $0.field == "cells.scientific.superb" && $0.message.contains("unknown implementability level") })
    }

    @Test func unknownKnowledgeLevelInMatrixIsNamed() throws {
        let diagnostics = try diagnostics(editing: "matrix.json") { text in
            text.replacingOccurrences(of: #""detailed": "knowledge""#, with: #""detailed": "wisdom""#)
        }
        #expect(diagnostics.contains { $0.field == "cells.scientific.detailed" && $0.message.contains("unknown knowledge level \"wisdom\"") && $0.line != nil })
    }

    @Test func duplicateIdIsNamed() throws {
        let diagnostics = try diagnostics(editing: "activities.json") { text in
            text.replacingOccurrences(of: #""id": "coaching""#, with: #""id": "mentoring""#)
        }
        #expect(diagnostics.contains { $0.file.hasSuffix("activities.json") && $0.message.contains("duplicate id \"mentoring\"") && $0.line != nil })
    }

    @Test func idSharedBetweenActivityAndCategoryIsAnError() throws {
        let diagnostics = try diagnostics(editing: "themes.json") { text in
            text.replacingOccurrences(of: #""id": "work-capacity""#, with: #""id": "coaching""#)
        }
        #expect(diagnostics.contains { $0.file.hasSuffix("themes.json") && $0.message.contains("also defined in activities.json") })
    }

    @Test func resultStemsAreValidated() throws {
        let shared = try diagnostics(editing: "themes.json") { text in
            text.replacingOccurrences(of: #""timer om ugen""#, with: #""timer om ugen", "kendskab til""#)
        }
        #expect(shared.contains { $0.message.contains("stem \"kendskab til\" is also a stem of") })
        let synonym = try diagnostics(editing: "themes.json") { text in
            text.replacingOccurrences(of: #""timer om ugen""#, with: #""timer om ugen", "selvværd""#)
        }
        #expect(synonym.contains { $0.message.contains("stem \"selvværd\" is already a synonym of \"personal-competences\"") })
        let capital = try diagnostics(editing: "themes.json") { text in
            text.replacingOccurrences(of: #""timer om ugen""#, with: #""Timer om ugen""#)
        }
        #expect(capital.contains { $0.message.contains("must be lower-case") })
        let onActivity = try diagnostics(editing: "activities.json") { text in
            text.replacingOccurrences(of: #""id": "coaching","#, with: #""id": "coaching", "stems": ["coachen"],"#)
        }
        #expect(onActivity.contains { $0.message.contains("stems are read only for result categories and effects") })
    }

    @Test func notFromNamesKnownActivities() throws {
        let diagnostics = try diagnostics(editing: "themes.json") { text in
            text.replacingOccurrences(of: #""workplace-oriented""#, with: #""workplace-orientated""#)
        }
        #expect(diagnostics.contains { ($0.field ?? "").hasSuffix("completed-internship.notFrom") && $0.message.contains("unknown activity type \"workplace-orientated\"") })
    }

    @Test func themeWithoutCategoriesIsAnError() throws {
        let diagnostics = try diagnostics(editing: "themes.json") { text in
            text.replacingOccurrences(of: #""categories""#, with: #""categorys""#)
        }
        #expect(diagnostics.contains { $0.message.contains("required field is missing") && ($0.field ?? "").hasSuffix(".categories") })
        #expect(diagnostics.contains { $0.message.contains("unknown field") && ($0.field ?? "").hasSuffix(".categorys") })
    }

    @Test func invalidJSONAndMissingLabelAreBothReported() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = try TestSupport.copy(TestSupport.codebookURL, into: folder, as: "codebook")
        try TestSupport.write("{ \"dimension\": ", to: copy.appendingPathComponent("effects.json"))
        let criteria = copy.appendingPathComponent("criteria.json")
        let text = try String(contentsOf: criteria, encoding: .utf8)
        try TestSupport.write(text.replacingOccurrences(of: #""label""#, with: #""labels""#), to: criteria)
        let (_, diagnostics) = CodebookLoader(directory: copy).load()
        #expect(diagnostics.contains { $0.file.hasSuffix("effects.json") && $0.message.contains("invalid JSON") })
        #expect(diagnostics.contains { $0.file.hasSuffix("criteria.json") && ($0.field ?? "").hasSuffix(".label") })
    }
}
