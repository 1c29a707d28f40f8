import Testing

@testable import CityIndex

@Suite struct ImportanceTests {
  /// Three cities, x weighted 3 and y 1 (min-max): x scores 0, 50, 100 and y 100, 0, 50, so the
  /// index is (3x + y) / 4 = 25, 37.5, 87.5 (mean 50).
  /// x: deviations −50, 0, 50; index −25, −12.5, 37.5; Σ products 3125, Σ squares 5000 and 2187.5:
  /// r² = 3125² / (5000 · 2187.5) = 25/28. y: deviations 50, −50, 0; Σ products −625: r² = 1/28.
  /// Effective shares 25/26 and 1/26 against nominal 3/4 and 1/4: y runs against the index and
  /// still explains a little of it.
  @Test func effectiveSharesOfAHandComputedIndex() throws {
    let definition = try definition("id,parent,weight,direction\nsci,,,\na,sci,3,\nx,a,1,+\nb,sci,1,\ny,b,1,+\n")
    let data = "city,year,x,y\nA,2023,0,2\nB,2023,1,0\nC,2023,2,1\n"
    let importance = Importance(try Scorer.score(definition, try dataset(data, for: definition)))
    let x = try #require(importance.indicators.first { $0.id == "x" })
    let y = try #require(importance.indicators.first { $0.id == "y" })
    #expect(abs(x.firstOrder - 25.0 / 28) < 1e-12 && abs(y.firstOrder - 1.0 / 28) < 1e-12)
    #expect(y.correlation < 0)
    #expect(abs(x.effective - 25.0 / 26) < 1e-12 && abs(y.effective - 1.0 / 26) < 1e-12)
    #expect(x.nominal == 0.75 && y.nominal == 0.25)
    #expect(abs(y.ratio - (1.0 / 26) / 0.25) < 1e-12)
    #expect(x.area == "a" && x.level == .indicator && x.cities == 3)
    // Each area holds one indicator: the areas' shares are the same numbers.
    #expect(importance.areas.map(\.id) == ["a", "b"])
    #expect(importance.areas.map(\.level) == [.area, .area])
    #expect(abs(importance.areas[0].effective - 25.0 / 26) < 1e-12 && importance.areas[0].nominal == 0.75)
    #expect(abs(importance.largestIndicatorGap - (25.0 / 26 - 0.75)) < 1e-12)
  }

  /// A yes/no indicator: its r² is the correlation ratio Var(E[index | x]) / Var(index), here from
  /// the two group means. Four cities, x = 1, 1, 0, 0 (scores 100, 100, 0, 0) beside z = 0, 1, 2, 3
  /// (0, 33.3, 66.7, 100), equal weights: index 50, 66.67, 33.33, 50 (mean 50). Group means 58.33
  /// and 41.67, between-variance Σ 4 · 8.33² / 4 = 69.44; total Σ squares / 4 = 0 + 277.8 + 277.8
  /// + 0 = 138.9: η² = 0.5.
  @Test func aYesNoIndicatorsEffectIsItsCorrelationRatio() throws {
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\nz,sci,+\n")
    let data = "city,year,x,z\nA,2023,1,0\nB,2023,1,1\nC,2023,0,2\nD,2023,0,3\n"
    let importance = Importance(try Scorer.score(definition, try dataset(data, for: definition)))
    let x = try #require(importance.indicators.first { $0.id == "x" })
    #expect(abs(x.firstOrder - 0.5) < 1e-12)
    // An indicator directly under the root is its own area.
    #expect(importance.areas.map(\.id) == ["x", "z"])
  }

  /// A city without a score of an indicator leaves it out of that indicator's r only.
  @Test func missingScoresLeaveTheCityOutOfThatIndicatorOnly() throws {
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\nz,sci,+\n")
    let data = "city,year,x,z\nA,2023,1,0\nB,2023,2,1\nC,2023,,2\nD,2023,4,3\n"
    let importance = Importance(try Scorer.score(definition, try dataset(data, for: definition)))
    #expect(importance.indicators.map(\.cities) == [3, 4])
    #expect(abs(importance.indicators.reduce(0) { $0 + $1.effective } - 1) < 1e-12)
  }
}
