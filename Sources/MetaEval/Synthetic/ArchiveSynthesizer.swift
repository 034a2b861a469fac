/// Writes synthetic projects for benchmarks and recall checks: Danish-like prose of its own
/// making, with experience statements, negated distractors, periods and participant counts
/// planted at known rates from the codebook's own lexicon. Each project depends only on the
/// seed and its index, so an archive is repeatable and can be generated in any order.
public struct ArchiveSynthesizer: Sendable {
    /// One generated project: its record, its document, and what was planted in it.
    public struct Project: Sendable {
        public var record: ProjectRecord
        public var document: String
        public var planted: [PlantedLink]
        public var period: Period
        public var participants: Int
    }

    /// A statement link planted in a document, with its line.
    public struct PlantedLink: Sendable, Equatable {
        public var line: Int
        public var link: StatementLink
    }

    public let seed: UInt64
    public let bytesPerDocument: Int
    public let statementsPerDocument: Int
    let activities: [CodebookEntry]
    let targets: [CodebookEntry]
    let causal: [String]
    let guardMatcher: PhraseMatcher

    static let nouns = ["kommunen", "projektet", "deltagerne", "medarbejderne", "møderne", "perioden", "året", "forløbet",
                        "samtalerne", "holdene", "arbejdet", "ugerne", "borgerne", "lokalerne", "planerne", "kontoret",
                        "sagsbehandlerne", "rapporten", "bygningen", "kalenderen", "telefonen", "skemaerne"]
    static let verbs = ["blev holdt i", "lå tæt på", "fandt sted i", "var placeret ved", "blev noteret i", "hørte under",
                        "blev drøftet med", "blev registreret af", "var knyttet til", "blev afsluttet af"]
    static let adverbs = ["i foråret", "om morgenen", "hver uge", "i løbet af efteråret", "efter aftale", "som regel", "ofte", "sjældent"]

    public init(codebook: Codebook, seed: UInt64, bytesPerDocument: Int, statementsPerDocument: Int = 6) {
        self.seed = seed
        self.bytesPerDocument = bytesPerDocument
        self.statementsPerDocument = statementsPerDocument
        activities = codebook.activityTypes.filter { !$0.synonyms.isEmpty }
        targets = (codebook.categories + codebook.effects.entries).filter { !$0.synonyms.isEmpty }
        causal = codebook.cues["causal"]?.synonyms.filter { $0.hasPrefix("før") || $0.hasPrefix("bidr") || $0.hasPrefix("medfør") } ?? ["førte til"]
        let pools: [[CodebookEntry]] = [codebook.activityTypes, codebook.categories, codebook.effects.entries, codebook.cues.entries]
        let everything = pools.flatMap { $0.flatMap(\.synonyms) }
        guardMatcher = PhraseMatcher(phrases: everything)
    }

    public func project(_ index: Int) -> Project {
        var random = SplitMix64(seed: seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        let id = "s" + String(repeating: "0", count: max(0, 6 - String(index).count)) + String(index)
        let start = Int.random(in: 2005...2012, using: &random)
        let end = Int.random(in: start...min(start + 3, 2013), using: &random)
        let participants = Int.random(in: 4...600, using: &random)
        var lines: [String] = ["Evaluering af projekt \(id)", "", "Projektet løb fra \(start) til \(end).",
                               "I alt \(participants) deltagere indgik i projektet.", ""]
        var planted: [PlantedLink] = []
        var bytes = lines.reduce(0) { $0 + $1.utf8.count + 1 }
        let statementLines = Set((0..<statementsPerDocument).map { _ in Int.random(in: 0..<max(1, bytesPerDocument / 400), using: &random) })
        var paragraph = 0
        while bytes < bytesPerDocument || paragraph <= (statementLines.max() ?? 0) {
            var sentence: String
            if statementLines.contains(paragraph) {
                let activity = activities.randomElement(using: &random)!
                let target = targets.randomElement(using: &random)!
                let cue = causal.randomElement(using: &random)!
                let activityWord = activity.synonyms.randomElement(using: &random)!
                let targetWord = target.synonyms.randomElement(using: &random)!
                if Int.random(in: 0..<5, using: &random) == 0 {
                    sentence = "Erfaringen er ikke, at \(activityWord) \(cue) \(targetWord)."
                } else {
                    sentence = "Erfaringen er, at \(activityWord) \(cue) \(targetWord) hos deltagerne."
                    planted.append(PlantedLink(line: lines.count + 1, link: StatementLink(from: activity.id, to: target.id)))
                }
            } else {
                sentence = filler(using: &random)
            }
            lines.append(sentence)
            bytes += sentence.utf8.count + 1
            paragraph += 1
        }
        var record = ProjectRecord(id: id, title: "Evaluering af projekt \(id)", source: .init(citation: "metaeval synth, seed \(seed), nr. \(index)"))
        record.documents = ["documents/\(id).txt"]
        return Project(record: record, document: lines.joined(separator: "\n") + "\n", planted: planted,
                       period: Period(start: start, end: end), participants: participants)
    }

    /// A neutral sentence, checked to hold no lexicon phrase, so only planted statements count.
    func filler(using random: inout SplitMix64) -> String {
        while true {
            let subject = Self.nouns.randomElement(using: &random)!
            let object = Self.nouns.randomElement(using: &random)!
            let verb = Self.verbs.randomElement(using: &random)!
            let adverb = Self.adverbs.randomElement(using: &random)!
            let sentence = subject.prefix(1).uppercased() + subject.dropFirst() + " " + verb + " " + object + " " + adverb + "."
            if guardMatcher.matches(in: sentence).isEmpty { return sentence }
        }
    }

    /// Every phrase of the lexicon, one per line, for `grep -F -f` as the benchmark's floor.
    public static func lexicon(_ codebook: Codebook) -> String {
        let entries: [[CodebookEntry]] = [codebook.activityTypes, codebook.categories, codebook.effects.entries,
                                          codebook.cues.entries, codebook.documentation.entries, codebook.workingQuestions.entries]
        let phrases = entries.flatMap { $0.flatMap(\.synonyms) }
        return Array(Set(phrases)).sorted().joined(separator: "\n") + "\n"
    }
}
