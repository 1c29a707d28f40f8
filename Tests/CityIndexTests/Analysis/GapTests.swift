import Testing

@testable import CityIndex

/// L (0, 0) and C (100, 100) hold the bounds, so min-max scores equal raw values.
/// A (20, 20) scores 20; B (60, 70) scores 65. A must gain 45:
///   x → 100 gains (100 − 20) / 2 = 40 → 60, still behind;
///   y must pass (100 + y) / 2 > 65 → y just above 30, gaining 5.
@Suite struct GapTests {
  let index = "id,parent,direction\nsci,,\nx,sci,+\ny,sci,+\n"
  let data = "city,year,x,y\nL,2023,0,0\nA,2023,20,20\nB,2023,60,70\nC,2023,100,100\n"

  @Test func takesTheFewestStepsAndCutsTheLastOneBack() throws {
    let definition = try definition(index)
    let dataset = try dataset(data, for: definition)
    let gap = try Gap(city: "A", target: "B", definition: definition, dataset: dataset, year: 2023, options: ScoringOptions())
    #expect(gap.gap == 45 && gap.cityRank == 3 && gap.targetRank == 2)
    #expect(gap.steps.map(\.indicator) == ["x", "y"])  // both gain 0.5 points per normalised point: by id
    let x = try #require(gap.steps.first { $0.indicator == "x" })
    let y = try #require(gap.steps.first { $0.indicator == "y" })
    #expect(x.from == 20 && x.to == 100 && close(x.pointsGained, 40) && close(x.efficiency, 0.5))
    // y's values are whole numbers: the smallest whole value putting A ahead by 0.01 or more is
    // 31 ((100 + 31) / 2 = 65.5 > 65.01), not 30.02
    #expect(y.from == 20 && y.to == 31 && close(y.pointsGained, 5.5))
    #expect(gap.closesGap && gap.resultingRank == 2)
  }

  @Test func aContinuousLastStepIsCutBackToALeadOfAHundredthOfAPoint() throws {
    // y continuous (20.5): A = (20 + 20.5) / 2 = 20.25 against B 65; x → 100 first (+40 → 60.25),
    // then y until (100 + y) / 2 = 65.01: y = 30.02
    let definition = try definition(index)
    let dataset = try dataset("city,year,x,y\nL,2023,0,0\nA,2023,20,20.5\nB,2023,60,70\nC,2023,100,100\n", for: definition)
    let gap = try Gap(city: "A", target: "B", definition: definition, dataset: dataset, year: 2023, options: ScoringOptions())
    let y = try #require(gap.steps.first { $0.indicator == "y" })
    #expect(abs(y.to - 30.02) < 1e-6)
    #expect(gap.resultingScore - gap.resultingTargetScore >= Gap.minimumLead - 1e-9)
  }

  @Test func aYesNoIndicatorMovesFromNoToYes() throws {
    // yn: A 0, B 1, C 1 → 0, 100, 100; z: A 50, B 40, C 0 → 100, 80, 0. A 50, B 90.
    // yn 0 → 1 puts A at 100: a city can open a portal, not 0.8 of one.
    let definition = try definition("id,parent,direction,unit\nsci,,,\nyn,sci,+,yes/no\nz,sci,+,count\n")
    let dataset = try dataset("city,year,yn,z\nA,2023,0,50\nB,2023,1,40\nC,2023,1,0\n", for: definition)
    let gap = try Gap(city: "A", target: "B", definition: definition, dataset: dataset, year: 2023, options: ScoringOptions())
    #expect(gap.steps.map { [$0.indicator, "\($0.from)", "\($0.to)"] } == [["yn", "0.0", "1.0"]])
  }

  @Test func noStepGoesPastANaturalBound() throws {
    // C's 120 points lie past the goalposts 0…100: A's points are raised at most to 100
    let definition = try definition("id,parent,direction,unit,min,max\nsci,,,,,\ns,sci,+,points,0,100\nz,sci,+,,,\n")
    let dataset = try dataset("city,year,s,z\nA,2023,50,1.5\nB,2023,90,2.5\nC,2023,120,0.5\n", for: definition)
    let gap = try Gap(city: "A", target: "C", definition: definition, dataset: dataset, year: 2023, options: ScoringOptions())
    #expect(gap.steps.allSatisfy { $0.indicator != "s" || $0.to <= 100 })
  }

