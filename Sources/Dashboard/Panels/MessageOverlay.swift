import TerminalUI
import Theming

/// The whole of the last status message (`!`), wrapped in a box over the dashboard: a long file
/// path or a file with several problems is read here in full, however narrow the status line.
struct MessageOverlay: Widget {
    let view: DashboardView
    let message: StatusMessage

    func render(into buffer: inout Buffer, area screen: Rect) {
        let width = min(screen.width - 2, 100)
        let lines = view.symbols.readable(message.detail).split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { TextWrap.lines(String($0), width: width - 4) }
        let height = min(screen.height - 2, lines.count + 2)
        let box = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2,
                       width: width, height: height)
        buffer.fill(box.inset(-1).intersection(screen), with: Cell(" ", style: view.theme[.text]))
        let panel = view.panel("Last message \(view.symbols.dot) Esc or ! closes", focused: true)
        panel.render(into: &buffer, area: box)
        let style = view.theme[message.kind == .error ? .alert : .text]
        Label(lines: lines.map { TextLine($0, style: style) }, glyphs: view.glyphs)
            .render(into: &buffer, area: panel.inner(box).splitLeft(1).1)
    }
}
