/// The state of a risk gauge. Always shown with its word or symbol, never by colour alone.
public enum GaugeStatus: String, Sendable, Codable, Comparable {
    case ok, warn, alert

    public static func < (a: GaugeStatus, b: GaugeStatus) -> Bool { a.severity < b.severity }
    private var severity: Int { self == .ok ? 0 : self == .warn ? 1 : 2 }
}

/// The risks the model watches, in the order the dashboard lists them.
public enum GaugeID: String, CaseIterable, Sendable, Codable {
    case targetMiss, cashShortfall, runway, arrVolatility, coverage, buyerPressure, channelConcentration, leadQuality, cacPayback
}

/// How a gauge's value reads.
public enum GaugeUnit: Sendable, Equatable {
    case probability, months, ratio, multiple, index
}

/// Green / amber / red bounds. `higherIsWorse` says which way the value hurts.
public struct GaugeThresholds: Sendable, Equatable {
    public var warn: Double
    public var alert: Double
    public var higherIsWorse: Bool

    public func status(of value: Double) -> GaugeStatus {
        if higherIsWorse {
            return value >= alert ? .alert : value >= warn ? .warn : .ok
        }
        return value <= alert ? .alert : value <= warn ? .warn : .ok
    }
}

/// One risk gauge: its value and state.
public struct Gauge: Equatable, Sendable {
    public var id: GaugeID
    public var value: Double
    public var status: GaugeStatus

    public var label: String { id.label }
    public var unit: GaugeUnit { id.unit }
}

extension GaugeID {
    public var label: String {
        switch self {
        case .targetMiss: "P(miss target)"
        case .cashShortfall: "P(cash < 0)"
        case .runway: "Median runway"
        case .arrVolatility: "ARR volatility"
        case .coverage: "Pipeline coverage"
        case .buyerPressure: "Buyer pressure"
        case .channelConcentration: "Channel concentration"
        case .leadQuality: "Lead quality"
        case .cacPayback: "CAC payback"
        }
    }

    public var unit: GaugeUnit {
        switch self {
        case .targetMiss, .cashShortfall: .probability
        case .runway, .cacPayback: .months
        case .arrVolatility, .channelConcentration, .leadQuality: .ratio
        case .coverage: .multiple
        case .buyerPressure: .index
        }
    }

    /// The bounds, from the usual bars where one exists (3× coverage, 18-month payback).
    public var thresholds: GaugeThresholds {
        switch self {
        case .targetMiss: GaugeThresholds(warn: 0.3, alert: 0.5, higherIsWorse: true)
        case .cashShortfall: GaugeThresholds(warn: 0.05, alert: 0.2, higherIsWorse: true)
        case .runway: GaugeThresholds(warn: 18, alert: 12, higherIsWorse: false)
        case .arrVolatility: GaugeThresholds(warn: 0.3, alert: 0.6, higherIsWorse: true)
        case .coverage: GaugeThresholds(warn: 3, alert: 2, higherIsWorse: false)
        case .buyerPressure: GaugeThresholds(warn: 0.4, alert: 0.6, higherIsWorse: true)
        case .channelConcentration: GaugeThresholds(warn: 0.6, alert: 0.8, higherIsWorse: true)
        case .leadQuality: GaugeThresholds(warn: 0.35, alert: 0.2, higherIsWorse: false)
        case .cacPayback: GaugeThresholds(warn: 18, alert: 30, higherIsWorse: true)
        }
    }

    public func gauge(_ value: Double) -> Gauge {
        Gauge(id: self, value: value, status: thresholds.status(of: value))
    }
}
