import Foundation
import Testing

@testable import CityIndex

/// COINr's rule: an indicator with |skew| > 2 and kurtosis > 3.5 is winsorised step by step;
/// if that does not help within the limit, it is log-transformed instead.
@Suite struct TreatmentTests {
  let names = (0..<22).map { "C\($0)" }

  @Test func winsorisesStepByStepUntilTheIndicatorPasses() {
    // 1…20, 60, 100: skew 3.10, kurtosis 10.26 → fails.
    // step 1: the maximum 100 becomes the next value below, 60 → skew 2.36, kurtosis 5.40, still fails
    // step 2: both 60s become 20 → skew −0.09, kurtosis −1.29: passes
    let x = (1...20).map(Double.init) + [60, 100]
    let (treated, result) = OutlierTreatment.winsorize.apply(to: x, limit: 5, indicator: "i", cities: names)
    #expect(result.outcome == .winsorized(steps: 2, high: 2, low: 0))
    #expect(Array(treated.suffix(3)) == [20, 20, 20])
    #expect(Array(treated.prefix(20)) == Array(x.prefix(20)))
    #expect(result.changed == [TreatedValue(city: "C20", from: 60, to: 20), TreatedValue(city: "C21", from: 100, to: 20)])
    #expect(abs(result.skewness - 3.1024071412952483) < 1e-12)
    #expect(abs(result.skewnessAfter - -0.09449573196380318) < 1e-12)
  }

  @Test func negativeSkewWinsorisesTheBottom() {
    // −100, 1…20: skew −4.18 → the minimum becomes the next value above, 1
    let x = [-100] + (1...20).map(Double.init)
    let (treated, result) = OutlierTreatment.winsorize.apply(to: x, limit: 5, indicator: "i", cities: names)
    #expect(result.outcome == .winsorized(steps: 1, high: 0, low: 1))
    #expect(treated[0] == 1)
  }

  @Test func fallsBackToTheLogWhenTheLimitIsReached() {
    // with one step allowed, 1…20, 60, 100 still fails → the original values are logged:
    // ln(x − min + 0.01 (max − min)) = ln(x − 1 + 0.99) = ln(x − 0.01)
    let x = (1...20).map(Double.init) + [60, 100]
    let (treated, result) = OutlierTreatment.winsorize.apply(to: x, limit: 1, indicator: "i", cities: names)
    #expect(result.outcome == .logTransformed)
    for (got, raw) in zip(treated, x) { #expect(abs(got - Foundation.log(raw - 0.01)) < 1e-12) }
    #expect(result.changed.isEmpty)
  }

  @Test func logTreatmentLogsFailingIndicatorsOnly() {
    let failing = (1...20).map(Double.init) + [60, 100]
    let (logged, result) = OutlierTreatment.log.apply(to: failing, limit: 5, indicator: "i", cities: names)
    #expect(result.outcome == .logTransformed)
    #expect(abs(logged[0] - Foundation.log(0.99)) < 1e-12)
    let passing = (1...20).map(Double.init)
    let (same, passed) = OutlierTreatment.log.apply(to: passing, limit: 5, indicator: "i", cities: names)
    #expect(passed.outcome == .passed && same == passing)
  }

  @Test func missingValuesStayMissingAndNoneTouchesNothing() {
    let x = (1...20).map(Double.init) + [.nan, 100]
    let (treated, result) = OutlierTreatment.winsorize.apply(to: x, limit: 5, indicator: "i", cities: names)
    #expect(treated[20].isNaN)
    #expect(treated[21] == 20)
    #expect(result.outcome == .winsorized(steps: 1, high: 1, low: 0))
    let (untouched, none) = OutlierTreatment.none.apply(to: x, limit: 5, indicator: "i", cities: names)
    #expect(none.outcome == .passed && untouched[21] == 100)
  }
}
