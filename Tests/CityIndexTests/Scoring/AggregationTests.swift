import Foundation
import Testing

@testable import CityIndex

@Suite struct AggregationTests {
  @Test(arguments: [
    (Aggregation.arithmetic, [80.0, 40], [3.0, 1], 70.0),  // (3·80 + 40) / 4
    (.geometric, [100, 25], [1, 1], 50),  // sqrt(100 · 25)
    (.geometric, [8, 1], [2, 1], 4),  // (8² · 1)^(1/3)
    (.harmonic, [60, 20], [1, 1], 30),  // 2 / (1/60 + 1/20)
    (.harmonic, [50, 25], [1, 2], 30),  // 3 / (1/50 + 2/25) = 3 / 0.1
  ] as [(Aggregation, [Double], [Double], Double)])
  func combinesWithWeights(method: Aggregation, scores: [Double], weights: [Double], expected: Double) throws {
    guard case .score(let value) = method.combine(scores, weights: weights) else {
      Issue.record("no score")
      return
    }
    #expect(close(value, expected))
  }

  @Test(arguments: Aggregation.allCases)
  func skipsMissingChildrenAndRenormalisesWeights(method: Aggregation) {
    // [40, missing, 40] with weights [1, 5, 1]: only the two 40s count, so 40 by every method
    #expect(method.combine([40, .nan, 40], weights: [1, 5, 1]) == .score(40))
  }

  @Test func arithmeticSkipsMissingWithTheOtherWeights() {
    // (1·80 + 3·40) / 4 = 50; the missing child's weight 5 is left out
    #expect(Aggregation.arithmetic.combine([80, .nan, 40], weights: [1, 5, 3]) == .score(50))
  }

  @Test(arguments: Aggregation.allCases)
  func allMissingIsMissing(method: Aggregation) {
    guard case .score(let value) = method.combine([.nan, .nan], weights: [1, 1]) else {
      Issue.record("expected a score")
      return
    }
    #expect(value.isNaN)
  }

  @Test func geometricAndHarmonicRefuseScoresAtOrBelowZero() {
    #expect(Aggregation.geometric.combine([50, 0, 20], weights: [1, 1, 1]) == .nonPositive(1))
    #expect(Aggregation.harmonic.combine([-1, 10], weights: [1, 1]) == .nonPositive(0))
    #expect(Aggregation.arithmetic.combine([50, 0], weights: [1, 1]) == .score(25))
  }
}
