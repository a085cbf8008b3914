import PushPullModel
import TerminalUI
import Theming

/// Every key in force, drawn from the key map itself (the config file's changes included): one
/// row per action with its keys in every panel; then each lever and gauge in one line (what it
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

    /// Key names and what they do, one row per action; an action without a key is left out.
    /// When there are more than `room` rows, opposite actions side by side share one
    /// (`↑ k / ↓ j`  `previous / next lever`), so every key still shows on a small screen.
    private func rows(room: Int) -> [[String]] {
        var actions: [(command: Command, keys: [Key], help: String)] = []
        for binding in view.keyMap.bindings where !binding.keys.isEmpty {
            if let index = actions.firstIndex(where: { $0.command == binding.command }) {
                actions[index].keys += binding.keys.filter { !actions[index].keys.contains($0) }
            } else {
                actions.append((binding.command, binding.keys, binding.help))
            }
        }
        var rows = actions.map { (name: $0.command.name, keys: $0.keys.map { view.symbols.name(of: $0) }.joined(separator: " "), help: $0.help) }
        var index = 0
        while rows.count > room, index + 1 < rows.count {
            let (first, second) = (rows[index], rows[index + 1])
            if Self.areOpposites(first.name, second.name) {
                rows[index] = (first.name, "\(first.keys) / \(second.keys)", Self.joined(first.help, second.help))
                rows.remove(at: index + 1)
            }
            index += 1
        }
        return rows.map { [$0.keys, $0.help] }
    }

    /// Actions whose names differ only by opposite words: `lever.previous` and `lever.next`.
    private static func areOpposites(_ first: String?, _ second: String?) -> Bool {
        guard let a = first?.split(separator: "."), let b = second?.split(separator: "."), a.count == b.count else { return false }
        let differing = zip(a, b).filter { $0 != $1 }
        let opposites: Set<[Substring]> = [["previous", "next"], ["next", "previous"], ["decrease", "increase"], ["undo", "redo"]]
        return differing.count == 1 && opposites.contains([differing[0].0, differing[0].1])
    }

    /// `previous lever` and `next lever` as `previous / next lever`: the words they share said once.
    private static func joined(_ first: String, _ second: String) -> String {
        let a = first.split(separator: " "), b = second.split(separator: " ")
        let prefix = zip(a, b).prefix { $0 == $1 }.count
        let suffix = zip(a.reversed(), b.reversed()).prefix { $0 == $1 }.count
        guard prefix + suffix < min(a.count, b.count) else { return "\(first) / \(second)" }
        let middle = a[prefix..<(a.count - suffix)].joined(separator: " ") + " / " + b[prefix..<(b.count - suffix)].joined(separator: " ")
        return (a.prefix(prefix) + [Substring(middle)] + a.suffix(suffix)).joined(separator: " ")
    }

    func render(into buffer: inout Buffer, area screen: Rect) {
        // The keys come first and always fit: the box's rows less its frame and the table's header.
        let rows = self.rows(room: 2 * max(1, screen.height - 2 - 3))
        let perColumn = (rows.count + 1) / 2
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
        for (index, half) in keys.splitLeft(1).1.columns([1, 1]).enumerated() {
            let part = Array(rows.dropFirst(index * perColumn).prefix(perColumn))
            Table(columns: [.init("Key", width: 12), .init("Does", width: max(0, half.width - 14))],
                  rows: part, headerStyle: view.theme[.muted], rowStyle: view.theme[.text], glyphs: view.glyphs)
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
