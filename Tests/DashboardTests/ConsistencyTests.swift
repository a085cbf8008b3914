@testable import Dashboard
import Presentation
@testable import PushPullModel
import TerminalUI
import Testing

/// One rounding rule for a value, its change and its threshold, and one word for no change.
@Suite("Consistent figures")
struct ConsistencyTests {
    let format = Formatting(glyphs: .unicode, currency: "EUR")

    func gauge(_ id: GaugeID, _ value: Double) -> Gauge {
        Gauge(id: id, value: value, status: id.thresholds.status(of: value))
    }

    @Test func aValueJustUnderAThresholdDoesNotReadAsTheThreshold() {
        // P(miss target) warns at ≥30%: 29.8% is ok and must not read "30%" beside "≥30%".
        #expect(format.gaugeValue(gauge(.targetMiss, 0.298), horizon: 36) == "29.8%")
        #expect(format.gaugeValue(gauge(.targetMiss, 0.3), horizon: 36) == "30%")
        #expect(format.gaugeValue(gauge(.targetMiss, 0.142), horizon: 36) == "14%")
        #expect(format.gaugeValue(gauge(.coverage, 3.04), horizon: 36) == "3.04×", "3.04× is ok above a ≤3.0× warning: never \"3.0×\"")
        #expect(format.gaugeValue(gauge(.coverage, 2.96), horizon: 36) == "3.0×", "2.96× warns, as 3.0× would")
    }

    @Test func theChangeIsTheDifferenceOfTheValuesAsShown() {
        // Both past the horizon read "36+ mo": the change between them says nothing more.
        #expect(format.gaugeChange(from: gauge(.cacPayback, 44), to: gauge(.cacPayback, 40), horizon: 36) == NumberFormat.noChange)
        #expect(format.gaugeChange(from: gauge(.cacPayback, 44), to: gauge(.cacPayback, 28), horizon: 36) == "−8mo")
        #expect(format.gaugeChange(from: gauge(.targetMiss, 0.142), to: gauge(.targetMiss, 0.146), horizon: 36) == "+1pt",
                "14% to 15%, as shown, is one point")
    }

    @Test func oneWordForNoChange() {
        #expect(format.change(from: 100, to: 100.2) == NumberFormat.noChange)
        #expect(NumberFormat.change(from: 100, to: 100.2) == NumberFormat.noChange)
        #expect(format.pointChange(from: 0.5, to: 0.5) == NumberFormat.noChange)
        #expect(format.gaugeChange(from: gauge(.leadQuality, 0.25), to: gauge(.leadQuality, 0.251), horizon: 36) == NumberFormat.noChange)
    }
}
