import TerminalUI
import Theming

/// Two rows: the status line (the input field, a question, a model error or the latest
/// message), then the most used keys.
struct FooterPanel: Widget {
    let view: DashboardView

    func render(into buffer: inout Buffer, area: Rect) {
        let theme = view.theme, state = view.state
        let message = area.row(0).splitLeft(1).1
        if let field = state.input {
            var spans = [Span(field.prompt + " ", style: theme[.title]), Span(field.text + "_", style: theme[.selection])]
            if let status = state.status, status.kind == .error { spans.append(Span("  " + status.text, style: theme[.alert])) }
            view.write(TextLine(spans), in: message, into: &buffer)
        } else if let status = state.status, state.confirming != nil || status.kind == .error {
            view.write(TextLine(status.text, style: theme[status.kind == .error ? .alert : .warn]), in: message, into: &buffer)
        } else if let error = view.results.forecastError {
            // The figures on screen are the last good forecast; the line says why they stopped moving.
            let shown = view.forecast == nil ? error : "\(error) (showing the last good forecast)"
            view.write(TextLine(shown, style: theme[.alert]), in: message, into: &buffer)
        } else if let error = view.results.otherError {
            view.write(TextLine(error, style: theme[.alert]), in: message, into: &buffer)
        } else if let status = state.status {
            view.write(TextLine(status.text, style: theme[.muted]), in: message, into: &buffer)
        } else if state.isPlaying {
            view.write(TextLine("\(view.glyphs.arrowRight) playing month \(state.monthCursor) of \(state.horizonMonths) (Space pauses)",
                                style: theme[.muted]), in: message, into: &buffer)
        }
        view.write(TextLine(hints(width: area.width), style: theme[.muted]), in: area.row(1).splitLeft(1).1, into: &buffer)
    }

    /// The most used keys, from the key map's hints; `?` lists the rest. Wider screens name
    /// more of them. The arrows come first, named for what they do in the focused panel.
    private func hints(width: Int) -> String {
        let s = view.symbols
        if view.state.input != nil { return "Enter confirm \(view.symbols.dot) Esc cancel \(view.symbols.dot) Backspace delete" }
        if view.state.isHelpShown { return "Esc or ? closes help" }
        if view.state.isPastReplayShown { return "Esc or B closes the back-test" }
        if let analysis = view.state.analysis { return analysisHints(analysis, width: width) }
        let horizontal = view.state.focus.arrowsMoveMonth ? "month" : "step"
        let arrows = "\(s.name(of: .up))/\(s.name(of: .down)) lever  \(s.name(of: .left))/\(s.name(of: .right)) \(horizontal)  "
        let hinted = view.keyMap.bindings.compactMap { binding in
            binding.hint.map { (text: "\(s.name(of: binding.keys[0])) \($0.word)", essential: $0.essential) }
        }
        let long = arrows + hinted.map(\.text).joined(separator: "  ")
        return DisplayWidth.of(long) < width ? long : arrows + hinted.filter(\.essential).map(\.text).joined(separator: "  ")
    }

    /// In an analysis view: what its own keys do (the other views' keys when there is room).
    private func analysisHints(_ analysis: AnalysisView, width: Int) -> String {
        let s = view.symbols
        let key = view.keyMap.bindings.first { $0.command == .toggleAnalysis(analysis) }.map { s.name(of: $0.keys[0]) } ?? ""
        let own: String = switch analysis {
        case .frontier: "x risk measure  "
        case .sensitivity: "x metric  "
        case .goalSeek: "x target  Enter value  \(s.name(of: .up))/\(s.name(of: .down)) lever  a apply  "
        case .bestPlan: "a apply  "
        case .comparison, .responseCurves: ""
        }
        let long = own + "u undo  \(key) close  f z g c v m views  ? keys  q quit"
        return DisplayWidth.of(long) < width ? long : own + "u undo  \(key) close  ? keys  q quit"
    }
}
