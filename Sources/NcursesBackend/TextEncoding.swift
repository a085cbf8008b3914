import Glibc

/// The locale ncurses needs before it starts: its wide-character calls draw
/// nothing (and report no error) unless the character encoding is UTF-8.
enum TextEncoding {
    /// Adopts the user's locale. Returns true when it is UTF-8, so Unicode glyphs
    /// can be drawn; otherwise switches the character type to C.UTF-8 so that text
    /// still reaches the screen, and returns false so the caller uses ASCII glyphs.
    static func adoptUserLocale() -> Bool {
        setlocale(LC_ALL, "")
        if codesetIsUTF8() { return true }
        setlocale(LC_CTYPE, "C.UTF-8")
        return false
    }

    private static func codesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
