/// Figures 5–8 and the time profile of section 5.1, over the retained projects: disability
/// type, age group, size class (from participants), methods used, appendix group, end year,
/// and participant totals. Projects without a code are counted as "not coded".
public struct DescriptivesTally: Sendable {
    /// Counts for one categorical dimension.
    public struct Distribution: Sendable, Equatable {
        public var counts: [String: Int] = [:]
        public var notCoded = 0
    }

    public var projects: Int
    public var disabilityType: Distribution
    public var ageGroup: Distribution
    public var size: Distribution
    public var appendixGroup: Distribution
    /// Projects mentioning each method; a project can use several.
    public var methods: Distribution
    public var endYear: Distribution
    public var participantsTotal: Int
    public var participantsMin: Int?
    public var participantsMax: Int?
    public var participantsUnknown: Int

    public init(result: PipelineResult) {
        let retained = Array(result.retained.map(\.record))
        projects = retained.count
        func distribution(_ value: (ProjectRecord) -> String?) -> Distribution {
            var distribution = Distribution()
            for record in retained {
                if let id = value(record) { distribution.counts[id, default: 0] += 1 } else { distribution.notCoded += 1 }
            }
            return distribution
        }
        disabilityType = distribution { $0.disabilityType.value }
        ageGroup = distribution { $0.ageGroup.value }
        appendixGroup = distribution { $0.appendixGroup }
        endYear = distribution { $0.period.value.map { String($0.end) } }
        let classes = result.codebook.descriptiveGroup("size")?.children ?? []
        size = distribution { record in
            guard let participants = record.participants.value else { return nil }
            return classes.first { (participants >= ($0.min ?? Int.min)) && (participants <= ($0.max ?? Int.max)) }?.id
        }
        var methods = Distribution()
        for record in retained {
            guard let used = record.methodsUsed.value else { methods.notCoded += 1; continue }
            for method in Set(used) { methods.counts[method, default: 0] += 1 }
        }
        self.methods = methods
        let participants = retained.compactMap { $0.participants.value }
        participantsTotal = participants.reduce(0, +)
        participantsMin = participants.min()
        participantsMax = participants.max()
        participantsUnknown = retained.count - participants.count
    }

    /// Projects ending in or after `year`, out of those whose end year is coded.
    public func endingInOrAfter(_ year: Int) -> (count: Int, of: Int) {
        let coded = endYear.counts.reduce(0) { $0 + $1.value }
        let later = endYear.counts.filter { (Int($0.key) ?? 0) >= year }.reduce(0) { $0 + $1.value }
        return (later, coded)
    }
}
