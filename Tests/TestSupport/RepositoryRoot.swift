import Foundation

/// The repository's root, found from this file's place in `Tests/TestSupport/`.
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
