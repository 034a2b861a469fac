import Foundation

/// The tallies several reports read — the funnel, the descriptives, tables 1 and 2, each
/// theme's change theory, the activities' reach and the computed figures — each computed once
/// per run by whichever report asks first and then shared, instead of once per report (at
/// 10,000 projects the repeats cost more than the reports themselves). The values are the
/// same whichever report asks first: a tally depends only on the pipeline result.
public final class SharedTallies: @unchecked Sendable {
    public let result: PipelineResult
    private let lock = NSLock()
    private var values: [String: Any] = [:]

    public init(result: PipelineResult) { self.result = result }

    public var funnel: FunnelTally { memo("funnel") { FunnelTally(result: result) } }
    public var descriptives: DescriptivesTally { memo("descriptives") { DescriptivesTally(result: result) } }
    public var activityResults: ActivityLevelTally { memo("activity-results") { ActivityLevelTally.results(result) } }
    public var activityEmployment: ActivityLevelTally { memo("activity-employment") { ActivityLevelTally.employment(result) } }
    public var reach: ActivityReachTally { memo("reach") { ActivityReachTally(result: result) } }
    public var computedFigures: ComputedFigures { memo("computed-figures") { ComputedFigures(self) } }

    public func changeTheory(_ theme: CodebookEntry) -> ChangeTheoryTally {
        memo("change-theory " + theme.id) { ChangeTheoryTally(theme: theme, result: result) }
    }

    /// The value under `key`, made outside the lock so that one tally may ask for another;
    /// should two reports make the same one at once, the first stored is kept (they are equal).
    private func memo<Value>(_ key: String, _ make: () -> Value) -> Value {
        lock.lock()
        if let value = values[key] as? Value {
            lock.unlock()
            return value
        }
        lock.unlock()
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        if let value = values[key] as? Value { return value }
        values[key] = made
        return made
    }
}
