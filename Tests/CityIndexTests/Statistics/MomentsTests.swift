import Testing

@testable import CityIndex

/// Skewness and kurtosis are the sample-adjusted G1 and G2 (excess), the estimators of
/// spreadsheet SKEW/KURT and of COINr (`e1071` type 2).
@Suite struct MomentsTests {
  @Test func matchesTheSpreadsheetExample() {
    // The example of the SKEW and KURT help pages: 3, 4, 5, 2, 3, 4, 5, 6, 4, 7
    // SKEW = 0.359543071, KURT = −0.151799637
    let m = Moments([3, 4, 5, 2, 3, 4, 5, 6, 4, 7])
    #expect(abs(m.skewness - 0.359543071) < 1e-9)
    #expect(abs(m.kurtosis - -0.151799637) < 1e-9)
    #expect(m.mean == 4.3 && m.min == 2 && m.max == 7 && m.count == 10)
  }

  @Test func byHandOnASmallSample() {
    // 1, 2, 3, 10: mean 4; deviations −3, −2, −1, 6; m2 = 50/4 = 12.5, m3 = (−27 − 8 − 1 + 216)/4 = 45,
    // m4 = (81 + 16 + 1 + 1296)/4 = 348.5. g1 = 45 / 12.5^1.5 = 1.018234; G1 = g1 · √12 / 2 = 1.763632.
    // g2 = 348.5 / 156.25 − 3 = −0.7696; G2 = (5 g2 + 6) · 3 / (2 · 1) = 3.228
    let m = Moments([1, 2, 3, 10])
    #expect(abs(m.skewness - 1.763632) < 1e-6)
    #expect(abs(m.kurtosis - 3.228) < 1e-9)
    #expect(abs(m.standardDeviation - (50.0 / 3).squareRoot()) < 1e-12)
  }

  @Test func missingValuesAreLeftOutAndTooFewValuesGiveNaN() {
    #expect(Moments([3, .nan, 4, 5, 2, 3, 4, 5, 6, 4, 7]).skewness == Moments([3, 4, 5, 2, 3, 4, 5, 6, 4, 7]).skewness)
    #expect(Moments([1, 2]).skewness.isNaN)
    #expect(Moments([1, 2, 3]).kurtosis.isNaN)
    #expect(Moments([5, 5, 5, 5]).skewness.isNaN)  // no spread
  }
}
