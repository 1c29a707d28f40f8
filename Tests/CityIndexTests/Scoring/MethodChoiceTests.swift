import Testing

@testable import CityIndex

/// Per-indicator and per-group methods from the definition, weights from elsewhere, and what
/// the scorer refuses before it runs.
@Suite struct MethodChoiceTests {
  /// Three cities, two groups:
  ///
  ///     city  x (target 50)  y    z
  ///     A     10            1    4
  ///     B     30            2    6
  ///     C     60            3    2
  let data = "city,year,x,y,z\nA,2023,10,1,4\nB,2023,30,2,6\nC,2023,60,3,2\n"

  @Test func anIndicatorsOwnNormalizationAndAGroupsOwnAggregationWin() throws {
    let definition = try definition(
      """
      id,parent,direction,target,normalization,aggregation
      sci,,,,,product
      g,sci,,,,
      x,g,+,50,distance-to-target,
      y,g,+,,,
      z,sci,+,,rank,
      """)
    var options = ScoringOptions()
    options.range = 0...1
    let card = try Scorer.score(definition, try dataset(data, for: definition), options: options)
    let (x, y, z, g) = try (
      #require(definition.index(of: "x")), #require(definition.index(of: "y")), #require(definition.index(of: "z")),
      #require(definition.index(of: "g"))
    )
    // x: distance to target over min 10: (30 − 10) / 40 = 0.5; C capped at 1
    #expect(card.scores.column(x) == [0, 0.5, 1])
    // y: the run's minmax on 0–1
    #expect(card.scores.column(y) == [0, 0.5, 1])
    // z: plain ranks from the worst
    #expect(card.scores.column(z) == [2, 3, 1])
    // g arithmetic: (0, 0.5, 1); root product g · z: 0, 1.5, 1
    #expect(card.scores.column(g) == [0, 0.5, 1])
    #expect(card.totals == [0, 1.5, 1])
    #expect(card.ranks == [3, 1, 2])
  }

  @Test func equalWeightsIgnoreTheFilesAndTheScorecardSaysWhichWereUsed() throws {
    let definition = try definition("id,parent,weight,direction\nsci,,,\ny,sci,3,+\nz,sci,1,+\n")
    let data = "city,year,y,z\nA,2023,1,4\nB,2023,2,6\nC,2023,3,2\n"
    var options = ScoringOptions()
    let weighted = try Scorer.score(definition, try dataset(data, for: definition), options: options)
    // y (0, 50, 100), z (50, 100, 0): weighted 3:1 → 12.5, 62.5, 75; equal → 25, 75, 50
    #expect(weighted.totals == [12.5, 62.5, 75])
    options.weighting = .equal
    let equal = try Scorer.score(definition, try dataset(data, for: definition), options: options)
    #expect(equal.totals == [25, 75, 50])
    #expect(equal.definition["y"]?.weight == 1)
  }

  @Test func principalComponentWeightsFollowTheChildrensCorrelations() throws {
    // y and w rise together, z runs against them: PC1 loads y and w more than z.
    let definition = try definition("id,parent,direction\nsci,,\ny,sci,+\nw,sci,+\nz,sci,+\n")
    let rows = "city,year,y,w,z\nA,2023,1,2,5\nB,2023,2,3,1\nC,2023,3,5,4\nD,2023,4,6,2\n"
    var options = ScoringOptions()
    options.weighting = .principalComponents
    let card = try Scorer.score(definition, try dataset(rows, for: definition), options: options)
    let weights = ["y", "w", "z"].map { card.definition[$0]?.weight ?? 0 }
    #expect(abs(weights.reduce(0, +) - 1) < 1e-12)
    #expect(weights[0] > weights[2] && weights[1] > weights[2])
    // the same weights by hand: squared loadings of the correlation matrix of the normalised scores
    let leaves = definition.leaves.map { card.scores.column($0) }
    let expected = try #require(Scorer.principalComponentWeights(leaves))
    #expect(weights == expected)
  }

  @Test func copelandScoresTheShareOfPairwiseContestsWon() throws {
    let definition = try definition("id,parent,direction,aggregation\nsci,,,copeland\nx,sci,+,\ny,sci,+,\nz,sci,+,\n")
    let card = try Scorer.score(definition, try dataset(data, for: definition))
    // x and y order A < B < C, z orders C < A < B:
    // B beats A (3:0), C beats A (2:1: x, y), C beats B (2:1: x, y) — though B leads on z
    // Copeland: A −2, B 0, C +2 → shares of the 2 contests each: 0, 0.5, 1 → 0, 50, 100
    #expect(card.totals == [0, 50, 100])
  }

  @Test func missingTargetsAndGoalpostsAreReportedBeforeScoring() throws {
    let definition = try definition("id,parent,direction,normalization\nsci,,,\nx,sci,+,distance-to-target\ny,sci,+,goalpost\n")
    #expect(
      diagnostics { _ = try Scorer.score(definition, try dataset("city,year,x,y\nA,2023,1,2\n", for: definition)) }
        .map(\.message) == [
          "distance-to-target normalization needs a target for indicator 'x'",
          "goalpost normalization needs min and max for indicator 'y'",
        ])
  }
}
