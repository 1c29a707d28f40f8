import Testing

@testable import CityIndex

/// sci → A (weight 1) {x}, B (weight 1) {y (1), z (3)}: effective weights x ½, y ⅛, z ⅜.
/// Q and R hold 0 and 100 on every indicator in both years, so panel min-max scores equal raw values.
///
///     P 2022: x 50, y 20, z 40 → A 50, B (20 + 120) / 4 = 35, total 42.5
///     P 2023: x 70, y 60, z 40 → A 70, B (60 + 120) / 4 = 45, total 57.5   (change 15)
///     contributions: x ½ · 20 = 10, y ⅛ · 40 = 5, z 0 → A 10, B 5, sum 15
@Suite struct AttributionTests {
  let index = """
    id,parent,weight,direction
    sci,,,
    A,sci,1,
    x,A,1,+
    B,sci,1,
    y,B,1,+
    z,B,3,+
    """

  func cards(_ data: String) throws -> (Scorecard, Scorecard) {
    let definition = try definition(index)
    let dataset = try dataset(data, for: definition)
    let options = ScoringOptions(scope: .panel)
    return (try Scorer.score(definition, dataset, year: 2022, options: options), try Scorer.score(definition, dataset, year: 2023, options: options))
  }

  let complete = """
    city,year,x,y,z
    P,2022,50,20,40
    Q,2022,0,0,0
    R,2022,100,100,100
    P,2023,70,60,40
    Q,2023,100,100,100
    R,2023,0,0,0
    """

  @Test func contributionsAddUpExactlyWithCompleteDataAndArithmeticMeans() throws {
    let (from, to) = try cards(complete)
    let a = try Attribution(city: "P", from: from, to: to)
    let byNode = Dictionary(uniqueKeysWithValues: a.rows.map { ($0.node, $0) })
    #expect(a.isExact)
    #expect(a.rows.map(\.node) == ["sci", "A", "x", "B", "y", "z"])
    #expect(a.rows.map(\.level) == ["index", "area", "indicator", "area", "indicator", "indicator"])
    #expect(close(byNode["sci"]?.contribution ?? 0, 15))
    #expect(close(byNode["x"]?.contribution ?? 0, 10))
    #expect(close(byNode["y"]?.contribution ?? 0, 5))
    #expect(close(byNode["z"]?.contribution ?? 1, 0))
    #expect(close(byNode["A"]?.contribution ?? 0, 10) && close(byNode["B"]?.contribution ?? 0, 5))
    #expect(byNode["z"]?.effectiveWeight == 0.375 && byNode["y"]?.weight == 1)
    #expect(abs(a.residual) < 1e-12)
    #expect(a.missingInOneYear.isEmpty)
    let leaves = a.rows.filter { $0.level == "indicator" }.reduce(0) { $0 + $1.contribution }
    #expect(close(leaves, to.totals[0] - from.totals[0]))
  }

  @Test func aMissingValueLeavesAResidualRow() throws {
    // P's y is missing in 2023: B = z = 40, total (70 + 40) / 2 = 55, change 12.5;
    // attributed x 10 + z 0 = 10, residual 2.5 (y's weight moved to z).
    let (from, to) = try cards(complete.replacingOccurrences(of: "P,2023,70,60,40", with: "P,2023,70,,40"))
    let a = try Attribution(city: "P", from: from, to: to)
    #expect(!a.isExact)
    #expect(a.rows.last?.node == "residual")
    #expect(close(a.rows.last?.contribution ?? 0, 2.5))
    #expect(close(a.rows.first?.contribution ?? 0, 12.5))
    // y has no contribution (not 0: its part is in the residual) and is named with the year it lacks
    let y = try #require(a.rows.first { $0.node == "y" })
    #expect(y.contribution.isNaN && y.scoreTo.isNaN && close(y.scoreFrom, 20))
    #expect(a.missingInOneYear.map(\.node) == ["y"] && a.missingInOneYear.map(\.year) == [2023])
    // B = z 0 + nothing from y; y comes last among B's indicators
    #expect(close(a.rows.first { $0.node == "B" }?.contribution ?? 1, 0))
    #expect(a.rowsByEffect.map(\.node) == ["sci", "A", "x", "B", "z", "y", "residual"])
  }

  @Test func geometricAggregationIsApproximate() throws {
    let definition = try definition(index)
    // Shift every value up so that scores stay positive under zscore.
    let dataset = try dataset(complete, for: definition)
    let options = ScoringOptions(normalization: .zScore, aggregation: .geometric, scope: .panel)
    let a = try Attribution(
      city: "P", from: Scorer.score(definition, dataset, year: 2022, options: options),
      to: Scorer.score(definition, dataset, year: 2023, options: options))
    #expect(!a.isExact)
    let attributed = a.rows.filter { $0.level == "indicator" }.reduce(0) { $0 + $1.contribution }
    #expect(close(attributed + a.residual, a.rows[0].contribution))
  }

  @Test func aCityNotRankedInOneYearCannotBeAttributed() throws {
    let (from, to) = try cards(complete + "\nN,2023,1,1,1\n")
    let found = diagnostics { _ = try Attribution(city: "N", from: from, to: to) }
    #expect(found.map(\.message) == ["N is not ranked in 2022, so its change cannot be attributed"])
  }
}
