import Foundation

/// The tallies several reports read — the funnel, the descriptives, tables 1 and 2, each
/// theme's change theory, the activities' reach and the computed figures — each computed once
/// per run by whichever report asks first and then shared, instead of once per report (at
/// 10,000 projects the repeats cost more than the reports themselves). The values are the
/// same whichever report asks first: a tally depends only on the pipeline result.
public final class SharedTallies: @unchecked Sendable {
    public let result: PipelineResult
    private let lock = NSLock()
    private var slots: [String: Slot] = [:]

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

    /// The value under `key`, made once: a report that asks while another makes it waits for
    /// that one instead of making it again. Each key has a lock of its own, so one tally may ask
    /// for another while it is made.
    private func memo<Value>(_ key: String, _ make: () -> Value) -> Value {
        lock.lock()
        let slot: Slot
        if let existing = slots[key] { slot = existing } else {
            slot = Slot()
            slots[key] = slot
        }
        lock.unlock()
        slot.lock.lock()
        defer { slot.lock.unlock() }
        if let value = slot.value as? Value { return value }
        let made = make()
        slot.value = made
        return made
    }

    /// One tally, made or being made.
    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var value: Any?
    }
}
