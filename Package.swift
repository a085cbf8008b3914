// swift-tools-version: 6.0
import CompilerPluginSupport
import PackageDescription

// The architecture, one module per concern:
//   PushPullModel   the go-to-market model (no UI, no file formats)
//   FieldMacros     the compiler plugin that writes each section's field table from its `@Field` declarations
//   Presentation    how figures read for people: money, percentages, gauge states
//   ScenarioFile    scenarios as TOML files (read, write, validate)
//   TextSafety      the one definition of text that must not reach a terminal as it is, and its escaping
//   TOMLGuard       TOML files in: bounded read, UTF-8, a scan for what toml++ cannot take safely, parse, key positions
//   Reports         the report of a forecast as a table, JSON, CSV or Markdown
//   CRMImport       calibrating a scenario from a CRM opportunity export (CSV)
//   Backtest        replaying an export's months in the model: bands beside what happened
//   TerminalUI      an in-memory cell grid, widgets, keys and a backend protocol (no ncurses)
//   Theming         colour themes from TOML, with fallbacks to fewer colours
//   CNcurses        the system library (ncursesw) and a small C shim
//   NcursesBackend  the only code that talks to the terminal: setup, signals, restore, draw, keys
//   Dashboard       the live dashboard: state, panels, key commands, undo
//   PushPullCLI     the command-line tool's commands (a library, so tests can run them in process)
//   pushpull        the command-line tool: a main that runs PushPullCLI
//   pushpull-bench  benchmarks that print figures
//
// Linux only, so no platforms are claimed: NcursesBackend imports Glibc.
let package = Package(
    name: "pushpull",
    products: [
        .executable(name: "pushpull", targets: ["pushpull"]),
        .executable(name: "pushpull-bench", targets: ["pushpull-bench"]),
    ],
    // Exact versions, so every build uses the same code: Package.resolved cannot pin them here (it
    // is not committed: the package mirror this project builds through rewrites commit ids, and a
    // resolved file written through it would not match anywhere else).
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        // For the field table's macros: 603 is the release of Swift 6.3.
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
    ],
    targets: [
        // The model is optimised in debug builds too: the tests run it over hundreds of
        // random scenarios, several times faster with -O, and the dashboard is used in debug.
        // Haswell's instruction set (AVX2: Intel since 2013, every AMD Zen) gives the eight-lane
        // simulator 256-bit vectors where base x86-64 has 128; without errno, square roots are
        // one instruction, lane by lane the same bits.
        .target(name: "PushPullModel", dependencies: ["FieldMacros"],
                swiftSettings: [.unsafeFlags(["-O", "-target-cpu", "haswell", "-Xcc", "-fno-math-errno"])]),
        // A scenario field is one declaration, `@Field(range, doc) var name = value`: these macros
        // write the table that reading, writing, validation and the docs follow. Compile time only.
        // No test target may depend on it: SwiftPM would then build the whole test product, and
        // every module it tests, a second time for the host (1.5 min more of a clean build,
        // measured). PushPullModelTests' FieldMacroTests run it through swiftc instead.
        .macro(
            name: "FieldMacros",
            dependencies: [
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftSyntaxMacros", package: "swift-syntax"),
                .product(name: "SwiftCompilerPlugin", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
            ]
        ),
        .target(name: "TextSafety"),
        // How figures read for people (money, percentages, gauge states): shared by the
        // reports, the dashboard and the back-test, kept out of the model.
        .target(name: "Presentation", dependencies: ["PushPullModel", "TextSafety"]),
        .target(name: "TOMLGuard", dependencies: ["TextSafety", "TOMLKit"]),
        .target(name: "ScenarioFile", dependencies: ["PushPullModel", "TextSafety", "TOMLGuard", "TOMLKit"]),
        .target(name: "Reports", dependencies: ["PushPullModel", "Presentation", "TextSafety"]),
        // CRMImport reads CSV with its own streaming reader: CSV.swift took 10 s for a
        // million rows and SwiftCSV holds the whole file in memory (both measured).
        .target(name: "CRMImport", dependencies: ["PushPullModel", "TextSafety"]),
        // Backtest replays a CRM export's months in the model and measures how well it follows them.
        .target(name: "Backtest", dependencies: ["CRMImport", "PushPullModel", "Presentation", "Reports", "TextSafety"]),
        .target(name: "TerminalUI", dependencies: ["TextSafety"]),
        .target(name: "Theming", dependencies: ["TerminalUI", "TextSafety", "TOMLGuard", "TOMLKit"]),
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "NcursesBackend", dependencies: ["CNcurses", "TerminalUI"]),
        .target(name: "Dashboard", dependencies: ["PushPullModel", "Presentation", "TerminalUI", "TextSafety", "Theming"]),
        .target(
            name: "PushPullCLI",
            dependencies: [
                "PushPullModel", "ScenarioFile", "Reports", "CRMImport", "Backtest", "TerminalUI", "Theming",
                "NcursesBackend", "Dashboard", "Presentation", "TextSafety", "TOMLGuard", "TOMLKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The Swift runtime and Foundation linked in (as `make install` does): the dynamic loader's
        // symbol look-ups and relocations for them cost 11.7M instructions, a fifth of the start to
        // the first frame (callgrind). `-static-stdlib` when compiling main.swift makes it name the
        // libraries static Foundation needs; the test targets still link the shared ones.
        .executableTarget(name: "pushpull", dependencies: ["PushPullCLI"],
                          swiftSettings: [.unsafeFlags(["-static-stdlib"])], linkerSettings: [.unsafeFlags(["-static-stdlib"])]),
        .executableTarget(
            name: "pushpull-bench",
            dependencies: [
                "PushPullModel", "CRMImport", "TestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets and the benchmarks: the seeded generator, temporary
        // folders, the repository's paths, and a child process run to the end.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PushPullModelTests", dependencies: ["PushPullModel", "TestSupport"]),
        .testTarget(name: "TextSafetyTests", dependencies: ["TextSafety"]),
        .testTarget(name: "TOMLGuardTests", dependencies: ["TOMLGuard", "TOMLKit", "TestSupport"]),
        .testTarget(name: "ScenarioFileTests", dependencies: ["ScenarioFile", "PushPullModel", "TOMLGuard", "TOMLKit", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Presentation", "PushPullModel", "TextSafety", "TestSupport"]),
        .testTarget(name: "CRMImportTests", dependencies: ["CRMImport", "PushPullModel", "TextSafety", "TestSupport"]),
        .testTarget(name: "BacktestTests", dependencies: ["Backtest", "CRMImport", "PushPullModel", "TestSupport"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "NcursesBackendTests", dependencies: ["NcursesBackend", "TerminalUI"]),
        .testTarget(name: "ThemingTests", dependencies: ["Theming", "TerminalUI", "TOMLGuard", "TestSupport"]),
        .testTarget(
            name: "DashboardTests",
            dependencies: ["Dashboard", "PushPullModel", "TerminalUI", "Theming", "TestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "PushPullCLITests",
            dependencies: ["PushPullCLI", "Dashboard", "PushPullModel", "ScenarioFile", "TerminalUI", "TestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ]
)
