import PushPullModel
import Testing
@testable import Backtest

@Suite struct BacktestStatisticsTests {
    @Test func coverageCountsMonthsInsideTheBandBoundsIncluded() {
        let bands = [Band(p10: 10, p50: 20, p90: 30), Band(p10: 10, p50: 20, p90: 30), Band(p10: 5, p50: 6, p90: 7), Band(p10: 1, p50: 2, p90: 3)]
        #expect(BacktestStatistics.coverage([10, 30, 8, 0], bands) == 0.5)
        #expect(BacktestStatistics.coverage([], []) == 0)
    }

    @Test func meanAbsolutePercentageErrorLeavesOutZeroActuals() {
        // |110 − 100| / 100 = 0.1 and |150 − 200| / 200 = 0.25: mean 0.175; the zero month has no percentage.
        #expect(BacktestStatistics.meanAbsolutePercentageError([100, 200, 0], [110, 150, 7]) == 0.175)
        #expect(BacktestStatistics.meanAbsolutePercentageError([0], [1]) == nil)
    }
}
