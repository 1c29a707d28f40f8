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
    #expect(y.from == 20 && abs(y.to - 30) < 1e-6 && abs(y.pointsGained - 5) < 1e-6)
    #expect(gap.closesGap && gap.resultingRank == 2)
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
