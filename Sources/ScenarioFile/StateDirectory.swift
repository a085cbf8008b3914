import Foundation

/// pushpull's folder for state that outlives a session (the built-in example's journal, crash
/// reports): `$XDG_STATE_HOME/pushpull`, else `~/.local/state/pushpull`, as the XDG base
/// directory specification says (a relative `XDG_STATE_HOME` is ignored).
public enum StateDirectory {
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return state + "/pushpull"
    }
}
