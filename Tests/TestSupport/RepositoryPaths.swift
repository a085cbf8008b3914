import Foundation

/// The repository's root, found from this file's place in `Tests/TestSupport/`.
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The theme files that ship with pushpull.
public let bundledThemesDirectory = repositoryRoot.appendingPathComponent("themes").path

/// The public Maven Analytics CRM sample, kept beside the checkout in `shared/data` (as CI lays it out).
public let mavenSamplePath = repositoryRoot.appendingPathComponent("../shared/data/maven-crm/sales_pipeline.csv").standardized.path
