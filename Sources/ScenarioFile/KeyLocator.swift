import TOMLGuard

/// Scenario problems are placed with the locator every TOML format shares.
typealias KeyLocator = TOMLKeyLocator
