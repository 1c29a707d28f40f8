import Testing

@testable import CityIndex

/// Spearman's ρ and Kendall's τ-b by hand (and as scipy.stats.spearmanr / kendalltau give them).
@Suite struct RankCorrelationTests {
  @Test func oneSwapOfFour() {
    // d = 0, −1, 1, 0: ρ = 1 − 6·2 / (4·15) = 0.8; pairs 6, one discordant: τ = (5 − 1) / 6
    #expect(close(spearman([1, 2, 3, 4], [1, 3, 2, 4]), 0.8))
    #expect(close(kendallTauB([1, 2, 3, 4], [1, 3, 2, 4]), 4.0 / 6))
  }

  @Test func tiesShareTheirAverageRankAndLeaveTauBsPairsOut() {
    // x ranks 1, 2.5, 2.5, 4 against 1, 2, 3, 4: Σdxdy 4.5, Σdx² 4.5, Σdy² 5 → ρ = 4.5 / √22.5;
    // five concordant pairs, one tied in x: τ-b = 5 / √((6 − 1) · 6)
    #expect(close(spearman([1, 2, 2, 4], [1, 2, 3, 4]), 4.5 / 22.5.squareRoot()))
    #expect(close(kendallTauB([1, 2, 2, 4], [1, 2, 3, 4]), 5 / 30.0.squareRoot()))
  }

  @Test func fewerThanTwoPairsOrNoVariationIsUndefined() {
    #expect(spearman([1], [1]).isNaN && kendallTauB([1], [2]).isNaN)
    #expect(spearman([1, 1, 1], [1, 2, 3]).isNaN && kendallTauB([1, 1, 1], [1, 2, 3]).isNaN)
  }

  @Test(arguments: [
    ([10.0, 20, 20, 30], [4.0, 2.5, 2.5, 1]),  // highest first; ties share the mean of places 2 and 3
    ([5.0, 5, 5], [2.0, 2, 2]),
  ]) func averageRanksPutTheHighestFirst(values: [Double], expected: [Double]) {
    #expect(averageRanks(values) == expected)
  }
}
