/// Inflected forms of a codebook phrase, so that the lexicon finds the phrase as Danish writers
/// bend it. Three rules, each on a phrase of two words or more:
///
/// - the adjective or participle that opens the phrase in its definite and plural form, so that
///   "tæt opfølgning" also finds "den tætte opfølgning" and "fast kontaktperson" finds "den
///   faste kontaktperson": -e added ("tidlig" → "tidlige", "fysisk" → "fysiske"), "-el" →
///   "-elle", "-et" → "-ede" ("styrket" → "styrkede"), and a short word's final t doubled ("tæt"
///   → "tætte");
/// - the noun that opens a phrase before a preposition in its definite and plural forms, so
///   that "mod til" finds "modet til", "opfølgning efter ansættelse" finds "opfølgningen efter
///   ansættelse" and "kendskab til" finds "kendskabet til" (-en, -et, -er, -erne, -ene; after a
///   final e only -n, -t, -r, -rne, -ne; a final consonant after one vowel also doubled:
///   "praktik" → "praktikken");
/// - a result stated as participle or comparative plus noun, said the other way round with the
///   noun first and a copula ("gennemført praktik" → "praktikken blev gennemført", "kortere
///   sygefravær" → "sygefraværet blev kortere", "forbedret helbred" → "helbredet er forbedret"),
///   and so is an adjective in its plural form with a derivational ending, -iske, -ige, -lige,
///   or a plural participle, -ede ("realistiske planer" → "planerne blev realistiske",
///   "målrettede planer" → "planerne er målrettede").
///
/// Forms that are not Danish words are generated too (the rules do not know a noun's gender);
/// they cost a few states in the phrase automaton and never match.
enum DanishInflection {
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "æ", "ø", "å"]
    /// Prepositions after which the first word of a phrase is taken for a noun.
    static let prepositions: Set<String> = ["til", "om", "for", "på", "i", "med", "af", "efter", "ved", "fra", "hos", "mod",
                                            "over", "blandt", "mellem", "gennem", "uden", "under"]
    /// The copulas of a result said noun first ("praktikken *blev* gennemført").
    static let copulas = ["blev", "er blevet", "var blevet", "er", "var", "bliver"]

    static func variants(_ phrase: String) -> [String] {
        let words = phrase.split(separator: " ").map(String.init)
        guard words.count >= 2, let first = words.first, first.count >= 3,
              first.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return [] }
        let rest = words.dropFirst().joined(separator: " ")
        var forms = adjectiveForms(first).map { $0 + " " + rest }
        if prepositions.contains(words[1]) {
            forms += nounForms(first).map { $0 + " " + rest }
        } else if words.count == 2 {
            if isParticipleOrComparative(first) || isPluralAdjective(first), words[1].count >= 4,
               words[1].unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) {
                forms += nounForms(words[1]).flatMap { noun in copulas.map { noun + " " + $0 + " " + first } }
            }
        }
        return forms
    }

    /// Definite and plural forms of an adjective or participle ("tæt" → "tætte").
    static func adjectiveForms(_ word: String) -> [String] {
        guard !word.hasSuffix("e") else { return [] }
        if word.hasSuffix("et") && word.count > 5 { return [String(word.dropLast(2)) + "ede"] }
        if word.hasSuffix("el") { return [word + "le"] }
        if word.count <= 4, word.hasSuffix("t"), let before = word.dropLast().last, vowels.contains(before) { return [word + "te"] }
        if let last = word.last, !vowels.contains(last) { return [word + "e"] }
        return []
    }

    /// Definite singular, plural and definite plural forms of a noun ("praktik" → "praktikken",
    /// "praktikker", "praktikkerne" …), the word itself excluded.
    static func nounForms(_ word: String) -> [String] {
        if word.hasSuffix("e") { return ["n", "t", "r", "rne", "ne"].map { word + $0 } }
        if word.hasSuffix("er") { return [word + "ne", word + "en"] }
        var stems = [word]
        let letters = Array(word)
        if letters.count >= 3, let last = letters.last, !vowels.contains(last), vowels.contains(letters[letters.count - 2]),
           !vowels.contains(letters[letters.count - 3]) {
            stems.append(word + String(last))
        }
        return stems.flatMap { stem in ["en", "et", "er", "erne", "ene"].map { stem + $0 } }
    }

    /// A plural adjective with a derivational ending ("realistiske", "væsentlige") or a plural
    /// participle ("målrettede") that can stand after a copula ("planerne blev realistiske").
    static func isPluralAdjective(_ word: String) -> Bool {
        guard word.count >= 6 else { return false }
        return word.hasSuffix("iske") || word.hasSuffix("ige") || word.hasSuffix("ede")
    }

    /// A past participle ("gennemført", "afkortet", "øget") or comparative ("kortere", "bedre",
    /// "færre", "mindre") that can stand after a copula.
    static func isParticipleOrComparative(_ word: String) -> Bool {
        guard word.count >= 4 else { return false }
        return word.hasSuffix("et") || word.hasSuffix("t") && !word.hasSuffix("st") || word.hasSuffix("re")
    }
}