  @Test func leversOutsideTheCitysControlStayWhereTheyAre() throws {
    let definition = try definition(index)
    let dataset = try dataset(data, for: definition)
    let onlyY = try definition.indicatorColumns(under: ["y"], option: "--only")
    let gap = try Gap(
      city: "A", target: "B", definition: definition, dataset: dataset, year: 2023, options: ScoringOptions(), levers: onlyY)
    #expect(gap.steps.map(\.indicator) == ["y"])
    #expect(!gap.closesGap)  // y alone reaches (20 + 100) / 2 = 60 < 65
    #expect(diagnostics { _ = try definition.indicatorColumns(under: ["nope"], option: "--only") }.map(\.message) == [
      "--only: unknown indicator or area 'nope'"
    ])
  }

  @Test func theProposedImprovementsReallyMoveTheCityPastTheOther() throws {
    let definition = try definition(index)
    var dataset = try dataset(data, for: definition)
    let gap = try Gap(city: "A", target: "B", definition: definition, dataset: dataset, year: 2023, options: ScoringOptions())
    let row = try #require(dataset.row(of: "A"))
    for step in gap.steps {
      dataset.setValue(step.to, city: row, year: 2023, indicator: try #require(dataset.indicators.firstIndex(of: step.indicator)))
    }
    let card = try Scorer.score(definition, dataset)
    let (a, b) = (try #require(card.index(of: "A")), try #require(card.index(of: "B")))
    #expect(card.totals[a] > card.totals[b])
    #expect(card.ranks[a] == gap.resultingRank)
  }

  @Test func saysWhenEvenTheBestValuesAreNotEnough() throws {
    // A (0, 0) against C (100, 100): the best A can reach is a tie at 100, never ahead.
    let definition = try definition(index)
    let dataset = try dataset("city,year,x,y\nA,2023,0,0\nB,2023,50,50\nC,2023,100,100\n", for: definition)
    let gap = try Gap(city: "A", target: "C", definition: definition, dataset: dataset, year: 2023, options: ScoringOptions())
    #expect(!gap.closesGap)
    #expect(gap.steps.count == 2)
  }

  @Test func aCityAlreadyAheadNeedsNothing() throws {
    let definition = try definition(index)
    let dataset = try dataset(data, for: definition)
    let gap = try Gap(city: "B", target: "A", definition: definition, dataset: dataset, year: 2023, options: ScoringOptions())
    #expect(gap.steps.isEmpty && gap.closesGap && gap.gap < 0)
  }
}

extension GapTests {
  @Test func withoutATargetThePlanAimsAtTheNearestCityRankedAbove() throws {
    // totals: P 100, Q 50, R 50 (tied 2nd), S 0 → S aims at R or Q (the last of the tied, R by
    // name order), Q at P, P at nobody
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\n")
    let dataset = try dataset("city,year,x\nP,2023,10\nQ,2023,5\nR,2023,5\nS,2023,0\n", for: definition)
    let card = try Scorer.score(definition, dataset, year: 2023)
    #expect(try Gap.cityAbove("S", in: card) == "R")
    #expect(try Gap.cityAbove("Q", in: card) == "P" && Gap.cityAbove("R", in: card) == "P")
    #expect(try Gap.cityAbove("P", in: card) == nil)
    #expect(throws: InputErrors.self) { try Gap.cityAbove("Nowhere", in: card) }
  }
}

extension GapTests {
  @Test func intoTheTopNThePlanAimsAtTheCityNowAtRankN() throws {
    // totals: P 100, Q 50, R 50, S 0 (ranking order P, Q, R, S by name among ties)
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\n")
    let dataset = try dataset("city,year,x\nP,2023,10\nQ,2023,5\nR,2023,5\nS,2023,0\n", for: definition)
    let card = try Scorer.score(definition, dataset, year: 2023)
    #expect(try Gap.cityAt(rank: 1, for: "S", in: card) == "P")
    #expect(try Gap.cityAt(rank: 3, for: "S", in: card) == "R")
    #expect(try Gap.cityAt(rank: 2, for: "R", in: card) == nil)  // rank 2 (tied): already in the top 2
    #expect(try Gap.cityAt(rank: 4, for: "S", in: card) == nil)
    #expect(throws: InputErrors.self) { try Gap.cityAt(rank: 0, for: "S", in: card) }
    #expect(throws: InputErrors.self) { try Gap.cityAt(rank: 5, for: "S", in: card) }
  }

  @Test func onlyTheDefinitionsLeversMoveAndACarriedValueIsOne() throws {
    // f is a funding decision (lever no); y has no 2023 values, only 2022's carried (max_age 1).
    // A (f 0, x 20, y 0 carried: 6.7 points) must pass B (f 1, x 30, y 0: 43.3): f would gain
    // 33.3, but it is no lever; y — carried, not missing — is one and moves 0 → 1 (+33.3 → 40),
    // then x closes the rest.
    let definition = try definition(
      "id,parent,direction,lever,max_age\nsci,,,,\nf,sci,+,no,\nx,sci,+,yes,\ny,sci,+,,1\n")
    #expect(Gap.levers(of: definition) == [1, 2])
    let dataset = try dataset(
      "city,year,f,x,y\nL,2023,0,0,\nA,2023,0,20,\nB,2023,1,30,\nC,2023,1,100,\nL,2022,,,0\nA,2022,,,0\nB,2022,,,0\nC,2022,,,1\n",
      for: definition)
    let gap = try Gap(
      city: "A", target: "B", definition: definition, dataset: dataset, year: 2023, options: ScoringOptions(),
      levers: Gap.levers(of: definition))
    #expect(!gap.steps.contains { $0.indicator == "f" })
    let y = try #require(gap.steps.first { $0.indicator == "y" })
    #expect(y.from == 0 && y.to == 1)
    #expect(gap.closesGap && gap.steps.map(\.indicator).sorted() == ["x", "y"])
  }
}
