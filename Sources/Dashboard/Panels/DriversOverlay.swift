import TerminalUI
import Theming

/// The drivers of the cursor month (`d`), in a focused panel over the dashboard: why a lever
/// lowers this quarter and raises year three, month by month with `[` and `]`.
struct DriversOverlay: Widget {
    let view: DashboardView

    func render(into buffer: inout Buffer, area screen: Rect) {
        let width = min(screen.width - 2, 60), height = min(screen.height - 2, DriversTable.height + 2)
        let box = Rect(x: screen.right - width - 1, y: screen.y + 2, width: width, height: height)
        buffer.fill(box.inset(-1).intersection(screen), with: Cell(" ", style: view.theme[.text]))
        let panel = view.panel("Drivers \(view.symbols.dot) [ ] month \(view.symbols.dot) d closes", focused: true)
        panel.render(into: &buffer, area: box)
        DriversTable(view: view).render(into: &buffer, area: panel.inner(box))
    }
}
