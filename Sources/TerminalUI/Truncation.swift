extension DisplayWidth {
    /// `text` sanitised and cut to at most `width` columns; when cut, it ends with
    /// `ellipsis` so the reader knows something is missing. Wide graphemes are never split.
    public static func truncated(_ text: String, toWidth width: Int, ellipsis: String) -> String {
        let clean = sanitized(text)
        guard width > 0 else { return "" }
        if of(clean) <= width { return clean }
        let ellipsisWidth = of(ellipsis)
        guard ellipsisWidth <= width else { return "" }
        let budget = width - ellipsisWidth
        var kept = ""
        var used = 0
        for grapheme in clean {
            let w = of(grapheme)
            if used + w > budget { break }
            kept.append(grapheme)
            used += w
        }
        return kept + ellipsis
    }
}
