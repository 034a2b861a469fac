import Foundation

/// A project title reduced to what two channels' spellings of it share: lower case, æ ø å and
/// their spellings "ae", "oe", "aa" made equal, accents and punctuation dropped, hyphens and
/// spaces as word breaks, and the words (without small function words) as a set, so word order
/// does not matter. `compact` keeps the letters alone, so "Job-center" meets "Jobcenter".
public struct TitleKey: Sendable, Equatable {
    public var tokens: [String]
    public var compact: String

    /// Small Danish and English words that say nothing about which project a title names.
    static let stopWords: Set<String> = [
        "i", "og", "for", "med", "af", "til", "pa", "paa", "en", "et", "de", "den", "det", "om", "at", "som", "fra", "ved",
        "the", "of", "and", "in", "with", "a", "an", "to", "on",
    ]

    public init(_ title: String) {
        let folded = Self.fold(title)
        let words = folded.split(separator: " ").map(String.init)
        compact = words.joined()
        let meaningful = words.filter { !Self.stopWords.contains($0) }
        tokens = Array(Set(meaningful.isEmpty ? words : meaningful)).sorted()
    }

    /// The sorted words joined: equal for titles that differ only in case, punctuation,
    /// spelling of æ ø å and word order.
    public var normalised: String { tokens.joined(separator: " ") }

    /// Lower-case letters and digits with æ→ae, ø→oe, å→aa and "aa"/"ae"/"oe" read the same way
    /// both ways; every other character becomes a space.
    public static func fold(_ text: String) -> String {
        let lowered = text.lowercased().replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "oe")
            .replacingOccurrences(of: "å", with: "aa").folding(options: [.diacriticInsensitive], locale: nil)
        var out = ""
        for scalar in lowered.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) { out.unicodeScalars.append(scalar) } else if out.last != " " { out.append(" ") }
        }
        return out.trimmingSpaces
    }

    /// Jaccard similarity of the two word sets, from 0 to 1.
    public func similarity(_ other: TitleKey) -> Double {
        let mine = Set(tokens), theirs = Set(other.tokens)
        let union = mine.union(theirs).count
        return union == 0 ? 0 : Double(mine.intersection(theirs).count) / Double(union)
    }

    public func isSame(_ other: TitleKey) -> Bool { normalised == other.normalised || compact == other.compact }
}
