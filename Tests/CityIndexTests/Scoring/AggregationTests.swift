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

  /// The methods that combine one city's children into a mean of them.
  static let means: [Aggregation] = [.arithmetic, .geometric, .harmonic]

  @Test(arguments: means)
  func skipsMissingChildrenAndRenormalisesWeights(method: Aggregation) {
    // [40, missing, 40] with weights [1, 5, 1]: only the two 40s count, so 40 by every method
    #expect(method.combine([40, .nan, 40], weights: [1, 5, 1]) == .score(40))
  }

  @Test func arithmeticSkipsMissingWithTheOtherWeights() {
    // (1·80 + 3·40) / 4 = 50; the missing child's weight 5 is left out
    #expect(Aggregation.arithmetic.combine([80, .nan, 40], weights: [1, 5, 3]) == .score(50))
  }

  @Test(arguments: Aggregation.allCases.filter { $0 != .copeland })
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

  @Test func productMultipliesWithWeightsAsExponentsAroundTheirMean() throws {
    // equal weights: the plain product, zero allowed (CEJI: 0.3235 · 0.1348)
    #expect(Aggregation.product.combine([0.5, 0.2], weights: [1, 1]) == .score(0.1))
    #expect(Aggregation.product.combine([0.5, 0], weights: [2, 2]) == .score(0))
    // weights 1 and 3, mean 2: 4^(1/2) · 2^(3/2) = 2 · 2.828427 = 5.656854
    guard case .score(let weighted) = Aggregation.product.combine([4, 2], weights: [1, 3]) else {
      Issue.record("no score")
      return
    }
    #expect(close(weighted, 2 * 2.0.squareRoot() * 2))
    // a missing child is left out: the product of the rest
    #expect(Aggregation.product.combine([3, .nan, 5], weights: [1, 1, 1]) == .score(15))
    #expect(Aggregation.product.combine([3, -1], weights: [1, 1]) == .nonPositive(1))
  }

  @Test func copelandCountsWeightedPairwiseMajorities() {
    // Four cities × three children, equal weights.
    //        c1 c2 c3
    //   A     9  9  1    A–B: A wins c1, c2 (2:1) → A    A–C: c1 A, c2 A, c3 C → A    A–D: c1 A, c2 D, c3 D → D
    //   B     5  5  5    B–C: c1 B, c2 B, c3 C → B       B–D: c1 B, c2 D, c3 D → D
    //   C     1  1  8    C–D: c1 D, c2 D, c3 C → D
    //   D     2 10 10
    // wins − losses: A 2 − 1 = 1, B 1 − 2 = −1, C 0 − 3 = −3, D 3 − 0 = 3
    var scores = Matrix(rows: 4, columns: 3)
    for (row, values) in [[9.0, 9, 1], [5, 5, 5], [1, 1, 8], [2, 10, 10]].enumerated() {
      for (column, value) in values.enumerated() { scores[row, column] = value }
    }
    #expect(Aggregation.copelandScores(scores, weights: [1, 1, 1]) == [1, -1, -3, 3])
    // Weight c3 by 3: c3 now outweighs c1 + c2, so whoever is better on c3 wins:
    // A–B → B, A–C → C, B–C → C; D still wins all three.
    // A 0 − 3 = −3, B 1 − 2 = −1, C 2 − 1 = 1, D 3.
    #expect(Aggregation.copelandScores(scores, weights: [1, 1, 3]) == [-3, -1, 1, 3])
    // Equal children are no contest; a pair with nothing in common is a draw.
    var draws = Matrix(rows: 2, columns: 2)
    draws[0, 0] = 1
    draws[1, 1] = 2
    #expect(Aggregation.copelandScores(draws, weights: [1, 1]) == [0, 0])
  }

  @Test func copelandOfManyCitiesMatchesThePairByPairDefinition() {
    // 2,100 cities (the parallel path), 3 children, some scores missing, weights 1, 2, 0.5
    var scores = Matrix(rows: 2_100, columns: 3)
    var generator = SplitMix64(seed: 7)
    for row in 0..<scores.rows {
      for column in 0..<3 {
        let draw = generator.next()
        scores[row, column] = draw % 13 == 0 ? .nan : Double(draw % 50)
      }
    }
    let weights = [1.0, 2, 0.5]
    let fast = Aggregation.copelandScores(scores, weights: weights)
    for a in stride(from: 0, to: scores.rows, by: 97) {
      var expected = 0.0
      for b in 0..<scores.rows where b != a {
        var margin = 0.0
        for c in 0..<3 where !scores[a, c].isNaN && !scores[b, c].isNaN {
          margin += scores[a, c] > scores[b, c] ? weights[c] : scores[a, c] < scores[b, c] ? -weights[c] : 0
        }
        let bScored = (0..<3).contains { !scores[b, $0].isNaN }
        if bScored { expected += margin > 0 ? 1 : margin < 0 ? -1 : 0 }
      }
      let aScored = (0..<3).contains { !scores[a, $0].isNaN }
      #expect(aScored ? fast[a] == expected : fast[a].isNaN, "city \(a)")
    }
  }
}
