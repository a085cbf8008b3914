import PushPullModel

/// Everything the model has computed for the screen, in one value: what the panels draw from.
struct ModelResults {
    /// The forecast of the levers on screen: a quick estimate while `isRefining`, then the full run.
    var forecast: Forecast?
    /// The pinned baseline's forecast over the same paths as `forecast` (an estimate against an estimate).
    var baselineForecast: Forecast?
    var bestBalance: BestBalance = .computing
    /// True while the forecast on screen is the quick estimate and its full run is on its way.
    var isRefining = false
    /// Why the forecast no longer follows the levers (the model threw); the last good one stays on screen.
    var forecastError: String?
    /// Why the baseline or the best balance could not be computed.
    var otherError: String?
}
