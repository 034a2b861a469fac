/// Step 1 (section 4.1, box 4): decides each inclusion criterion for a project and the
/// project's inclusion. A project is excluded when any criterion is not met, with the first
/// failing criterion (in codebook order) as its reason; it is "not coded" when no criterion
/// fails but some are undecided.
///
/// The criteria and the period rule follow the edition (`Edition.InclusionSettings`). A person's
/// decision on the period wins; otherwise a coded period decides it (by default: the project
/// ended within the edition's years); otherwise a machine code.
public struct InclusionScreener: Sendable {
    /// How one criterion was decided.
    public struct Outcome: Sendable, Equatable {
        public var criterion: String
        public var met: Bool?
        public var decidedBy: String?
    }

    /// The inclusion decision for one project.
    public enum Status: Sendable, Equatable {
        case included
        case excluded(reason: String)
        case notCoded(criteria: [String])
    }

    /// Every criterion's outcome and the resulting status.
    public struct Decision: Sendable, Equatable {
        public var outcomes: [Outcome]
        public var status: Status
        public var failing: [String] { outcomes.filter { $0.met == false }.map(\.criterion) }
    }

    public let criteria: [String]
    public let editionPeriod: Period
    public let periodRule: Edition.InclusionSettings.PeriodRule

    public init(codebook: Codebook, edition: Edition) {
        self.criteria = edition.inclusion.criteria ?? codebook.criteria.ids
        self.editionPeriod = edition.period
        self.periodRule = edition.inclusion.periodRule
    }

    public func screen(_ record: ProjectRecord) -> Decision {
        let inclusion = record.inclusion
        let outcomes = criteria.map { criterion -> Outcome in
            let coded = inclusion[criterion] ?? .notCoded
            if let human = coded.human { return Outcome(criterion: criterion, met: human.value, decidedBy: human.coder) }
            if criterion == "period", let period = record.period.value {
                let met = periodRule == .ended ? editionPeriod.start...editionPeriod.end ~= period.end : period.overlaps(editionPeriod)
                return Outcome(criterion: criterion, met: met, decidedBy: "period " + String(period.start) + "–" + String(period.end))
            }
            if let machine = coded.machine { return Outcome(criterion: criterion, met: machine.value, decidedBy: machine.coder) }
            return Outcome(criterion: criterion, met: nil, decidedBy: nil)
        }
        if let failing = outcomes.first(where: { $0.met == false }) {
            return Decision(outcomes: outcomes, status: .excluded(reason: failing.criterion))
        }
        let undecided = outcomes.filter { $0.met == nil }.map(\.criterion)
        return Decision(outcomes: outcomes, status: undecided.isEmpty ? .included : .notCoded(criteria: undecided))
    }
}
