import PushPullModel

/// One line on what each lever and gauge is and what raises it, for `?` and the wide risk table:
/// the room should not need the README to read the screen.
enum Explanations {
    static func of(_ lever: Lever) -> String {
        switch lever {
        case .pushShare: "share of the budget on sellers and outbound; the rest builds pull (trust, content, partners)"
        case .budget: "go-to-market spend a month; more buys sellers and pull, and burns cash"
        case .handoff: "how far buyers go alone before meeting a seller; later suits pull, earlier suits push"
        case .executiveFocus: "share of outbound aimed at senior buyers: fewer, larger, likelier deals"
        case .quotaPressure: "pressure on sellers to close this quarter: more now, more buyer pressure and churn later"
        case .partnerShare: "share of pull spent through partners: reach for a margin"
        }
    }

    static func of(_ gauge: GaugeID) -> String {
        switch gauge {
        case .targetMiss: "chance the period's bookings miss the target; pipeline and win rate lower it"
        case .cashShortfall: "chance cash goes below zero before the horizon; less spend or more revenue lowers it"
        case .runway: "months until median cash runs out; less spend or more revenue raises it"
        case .arrVolatility: "spread of ARR at the horizon (P90 less P10) over its P50; steadier channels lower it"
        case .coverage: "open opportunities at quarter end over the next quarter's target; more pipeline raises it"
        case .buyerPressure: "how hard buyers are pushed (outbound, early handoff, quota); pull lowers it"
        case .channelConcentration: "share of journeys from the largest channel; a broader mix lowers it"
        case .leadQuality: "share of opportunities with senior buyers; executive focus and pull raise it"
        case .cacPayback: "months of gross margin on new ARR to repay the spend; more ARR per unit of spend lowers it"
        }
    }
}
