/// The panels Tab moves between. The focused one is framed heavier, with `▶` before its
/// title, and decides what the keys act on (each panel has its own, see `KeyMap.Binding.panels`).
public enum FocusPanel: Int, CaseIterable, Equatable, Sendable {
    case levers, pipeline, forecast, gauges

    public var title: String {
        switch self {
        case .levers: "Investment levers"
        case .pipeline: "Pipeline"
        case .forecast: "Forecast"
        case .gauges: "Risk"
        }
    }

    /// The panel `offset` places further, wrapping around.
    func moved(by offset: Int) -> FocusPanel {
        let count = FocusPanel.allCases.count
        return FocusPanel(rawValue: ((rawValue + offset) % count + count) % count)!
    }
}
