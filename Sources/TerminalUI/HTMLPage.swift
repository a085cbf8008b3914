/// An SVG picture of the screen in a page of its own, for a wiki or a browser (`--format html`).
public enum HTMLPage {
    public static func render(svg: String, title: String) -> String {
        // The SVG's XML declaration has no place inside HTML.
        let body = svg.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("<?xml") }.joined(separator: "\n")
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>\(SVGText.escaped(title))</title>
        <style>body { margin: 0; background: #202020; } svg { display: block; max-width: 100%; height: auto; }</style></head>
        <body>
        \(body)</body>
        </html>

        """
    }
}
