import TextSafety
import ArgumentParser
import CRMImport
import PushPullModel

/// What an export cannot say and a plan needs: shared by `import` and `backtest`.
struct ImportMoneyOptions: ParsableArguments {
    @Option(help: "Accounts in the market (default: fitted to the export's flow of deals; with it, the reach is fitted).")
    var marketAccounts: Int?

    @Option(help: "Currency code of the export's amounts, e.g. USD (default: none is known; an imported file keeps the base scenario's, as an assumption).")
    var currency: String?

    @Option(help: "Go-to-market budget per month (default: the active sellers' cost plus the base scenario's pull spend).")
    var budget: Double?

    @Option(help: "Cash at the start (default: the base scenario's, as an assumption).")
    var cash: Double?

    func validate() throws {
        if let marketAccounts, !ModelLimits.accounts.contains(marketAccounts) {
            throw ValidationError("--market-accounts \(marketAccounts) is out of range \(ModelLimits.accounts.lowerBound)…\(ModelLimits.accounts.upperBound)")
        }
        if let currency, !(1...8).contains(currency.count) || !currency.allSatisfy({ $0.isLetter && $0.isASCII }) {
            throw ValidationError("--currency \(UntrustedText.escaped(currency)): expected a code of 1–8 letters, e.g. USD")
        }
        if let budget, !(budget.isFinite && Lever.budget.range.contains(budget)) {
            throw ValidationError("--budget \(budget) is out of range 0…\(Int(Lever.budget.range.upperBound))")
        }
        if let cash, !(cash.isFinite && abs(cash) <= ModelLimits.money) {
            throw ValidationError("--cash \(cash) is out of range ±\(Int(ModelLimits.money))")
        }
    }

    var fitOptions: FitOptions {
        FitOptions(marketAccounts: marketAccounts, currency: currency?.uppercased(), budget: budget, cash: cash)
    }
}
