/// Renders a `Table` as a GitHub-flavoured Markdown table. Cells escape `|`, backslashes
/// and line breaks so a project title can never break the table's layout.
public enum MarkdownTableWriter {
    public static func render(_ table: Table, numericColumnsFrom firstNumeric: Int? = nil) -> String {
        var out = "| " + table.columns.map(escape).joined(separator: " | ") + " |\n"
        out += "|" + table.columns.indices.map { index in
            if let firstNumeric, index >= firstNumeric { return "---:" }
            return "---"
        }.joined(separator: "|") + "|\n"
        for row in table.rows {
            out += "|"
            for cell in row {
                out += " "
                out += escape(cell)
                out += " |"
            }
            out += "\n"
        }
        return out
    }

    public static func escape(_ cell: String) -> String {
        var cell = cell
        guard cell.withUTF8({ ByteSearch.contains($0, UInt8(ascii: "|"), UInt8(ascii: "\\"), 0x0D, 0x0A) }) else { return cell }
        var out = ""
        var previousWasCR = false
        for scalar in cell.unicodeScalars {
            switch scalar {
            case "|": out += "\\|"
            case "\\": out += "\\\\"
            case "\r": out += "<br>"
            case "\n": if !previousWasCR { out += "<br>" }
            default: out.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }
}
