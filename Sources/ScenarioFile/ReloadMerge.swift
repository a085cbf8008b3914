import PushPullModel

extension ScenarioWatcher {
    /// The scenario after a `--watch` reload: everything comes from the new file, except levers the
    /// user moved in the dashboard: a move on screen is never silently replaced (where the file
    /// changed the same lever, `conflicts` names it so the dashboard can say so).
    public static func merge(fileBefore: Scenario, fileAfter: Scenario, current: Scenario) -> Scenario {
        var merged = fileAfter
        for lever in Lever.allCases where current.levers[lever] != fileBefore.levers[lever] {
            merged.levers[lever] = current.levers[lever]
        }
        return merged
    }

    /// The levers the user moved that the file changed too, to another value: the user's value is kept.
    public static func conflicts(fileBefore: Scenario, fileAfter: Scenario, current: Scenario) -> [Lever] {
        Lever.allCases.filter { lever in
            current.levers[lever] != fileBefore.levers[lever] && fileAfter.levers[lever] != fileBefore.levers[lever]
                && fileAfter.levers[lever] != current.levers[lever]
        }
    }
}
