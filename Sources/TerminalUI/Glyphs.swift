/// The characters every widget draws with, as one value, so that switching to
/// `Glyphs.ascii` (`--ascii`, or a terminal without UTF-8) changes every widget at once.
public struct Glyphs: Equatable, Sendable {
    /// The six pieces of a rectangular border.
    public struct Border: Equatable, Sendable {
        public var topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical: String
    }

    /// How a bar is filled: `partials[n]` is the glyph for a cell covered `n` eighths
    /// from the left (index 0 to 8; "" leaves the cell empty).
    public struct BarFill: Equatable, Sendable {
        public var partials: [String]

        /// A fill with eighth-block precision, from a table of nine glyphs.
        public init(eighths partials: [String]) {
            precondition(partials.count == 9, "a bar fill needs glyphs for 0…8 eighths")
            self.partials = partials
        }

        /// A fill of whole cells: a cell at least half covered is drawn with `glyph`.
        public init(whole glyph: String) {
            self.partials = (0...8).map { $0 >= 4 ? glyph : "" }
        }

        public var full: String { partials[8] }
    }

    public var border: Border
    /// Drawn around the focused panel: a heavier line, so focus shows without colour.
    public var focusedBorder: Border
    /// Put before the focused panel's title, again so focus shows without colour.
    public var focusMarker: String
    public var ellipsis: String

    /// The first segment of a bar (e.g. inbound).
    public var barPrimary: BarFill
    /// The second segment of a bar (e.g. outbound), told apart from the first by its glyph.
    public var barSecondary: BarFill

    /// Light to dark shades, used for the chart's uncertainty band.
    public var shades: [String]
    /// Eight levels, lowest first, for sparklines.
    public var ramp: [String]

    public var sliderTrack: String
    public var sliderTrackSelected: String
    public var sliderKnob: String
    /// An extra mark on a slider, e.g. the best value.
    public var sliderMarker: String

    public var arrowUp: String
    public var arrowDown: String
    public var arrowRight: String

    /// Chart lines are drawn in braille (2×4 dots a cell) when true, otherwise one
    /// `chartPoint` a cell.
    public var usesBraille: Bool
    public var chartPoint: String
    /// The ghost (baseline) series, one a cell in every mode: another glyph than the median's line.
    public var chartGhostPoint: String
    public var chartCursor: String
    /// The y axis, and where a label meets it.
    public var axis: String
    public var axisTick: String
    /// A target's level across a chart, dashed so it is not taken for data.
    public var targetRule: String
    /// The glyphs of a chart's main line, drawn a cell at a time; nil: one `chartPoint` a cell.
    public var chartLine: ChartLine?

    /// A line along cells: horizontal, vertical, and the four corners where it changes row.
    public struct ChartLine: Equatable, Sendable {
        public var horizontal, vertical: String
        /// `┛`: from the left, turning up; `┓`: from the left, turning down.
        public var upFromLeft, downFromLeft: String
        /// `┏`: from below, turning right; `┗`: from above, turning right.
        public var rightFromBelow, rightFromAbove: String
    }

    public static let unicode = Glyphs(
        border: Border(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│"),
        focusedBorder: Border(topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛", horizontal: "━", vertical: "┃"),
        focusMarker: "▶",
        ellipsis: "…",
        barPrimary: BarFill(eighths: ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]),
        barSecondary: BarFill(whole: "▒"),
        shades: ["░", "▒", "▓", "█"],
        ramp: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        sliderTrack: "─",
        sliderTrackSelected: "━",
        sliderKnob: "●",
        sliderMarker: "◆",
        arrowUp: "▲",
        arrowDown: "▼",
        arrowRight: "▶",
        usesBraille: true,
        chartPoint: "•",
        chartGhostPoint: "•",
        chartCursor: "│",
        axis: "│",
        axisTick: "┤",
        targetRule: "┄",
        chartLine: ChartLine(horizontal: "━", vertical: "┃", upFromLeft: "┛", downFromLeft: "┓", rightFromBelow: "┏", rightFromAbove: "┗")
    )

    public static let ascii = Glyphs(
        border: Border(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|"),
        focusedBorder: Border(topLeft: "#", topRight: "#", bottomLeft: "#", bottomRight: "#", horizontal: "=", vertical: "#"),
        focusMarker: ">",
        ellipsis: "~",
        barPrimary: BarFill(whole: "#"),
        barSecondary: BarFill(whole: "="),
        shades: [":", "=", "%", "#"],
        ramp: ["_", ".", "-", "~", "=", "+", "*", "#"],
        sliderTrack: "-",
        sliderTrackSelected: "=",
        sliderKnob: "O",
        sliderMarker: "*",
        arrowUp: "^",
        arrowDown: "v",
        arrowRight: ">",
        usesBraille: false,
        chartPoint: "*",
        chartGhostPoint: ".",
        chartCursor: "|",
        axis: "|",
        axisTick: "+",
        targetRule: "-",
        chartLine: nil
    )
}
