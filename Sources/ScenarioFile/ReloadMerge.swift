import PushPullModel

extension ScenarioWatcher {
    /// The scenario after a `--watch` reload: everything comes from the new file, except levers the
    /// user moved in the dashboard that the file did not change (the file wins where both changed:
    /// it is the newer, deliberate edit).
    public static func merge(fileBefore: Scenario, fileAfter: Scenario, current: Scenario) -> Scenario {
        var merged = fileAfter
        for lever in Lever.allCases {
            let movedByUser = current.levers[lever] != fileBefore.levers[lever]
            let changedInFile = fileAfter.levers[lever] != fileBefore.levers[lever]
            if movedByUser && !changedInFile { merged.levers[lever] = current.levers[lever] }
        }
        return merged
    }
}
