import TerminalUI
import Theming

/// Lays the panels out for the terminal's size and draws the whole screen.
/// From 80×24 up; wider and taller terminals get more detail, not just more space.
struct DashboardScreen {
    static let minimumSize = Size(width: 80, height: 24)

    let view: DashboardView
    /// The screen-reader mode: facts as lines instead of panels.
    var plain = false

    func render(size: Size) -> Buffer {
        var buffer = Buffer(size: size, fill: Cell(" ", style: view.theme[.background]))
        draw(into: &buffer)
        buffer.paintBackground(view.theme[.background])
        return buffer
    }

    /// One panel over the whole buffer.
    func render(panel: FocusPanel, size: Size) -> Buffer {
        var buffer = Buffer(size: size, fill: Cell(" ", style: view.theme[.background]))
        let widget: any Widget = switch panel {
        case .levers: LeversPanel(view: view)
        case .pipeline: PipelinePanel(view: view)
        case .forecast: ForecastPanel(view: view)
        case .gauges: GaugesPanel(view: view)
        }
        widget.render(into: &buffer, area: buffer.area)
        buffer.paintBackground(view.theme[.background])
        return buffer
    }

    private func draw(into buffer: inout Buffer) {
        let screen = buffer.area
        guard screen.width >= Self.minimumSize.width, screen.height >= Self.minimumSize.height else {
            TooSmallScreen(view: view).render(into: &buffer, area: screen)
            return
        }
        let (header, rest) = screen.splitTop(2)
        let (body, footer) = rest.splitBottom(2)
        if plain {
            PlainScreen(view: view).render(into: &buffer, area: screen.splitBottom(2).0)
        } else if view.state.isPresenting {
            // The big figures replace the header's headline row.
            HeaderPanel(view: view).render(into: &buffer, area: header.row(0))
            PresentationScreen(view: view).render(into: &buffer, area: body)
        } else if let analysis = view.state.analysis {
            HeaderPanel(view: view).render(into: &buffer, area: header)
            analysisPanel(analysis).render(into: &buffer, area: body)
        } else {
            HeaderPanel(view: view).render(into: &buffer, area: header)
            renderPanels(into: &buffer, in: body)
        }
        FooterPanel(view: view).render(into: &buffer, area: footer)
        if view.state.isPastReplayShown, let replay = view.state.pastReplay {
            PastReplayOverlay(view: view, replay: replay).render(into: &buffer, area: screen)
        }
        if view.state.isDriversShown { DriversOverlay(view: view).render(into: &buffer, area: screen) }
        if view.state.isHelpShown { HelpOverlay(view: view).render(into: &buffer, area: screen) }
        if view.state.isMessageShown, let message = view.state.lastMessage {
            MessageOverlay(view: view, message: message).render(into: &buffer, area: screen)
        }
    }

    /// An analysis takes the whole body: its chart needs the width more than the levers do.
    private func analysisPanel(_ analysis: AnalysisView) -> any Widget {
        switch analysis {
        case .frontier: FrontierPanel(view: view)
        case .sensitivity: SensitivityPanel(view: view)
        case .goalSeek: GoalSeekPanel(view: view)
        case .comparison: ComparisonPanel(view: view)
        case .responseCurves: ResponseCurvesPanel(view: view)
        case .bestPlan: BestPlanPanel(view: view)
        }
    }

    private func renderPanels(into buffer: inout Buffer, in body: Rect) {
        let areas = Self.panelAreas(body: body)
        LeversPanel(view: view).render(into: &buffer, area: areas[.levers]!)
        PipelinePanel(view: view).render(into: &buffer, area: areas[.pipeline]!)
        ForecastPanel(view: view).render(into: &buffer, area: areas[.forecast]!)
        GaugesPanel(view: view).render(into: &buffer, area: areas[.gauges]!)
    }

    /// Where each panel sits on a screen of `size`, nil when the panels are not shown (too small):
    /// drawing and the mouse share it.
    static func panelAreas(size: Size) -> [FocusPanel: Rect]? {
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else { return nil }
        return panelAreas(body: Rect(size: size).splitTop(2).1.splitBottom(2).0)
    }

    private static func panelAreas(body: Rect) -> [FocusPanel: Rect] {
        // The left column grows with the terminal (a 200-column screen gives it 60), the charts take the rest.
        let (left, right) = body.splitLeft(body.width >= 120 ? min(70, max(50, body.width * 3 / 10)) : 34)
        let (levers, pipeline) = left.splitTop(LeversPanel.height())
        let (forecast, gauges) = right.splitBottom(GaugesPanel.height())
        return [.levers: levers, .pipeline: pipeline, .forecast: forecast, .gauges: gauges]
    }
}
