/// Definite and plural forms of the adjective or participle that opens a codebook phrase, so
/// that "tæt opfølgning" also finds "den tætte opfølgning" and "fast kontaktperson" finds "den
/// faste kontaktperson": -e added ("tidlig" → "tidlige", "fysisk" → "fysiske"), "-el" → "-elle",
/// "-et" → "-ede" ("styrket" → "styrkede"), and a short word's final t doubled ("tæt" → "tætte").
enum DanishInflection {
    static func variants(_ phrase: String) -> [String] {
        let words = phrase.split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2, let first = words.first, first.count >= 3, !first.hasSuffix("e"),
              first.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return [] }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "æ", "ø", "å"]
        var forms: [String] = []
        if first.hasSuffix("et") && first.count > 5 {
            forms.append(String(first.dropLast(2)) + "ede")
        } else if first.hasSuffix("el") {
            forms.append(first + "le")
        } else if first.count <= 4, first.hasSuffix("t"), let before = first.dropLast().last, vowels.contains(before) {
            forms.append(first + "te")
        } else if let last = first.last, !vowels.contains(last) {
            forms.append(first + "e")
        }
        return forms.map { $0 + " " + words[1] }
    }
}
