import Testing

@testable import CityIndex

@Suite struct SensitivityTests {
  func shipped() throws -> (IndexDefinition, Dataset) {
    let definition = try DefinitionLoader.load(path: CityIndexTests.shipped("indicators/smart-city-index.csv")).value
    let data = try DatasetLoader.load(paths: [CityIndexTests.shipped("datasets/smart-city-simulated.csv")], definition: definition).value
    return (definition, data)
  }

  @Test func noUncertaintyGivesPointIntervalsAtTheNominalRanks() throws {
    let (definition, data) = try shipped()
    let result = try Sensitivity.run(
      definition, data, year: 2025, options: ScoringOptions(), settings: .init(samples: 200, uncertainty: 0))
    let nominal = try Scorer.score(definition, data, year: 2025)
    #expect(result.intervals.map(\.city) == nominal.rankingOrder.map { nominal.cities[$0] })
    for interval in result.intervals {
      #expect(interval.p05 == interval.rank && interval.medianRank == interval.rank && interval.p95 == interval.rank, "\(interval)")
    }
    #expect(result.intervals[0].probabilityFirst == 1)
    #expect(result.firstOrder.filter { $0.factor != "normalization" && $0.factor != "aggregation" }.allSatisfy { $0.index == 0 })
  }

  @Test func theSameSeedGivesTheSameResultOnAnyNumberOfThreads() throws {
    let (definition, data) = try shipped()
    func run(_ threads: Int) throws -> Sensitivity.Result {
      try Sensitivity.run(
        definition, data, year: 2025, options: ScoringOptions(),
        settings: .init(samples: 500, seed: 42, uncertainty: 0.3, varyMethods: true, threads: threads))
    }
    let one = try run(1)
    for threads in [2, 3, 8] {
      let other = try run(threads)
      #expect(other.intervals == one.intervals, "\(threads) threads")
      #expect(other.firstOrder == one.firstOrder, "\(threads) threads")
    }
    let differentSeed = try Sensitivity.run(
      definition, data, year: 2025, options: ScoringOptions(),
      settings: .init(samples: 500, seed: 43, uncertainty: 0.3, varyMethods: true))
    #expect(differentSeed.intervals != one.intervals)
  }

