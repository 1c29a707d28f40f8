import Testing

@testable import CityIndex

@Suite struct NormalizationTests {
  func normalize(
    _ method: Normalization, _ values: [Double], _ direction: Direction = .higherIsBetter,
    goalposts: (min: Double, max: Double)? = nil
  ) -> [Double] {
    method.apply(to: values, bounds: NormalizationBounds(reference: values), direction: direction, goalposts: goalposts)
  }

  @Test func minMaxMapsLowestToZeroAndHighestToHundred() {
    // min 2, max 6: (4 - 2) / 4 · 100 = 50
    #expect(normalize(.minMax, [2, 4, 6]) == [0, 50, 100])
    // lower is better mirrors the scale: (6 - 3) / 4 · 100 = 75
    #expect(normalize(.minMax, [2, 3, 6], .lowerIsBetter) == [100, 75, 0])
  }

  @Test func missingStaysMissingAndIsNoBound() {
    let result = normalize(.minMax, [2, .nan, 6, 5])
    #expect(close(result, [0, .nan, 100, 75]))
  }

  @Test(arguments: Normalization.allCases.filter { $0 != .goalpost })
  func zeroRangeGivesEveryCityHundred(method: Normalization) {
    #expect(close(normalize(method, [7, 7, .nan, 7]), [100, 100, .nan, 100]))
    #expect(normalize(method, [3]) == [100])  // a single city is its own best
  }

  @Test func goalpostUsesFixedBoundsAndClamps() {
    // min 0, max 10: -5 → 0 (clamped), 5 → 50, 12 → 100 (clamped); lower is better: 10 − 2.5 = 7.5 → 75
    #expect(normalize(.goalpost, [-5, 5, 12], goalposts: (0, 10)) == [0, 50, 100])
    #expect(normalize(.goalpost, [2.5, 10, 0], .lowerIsBetter, goalposts: (0, 10)) == [75, 0, 100])
  }

  @Test func zScoreIsFiftyPlusTenZWithTheSampleSD() {
    // mean 4, sample sd sqrt(((−2)² + 0 + 2²) / 2) = 2: z = −1, 0, 1 → 40, 50, 60
    #expect(normalize(.zScore, [2, 4, 6]) == [40, 50, 60])
    #expect(normalize(.zScore, [2, 4, 6], .lowerIsBetter) == [60, 50, 40])
    // mean 5, sd sqrt((9 + 1 + 1 + 9) / 3) = sqrt(20/3) ≈ 2.581989: z(8) = 3 / 2.581989 = 1.161895
    let scores = normalize(.zScore, [2, 4, 6, 8])
    #expect(close(scores[3], 50 + 10 * 3 / (20.0 / 3).squareRoot()))
  }

  @Test func percentileGivesTiesTheAverageRank() {
    // ranks 1, 2.5, 2.5, 4 of n = 4: (r − 1) / 3 · 100 = 0, 50, 50, 100
    #expect(normalize(.percentile, [10, 20, 20, 40]) == [0, 50, 50, 100])
    // downwards: 40 → rank 1, the 20s → 2.5, 10 → 4
    #expect(normalize(.percentile, [10, 20, 20, 40], .lowerIsBetter) == [100, 50, 50, 0])
  }

  @Test func boundsCanComeFromALargerReferenceSet() {
    // panel: bounds 0…20 over all years, this year's values 10 and 20 → 50 and 100
    let bounds = NormalizationBounds(reference: [0, 10, 10, 20])
    #expect(Normalization.minMax.apply(to: [10, 20], bounds: bounds, direction: .higherIsBetter) == [50, 100])
    // percentile against the panel: 10 has average rank 2.5 of 4 → 50
    #expect(Normalization.percentile.apply(to: [10, 20], bounds: bounds, direction: .higherIsBetter) == [50, 100])
  }
}
