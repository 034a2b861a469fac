import Testing
@testable import MetaEval

@Suite struct OutputFormatTests {
    @Test(arguments: ["=SUM(A1)", "+1+2", "-cmd", "@x", "\tx", "\rx", "\nx"])
    func neutralisesFormulaCells(cell: String) {
        let field = CSVWriter().field(cell)
        #expect(field.hasPrefix("'") || field.hasPrefix("\"'"))
    }

    @Test func keepsNegativeNumbers() {
        #expect(CSVWriter().field("-3") == "-3")
        #expect(CSVWriter().field("-0.5") == "-0.5")
    }

    @Test func quotesPerRFC4180() {
        let table = Table(columns: ["a", "b"], rows: [["x,y", "say \"hi\""], ["line\nbreak", "plain"]])
        #expect(CSVWriter().render(table) == "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",plain\r\n")
        #expect(CSVWriter().field("\"q\" and, at length, \"r\"") == "\"\"\"q\"\" and, at length, \"\"r\"\"\"")
    }

    @Test func danishExcelDialect() {
        let table = Table(columns: ["a", "b"], rows: [["47.5", "x;y"]])
        #expect(CSVWriter(dialect: .excelDanish).render(table) == "\u{FEFF}a;b\r\n47,5;\"x;y\"\r\n")
    }

    @Test func markdownEscapesPipesAndLineBreaks() {
        #expect(MarkdownTableWriter.escape("a|b\nc\r\nd") == "a\\|b<br>c<br>d")
        let table = Table(columns: ["x", "n"], rows: [["a|b", "1"]])
        #expect(MarkdownTableWriter.render(table, numericColumnsFrom: 1) == "| x | n |\n|---|---:|\n| a\\|b | 1 |\n")
    }

    @Test func percentRoundsHalfUpWithoutLocale() {
        #expect(Format.percent(45, of: 109) == "41.3")
        #expect(Format.percent(1, of: 8) == "12.5")
        #expect(Format.percent(1, of: 3, .da) == "33,3")
        #expect(Format.percent(1, of: 0) == "")
    }
}
