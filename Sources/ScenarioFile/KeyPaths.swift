import PushPullModel

extension ScenarioWriter {
    /// Every key path the writer writes for `scenario` (`levers.budget`, `stages[2].conversion`…),
    /// in file order: for notes that must cover every value, such as an import's assumptions.
    public static func keyPaths(for scenario: Scenario) -> [String] {
        var paths = ScenarioSchema.topLevel.map(\.key)
        for section in ScenarioSchema.sections {
            switch section {
            case .table(let table):
                paths += table.fields.map { "\(table.name).\($0.key)" }
            case .stages:
                for index in scenario.stages.indices {
                    paths += ScenarioSchema.stageFields.map { "\(ScenarioSchema.stagesKey)[\(index)].\($0.key)" }
                }
            }
        }
        return paths
    }
}
