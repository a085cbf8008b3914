import TerminalUI
import Theming

/// The frame every analysis view shares: a focused panel with the view's title and its keys,
/// and a first row that says how far the answer has got (computing, estimate, failed) beside
/// the view's own summary.
struct AnalysisFrame {
    let view: DashboardView

    /// Draws the frame and the summary row; returns the area left for the view's body, or nil
    /// when there is nothing to draw yet (the row then says why).
    func render(title: String, summary: [Span], hasAnswer: Bool, into buffer: inout Buffer, area: Rect) -> Rect? {
        let panel = view.panel(title, focused: true)
        panel.render(into: &buffer, area: area)
        let inner = panel.inner(area).splitLeft(1).1
        let (top, body) = inner.splitTop(2)
        var spans = summary
        if let progress = progressText { spans.append(Span((summary.isEmpty ? "" : "  ") + progress, style: progressStyle)) }
        view.write(TextLine(spans), in: top.row(0), into: &buffer)
        return hasAnswer ? body : nil
    }

    private var progressText: String? {
        if let error = view.results.analysisError { return "could not compute: \(error)" }
        return switch view.results.analysisProgress {
        case .computing: "computing\(view.glyphs.ellipsis)"
        case .refining: "estimate, refining\(view.glyphs.ellipsis)"
        case .settled: nil
        }
    }

    private var progressStyle: Style { view.theme[view.results.analysisError == nil ? .muted : .alert] }
}
