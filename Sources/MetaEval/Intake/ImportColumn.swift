import Foundation

/// The columns `metaeval import` understands, each with the Danish and English header names a
/// spreadsheet may use. Header names are matched without regard to case, accents, spaces and
/// punctuation, and with "aa", "ae", "oe" read as "å", "æ", "ø" (README: "Importing a spreadsheet").
public enum ImportColumn: String, Sendable, CaseIterable {
    case id, title, kind, purpose, method, targetGroup, period, start, end, participants, contact, organisation, source

    /// Header names in the order the README lists them; the first is the Danish name.
    public var names: [String] {
        switch self {
        case .id: return ["id"]
        case .title: return ["titel", "title", "projekttitel", "projektnavn", "projekt", "project", "project title", "navn", "name"]
        case .kind: return ["type", "kind", "art"]
        case .purpose: return ["formål", "purpose", "aim", "mål"]
        case .method: return ["metode", "method", "metoder", "methods", "indsats", "intervention"]
        case .targetGroup: return ["målgruppe", "target group", "target"]
        case .period: return ["periode", "period", "projektperiode", "project period"]
        case .start: return ["start", "startår", "start year", "fra", "from", "projektstart"]
        case .end: return ["slut", "slutår", "end", "end year", "til", "to", "projektslut"]
        case .participants: return ["deltagere", "participants", "antal deltagere", "deltagerantal", "number of participants"]
        case .contact: return ["kontaktperson", "contact", "kontakt", "contact person"]
        case .organisation: return ["kommune", "organisation", "organization", "municipality", "aktør", "projektejer", "owner"]
        case .source: return ["kilde", "source", "reference", "henvisning", "link", "url"]
        }
    }

    private static let byKey: [String: ImportColumn] = {
        var table: [String: ImportColumn] = [:]
        for column in allCases {
            for name in column.names { table[fold(name)] = column }
        }
        return table
    }()

    /// The column a header cell names, or nil for an unknown column.
    public static func named(_ header: String) -> ImportColumn? { byKey[fold(header)] }

    /// Lower case, accents dropped, æ ø å and their two-letter spellings made equal, spaces and
    /// punctuation removed: "Mål-gruppe", "maalgruppe" and "MALGRUPPE" all give "malgruppe".
    public static func fold(_ text: String) -> String {
        let lowered = text.lowercased().replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "oe")
            .folding(options: [.diacriticInsensitive], locale: nil)
        let letters = String(lowered.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
        return letters.replacingOccurrences(of: "aa", with: "a").replacingOccurrences(of: "ae", with: "a").replacingOccurrences(of: "oe", with: "o")
    }
}
