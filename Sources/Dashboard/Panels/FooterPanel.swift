import TerminalUI
import Theming

/// Two rows: the status line (the input field, a question, a model error or the latest
/// message), then the most used keys.
struct FooterPanel: Widget {
    let view: DashboardView

    func render(into buffer: inout Buffer, area: Rect) {
        let theme = view.theme, state = view.state
        let message = area.row(0).splitLeft(1).1
        var showsHints = true
        if let field = state.input {
            var spans = [Span(field.prompt + " ", style: theme[.title]), Span(field.text + "_", style: theme[.selection])]
            if let status = state.status, status.kind == .error { spans.append(Span("  " + status.text, style: theme[.alert])) }
            view.write(TextLine(spans), in: message, into: &buffer)
        } else if let status = state.status, state.confirming != nil || status.kind == .error {
            if write(status.text, role: status.kind == .error ? .alert : .warn, in: area, into: &buffer) { showsHints = false }
        } else if let error = view.results.forecastError {
            // The figures on screen are the last good forecast; the line says why they stopped moving.
            let shown = view.forecast == nil ? error : "\(error) (showing the last good forecast)"
            if write(shown, role: .alert, in: area, into: &buffer) { showsHints = false }
        } else if let error = view.results.otherError {
            if write(error, role: .alert, in: area, into: &buffer) { showsHints = false }
        } else if let status = state.status {
            if write(status.text, role: .muted, in: area, into: &buffer) { showsHints = false }
        } else if state.isPlaying {
            view.write(TextLine("\(view.glyphs.arrowRight) playing month \(state.monthCursor) of \(state.horizonMonths) (Space pauses)",
                                style: theme[.muted]), in: message, into: &buffer)
        }
        if showsHints { view.write(TextLine(hints(width: area.width), style: theme[.muted]), in: area.row(1).splitLeft(1).1, into: &buffer) }
    }

    /// A message on the first row; one too long for it takes the hints' row too, so its reason
    /// is never cut off, and one too long for both ends saying `!` shows all of it.
    /// True when it took the second row.
    private func write(_ text: String, role: Role, in area: Rect, into buffer: inout Buffer) -> Bool {
        let style = view.theme[role], width = area.width - 1
        let text = view.symbols.readable(text)
        let lines = TextWrap.lines(text, width: width)
        guard lines.count > 1, area.height > 1 else {
            view.write(TextLine(text, style: style), in: area.row(0).splitLeft(1).1, into: &buffer)
            return false
        }
        view.write(TextLine(lines[0], style: style), in: area.row(0).splitLeft(1).1, into: &buffer)
        let more = " (! shows all)"
        let second = lines.count == 2 ? lines[1]
            : DisplayWidth.truncated(lines[1...].joined(separator: " "), toWidth: width - DisplayWidth.of(more), ellipsis: view.glyphs.ellipsis) + more
        view.write(TextLine(second, style: style), in: area.row(1).splitLeft(1).1, into: &buffer)
        return true
    }

    /// The most used keys of the focused panel, from the key map in force; `?` lists the rest.
    /// Wider screens name more of them. Bindings side by side with the same word share it (`↑/↓ lever`).
    private func hints(width: Int) -> String {
        let s = view.symbols
        if let field = view.state.input {
            if !field.candidates.isEmpty { return field.candidates.joined(separator: "  ") }
            let dot = view.symbols.dot
            return field.completes ? "Enter confirm \(dot) Tab complete \(dot) Ctrl-U clear \(dot) Esc cancel"
                                : "Enter confirm \(dot) Esc cancel \(dot) Backspace delete"
        }
        if view.state.isMessageShown { return "Esc or ! closes the message" }
        if view.state.isHelpShown { return "Esc or ? closes help" }
        if view.state.isPastReplayShown { return "Esc or B closes the back-test" }
        if let analysis = view.state.analysis { return analysisHints(analysis, width: width) }
        var hinted: [(keys: [String], word: String, essential: Bool)] = []
        for binding in view.keyMap.bindings(in: view.state.focus) {
            guard let hint = binding.hint, let key = binding.keys.first else { continue }
            if let last = hinted.last, last.word == hint.word {
                hinted[hinted.count - 1].keys.append(s.name(of: key))
            } else {
                hinted.append(([s.name(of: key)], hint.word, hint.essential))
            }
        }
        let texts = hinted.map { (text: "\($0.keys.joined(separator: "/")) \($0.word)", essential: $0.essential) }
        let long = texts.map(\.text).joined(separator: "  ")
        return DisplayWidth.of(long) < width ? long : texts.filter(\.essential).map(\.text).joined(separator: "  ")
    }

    /// In an analysis view: what its own keys do (the other views' keys when there is room).
    private func analysisHints(_ analysis: AnalysisView, width: Int) -> String {
        let s = view.symbols
        let key = view.keyMap.bindings.first { $0.command == .toggleAnalysis(analysis) }?.keys.first.map { s.name(of: $0) } ?? ""
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
