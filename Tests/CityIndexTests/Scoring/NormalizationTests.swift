import Testing

@testable import CityIndex

@Suite struct NormalizationTests {
  func normalize(
    _ method: Normalization, _ values: [Double], _ direction: Direction = .higherIsBetter,
    goalposts: (min: Double, max: Double)? = nil, target: Double? = nil, range: ClosedRange<Double> = 0...100
  ) -> [Double] {
    method.apply(
      to: values, bounds: NormalizationBounds(reference: values), direction: direction, goalposts: goalposts,
      target: target, range: range)
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

  @Test(arguments: Normalization.allCases.filter { !$0.usesFixedBounds })
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

  @Test func distanceToTargetIsTheShareOfTheWayFromTheWeakestCityCappedAtHundred() {
    // min 20, target 60: 20 → 0, 40 → 50, 50 → 75, 80 → 100 (capped)
    #expect(normalize(.distanceToTarget, [20, 40, 50, 80], target: 60) == [0, 50, 75, 100])
    // lower is better, max 50, target 10: 50 → 0, 30 → 50, 5 → 100 (capped)
    #expect(normalize(.distanceToTarget, [50, 30, 5], .lowerIsBetter, target: 10) == [0, 50, 100])
    // every city equal and short of the target: nobody has come any way
    #expect(normalize(.distanceToTarget, [7, 7], target: 10) == [0, 0])
  }

  @Test func rankGivesPlainRanksFromTheWorstTiesSharingTheLowest() {
    #expect(close(normalize(.rank, [30, 10, .nan, 20, 20]), [4, 1, .nan, 2, 2]))
    #expect(normalize(.rank, [30, 10, 20], .lowerIsBetter) == [1, 3, 2])
    #expect(normalize(.rank, [30, 10, 20], range: 1...100) == [3, 1, 2])  // ranks ignore the range
  }

  @Test func rangeMapsEveryMethodsScaleLinearly() {
    // minmax onto 1–100: 1 + 99 · (0, 0.5, 1)
    #expect(normalize(.minMax, [2, 4, 6], range: 1...100) == [1, 50.5, 100])
    // onto 0–1, as the Chicago index does
    #expect(normalize(.minMax, [2, 4, 6], range: 0...1) == [0, 0.5, 1])
    // percentile: (0, 0.5, 1) of the way
    #expect(normalize(.percentile, [5, 1, 3], range: 10...20) == [20, 10, 15])
    // zscore 40, 50, 60 on 0–100 → 0.4, 0.5, 0.6 on 0–1
    #expect(close(normalize(.zScore, [2, 4, 6], range: 0...1), [0.4, 0.5, 0.6]))
    // zero range: the top of the range
    #expect(normalize(.minMax, [3, 3], range: 1...10) == [10, 10])
  }
}
