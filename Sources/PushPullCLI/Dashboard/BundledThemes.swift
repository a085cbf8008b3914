import Foundation

/// Finds the `themes/` folder that ships with pushpull: beside the package the
/// binary was built in (`.build/…/pushpull` → the repository's `themes/`), or named
/// by `PUSHPULL_THEMES`. Without it only the built-in default theme exists.
enum BundledThemes {
    static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let named = environment["PUSHPULL_THEMES"], !named.isEmpty { return named }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("themes")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("default.toml").path) {
                return candidate.path
            }
            folder = folder.deletingLastPathComponent()
        }
        let local = FileManager.default.currentDirectoryPath + "/themes"
        return FileManager.default.fileExists(atPath: local + "/default.toml") ? local : nil
    }
}