  @Test func intervalsAreOrderedAndFirstPlaceProbabilitiesAddUpToOne() throws {
    let (definition, data) = try shipped()
    let result = try Sensitivity.run(
      definition, data, year: 2023, options: ScoringOptions(), settings: .init(samples: 400, uncertainty: 0.5, varyMethods: true))
    for i in result.intervals { #expect(i.p05 <= i.medianRank && i.medianRank <= i.p95, "\(i)") }
    #expect(abs(result.intervals.reduce(0) { $0 + $1.probabilityFirst } - 1) < 1e-9)
    for entry in result.firstOrder { #expect((0...1).contains(entry.index), "\(entry)") }
  }

  @Test func aCityThatDominatesEveryIndicatorStaysFirstInEverySample() throws {
    // D beats every other city on every indicator: no weights and no method can put anyone ahead.
    let definition = try definition("""
      id,parent,weight,direction
      sci,,,
      a,sci,1,
      x,a,1,+
      y,a,2,-
      b,sci,1,
      z,b,1,+
      """)
    let data = try dataset("""
      city,year,x,y,z
      A,2023,1,9,3
      B,2023,5,5,1
      C,2023,3,7,6
      D,2023,9,1,9
      """, for: definition)
    let result = try Sensitivity.run(
      definition, data, year: 2023, options: ScoringOptions(),
      settings: .init(samples: 1000, seed: 7, uncertainty: 0.9, varyMethods: true))
    let d = try #require(result.intervals.first)
    #expect(d.city == "D" && d.rank == 1 && d.p95 == 1 && d.probabilityFirst == 1)
  }

  @Test func leaveOneOutRemovesAnAreaAndKeepsTheOtherWeights() throws {
    // Min-max over two cities gives 0 or 100: x A 100, B 0; y A 0, B 100; z A 0, B 100.
    // a = x, b = (y + z) / 2 → A (100 + 0) / 2 = 50, B (0 + 100) / 2 = 50: a tie, both rank 1.
    // Without a: A 0, B 100 → A falls to 2 (shift −1: a place lost). Without b: A 100, B 0 → B falls to 2.
    let definition = try definition("id,parent,weight,direction\nsci,,,\na,sci,1,\nx,a,1,+\nb,sci,1,\ny,b,1,+\nz,b,1,+\n")
    let data = try dataset("city,year,x,y,z\nA,2023,10,0,40\nB,2023,0,5,100\n", for: definition)
    let result = try Sensitivity.run(definition, data, year: 2023, options: ScoringOptions(), settings: .init(samples: 10))
    #expect(result.intervals.map(\.rank) == [1, 1])
    #expect(result.leaveOneOut.map(\.node) == ["a", "b"])
    #expect(result.leaveOneOut[0].shifts == [-1, 0])  // A (listed first by name) falls without a
    #expect(result.leaveOneOut[1].shifts == [0, -1])
  }
}

@Suite struct SensitivityWeightingTests {
  @Test func equalWeightsAreTheNominalWeightsTheSamplesVary() throws {
    // x has weight 9 in the file; with equal weights A (x 0, y 100) and B (x 100, y 0) tie at 50.
    // With no uncertainty every sample must reproduce the equal-weight ranking, not the file's.
    let definition = try definition("id,parent,weight,direction\nsci,,,\nx,sci,9,+\ny,sci,1,+\n")
    let data = try dataset("city,year,x,y\nA,2023,0,10\nB,2023,10,0\nC,2023,5,5\n", for: definition)
    var options = ScoringOptions()
    options.weighting = .equal
    let result = try Sensitivity.run(
      definition, data, year: nil, options: options, settings: .init(samples: 50, seed: 1, uncertainty: 0))
    // equal weights: A 50, B 50, C 50 — a three-way tie, every city rank 1 in every sample
    #expect(result.intervals.map(\.p95) == [1, 1, 1])
  }
}

@Suite struct SensitivityOwnMethodsTests {
  /// The Chicago index's shape: arithmetic groups, their product at the root (own method).
  @Test func aProductAtTheRootIsResampledAsAProduct() throws {
    let definition = try definition(
      "id,parent,direction,aggregation\nsci,,,product\ng,sci,,\nh,sci,,\nx,g,+,\ny,g,+,\nz,h,+,\n")
    let data = try dataset(
      "city,year,x,y,z\nA,2023,1,2,9\nB,2023,5,6,4\nC,2023,9,1,6\nD,2023,3,8,1\nE,2023,7,7,7\n", for: definition)
    var options = ScoringOptions()
    options.range = 0...1
    let nominal = try Scorer.score(definition, data, options: options)
    // With no uncertainty every sample re-aggregates to the nominal product scores and ranks.
    let result = try Sensitivity.run(
      definition, data, year: nil, options: options, settings: .init(samples: 40, seed: 3, uncertainty: 0))
    for interval in result.intervals {
      let nominalRank = nominal.ranks[try #require(nominal.index(of: interval.city))]
      #expect(interval.p05 == nominalRank && interval.p95 == nominalRank, "\(interval.city)")
    }
    // and with uncertainty the leader's interval is still a valid range
    let varied = try Sensitivity.run(
      definition, data, year: nil, options: options, settings: .init(samples: 400, seed: 3, uncertainty: 0.5))
    #expect(varied.intervals.allSatisfy { $0.p05 <= $0.medianRank && $0.medianRank <= $0.p95 })
  }
}

extension SensitivityTests {
  /// One sign for rank shifts everywhere: places gained are positive (issue 17: `whatif` and
  /// leave-one-out used to show the same move with opposite signs).
  @Test func leaveOneOutAndWhatIfCountAShiftTheSameWay() throws {
    // x and y equal weights: A (10, 30), B (20, 10), C (30, 20) → C 75, A 50, B 25; without y:
    // C 100, B 50, A 0 — A loses a place (−1), B gains one (+1).
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\ny,sci,+\n")
    let data = try dataset("city,year,x,y\nA,2023,10,30\nB,2023,20,10\nC,2023,30,20\n", for: definition)
    let result = try Sensitivity.run(
      definition, data, year: 2023, options: ScoringOptions(), settings: .init(samples: 10), leaveOut: .indicators)
    let withoutY = try #require(result.leaveOneOut.first { $0.node == "y" })
    let loo = Dictionary(uniqueKeysWithValues: zip(result.intervals.map(\.city), withoutY.shifts))
    let reduced = try definition.excluding(["y"])
    let whatIf = WhatIf(
      baseline: try Scorer.score(definition, data), variant: try Scorer.score(reduced, data.selectingIndicators(["x"])))
    for shift in whatIf.shifts { #expect(loo[shift.city] == shift.shift, "\(shift.city)") }
    #expect(loo["A"] == -1 && loo["B"] == 1)
  }
}
