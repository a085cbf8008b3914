import PushPullModel
import TerminalUI
import Theming

/// Every key, drawn from the key map itself, then each lever and gauge in one line (what it
/// is, what moves it), in a focused panel over the dashboard; what does not fit a small
/// terminal is cut, and the last line says so.
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
        let meanings = Lever.allCases.map { ($0.label, Explanations.of($0)) } + GaugeID.allCases.map { ($0.label, Explanations.of($0)) }
        let width = min(screen.width - 2, 110)
        let height = min(screen.height - 2, perColumn + notes.count + 4 + meanings.count + 2)
        let box = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2,
                       width: width, height: height)
        // A blank margin keeps the dashboard underneath from running into the box's text.
        buffer.fill(box.inset(-1).intersection(screen), with: Cell(" ", style: view.theme[.text]))
        let panel = view.panel("Keys \(view.symbols.dot) Esc or ? closes", focused: true)
        panel.render(into: &buffer, area: box)
        let inner = panel.inner(box)
        let (top, meaningArea) = inner.splitTop(perColumn + 1 + notes.count)
        // The keys come first: on a short screen the notes give way to them.
        let shownNotes = min(notes.count, max(0, top.height - perColumn - 1))
        let (keys, notesArea) = top.splitBottom(shownNotes)
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
        let meaningTable = meaningArea.splitTop(1).1.splitLeft(1).1
        guard meaningTable.height >= 2 else {
            view.write(TextLine("What each lever and gauge means: in a taller terminal", style: view.theme[.muted]),
                       in: meaningTable.row(0), into: &buffer)
            return
        }
        let fits = meaningTable.height - 1 >= meanings.count
        let shown = fits ? meanings : Array(meanings.prefix(max(0, meaningTable.height - 2)))
        Table(columns: [.init("Lever or gauge", width: 22), .init("What it is, what moves it", width: max(0, meaningTable.width - 23))],
              rows: shown.map { [$0.0, $0.1] }, headerStyle: view.theme[.muted], rowStyle: view.theme[.text], glyphs: view.glyphs)
            .render(into: &buffer, area: meaningTable)
        if !fits {
            view.write(TextLine("\(meanings.count - shown.count) more in a taller terminal", style: view.theme[.muted]),
                       in: meaningTable.row(meaningTable.height - 1), into: &buffer)
        }
    }
}
