import PushPullModel

/// Everything the model has computed for the screen, in one value: what the panels draw from.
struct ModelResults {
    /// The forecast of the levers on screen: a quick estimate while `showsEstimate`, then the full
    /// run; while a key waits for its full run (`isRefining` alone), the previous levers' figures.
    var forecast: Forecast?
    /// The pinned baseline's forecast over the same paths as `forecast` (an estimate against an estimate).
    var baselineForecast: Forecast?
    var bestBalance: BestBalance = .computing
    /// True while the full run of the levers on screen is on its way.
    var isRefining = false
    /// True while the forecast on screen is a quick estimate.
    var showsEstimate = false
    /// Why the forecast no longer follows the levers (the model threw); the last good one stays on screen.
    var forecastError: String?
    var frontier: Frontier?
    var sensitivity: Sensitivity?
    var goalSeek: GoalSeekResult?
    var comparison: ScenarioComparison?
    var responseCurves: SpendResponse?
    var bestPlan: BestPlan?
    /// Where the analysis on screen stands: its answer for the levers on screen may still be coming.
    var analysisProgress: AnalysisProgress = .settled
    /// Why the analysis on screen could not be computed.
    var analysisError: String?
    /// Why the baseline or the best balance could not be computed.
    var otherError: String?
}

/// How far the analysis on screen has got for the levers on screen.
enum AnalysisProgress: Equatable {
    /// Nothing yet: the view says it is computing.
    case computing
    /// A quick estimate is shown; the full run is on its way.
    case refining
    case settled
}
