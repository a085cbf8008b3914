import Synchronization

extension TOMLKeyLocator {
    /// Counts the lines every locator built in a task scans. Placing each key by scanning the file
    /// again is quadratic; a test binds a counter and checks that a file is scanned once, however
    /// many keys are placed. Unbound (in the program), it costs one task-local read per file.
    public final class LineCounter: Sendable {
        private let count = Atomic<Int>(0)

        public init() {}

        public var lines: Int { count.load(ordering: .relaxed) }

        func add(_ lines: Int) { count.wrappingAdd(lines, ordering: .relaxed) }
    }

    /// The counter the locators built in this task add their lines to: `$lineCounter.withValue(counter) { … }`.
    @TaskLocal public static var lineCounter: LineCounter?
}
