import TerminalUI
import Theming

/// Every key, drawn from the key map itself, in a focused panel over the dashboard.
struct HelpOverlay: Widget {
    let view: DashboardView

    private var notes: [String] {
        let (left, right) = (view.symbols.name(of: .left), view.symbols.name(of: .right))
        return [
        "Tab moves the focus; on Pipeline or Forecast, \(left)/\(right) move the month.",
        "Exact value: digits and . then Enter, Esc cancels; shares in % (55 = 55%).",
        "Quit and open ask first when work is unsaved: y goes on, other keys stay.",
        ]
    }

    func render(into buffer: inout Buffer, area screen: Rect) {
        let bindings = view.keyMap.bindings
        let perColumn = (bindings.count + 1) / 2
        let width = min(screen.width - 2, 80)
        let height = min(screen.height - 2, perColumn + notes.count + 4)
        let box = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2,
                       width: width, height: height)
        // A blank margin keeps the dashboard underneath from running into the box's text.
        buffer.fill(box.inset(-1).intersection(screen), with: Cell(" ", style: view.theme[.text]))
        let panel = view.panel("Keys \(view.symbols.dot) Esc or ? closes", focused: true)
        panel.render(into: &buffer, area: box)
        let inner = panel.inner(box)
        // The keys come first: on a short screen the notes give way to them.
        let shownNotes = min(notes.count, max(0, inner.height - perColumn - 1))
        let (keys, notesArea) = inner.splitBottom(shownNotes)
        let names = bindings.map { binding in
            [binding.keys.map { view.symbols.name(of: $0) }.joined(separator: " "), binding.help]
        }
        for (index, half) in keys.splitLeft(1).1.columns([1, 1]).enumerated() {
            let rows = Array(names.dropFirst(index * perColumn).prefix(perColumn))
            Table(columns: [.init("Key", width: 12), .init("Does", width: max(0, half.width - 14))],
                  rows: rows, headerStyle: view.theme[.muted], rowStyle: view.theme[.text], glyphs: view.glyphs)
                .render(into: &buffer, area: half)
        }
        Label(lines: notes.prefix(shownNotes).map { TextLine($0, style: view.theme[.muted]) }, glyphs: view.glyphs)
            .render(into: &buffer, area: notesArea.splitLeft(1).1)
    }
}
