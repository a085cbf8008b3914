import Foundation
import TextSafety

/// A message on standard error; the paths and names it quotes are escaped, its line breaks kept.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((UntrustedText.escapedLines(message) + "\n").utf8))
}

/// A notice on standard output ("wrote FILE"), escaped like every message.
func printNotice(_ message: String) {
    print(UntrustedText.escapedLines(message))
}
