import Testing

@testable import CityIndex

@Suite struct WhatIfTests {
  /// x and y, equal weights; excluding y leaves the ranking by x alone.
  ///
  ///     city  x   y     both (minmax)           x only
  ///     A     10  30    (0 + 100) / 2 = 50      0    → 3rd
  ///     B     20  10    (50 + 0) / 2 = 25       50   → 2nd
  ///     C     30  20    (100 + 50) / 2 = 75     100  → 1st
  @Test func excludingAnIndicatorShiftsTheRanksItCarried() throws {
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\ny,sci,+\n")
    let dataset = try dataset("city,year,x,y\nA,2023,10,30\nB,2023,20,10\nC,2023,30,20\n", for: definition)
    let baseline = try Scorer.score(definition, dataset)
    let reduced = try definition.excluding(["y"])
    #expect(reduced.indicators.map(\.id) == ["x"])
    let variant = try Scorer.score(reduced, dataset.selectingIndicators(["x"]))
    let whatIf = WhatIf(baseline: baseline, variant: variant)
    // baseline order C (1), A (2), B (3); variant C 1, B 2, A 3
    #expect(whatIf.shifts.map(\.city) == ["C", "A", "B"])
    #expect(whatIf.shifts.map(\.shift) == [0, -1, 1])
    #expect(whatIf.changed == 2 && whatIf.largestShift == 1)
    #expect(close(whatIf.meanAbsoluteShift, 2.0 / 3))
    // Spearman: ranks (1, 2, 3) vs (1, 3, 2): 1 − 6 · (0 + 1 + 1) / (3 · 8) = 0.5
    #expect(close(whatIf.rankCorrelation, 0.5))
    #expect(whatIf.shifts[1].baselineScore == 50 && whatIf.shifts[1].variantScore == 0)
  }

  @Test func excludingAWholeGroupOrEverythingAndUnknownIds() throws {
    let definition = try definition("id,parent,direction\nsci,,\ng,sci,\nx,g,+\ny,g,+\nz,sci,+\n")
    #expect(try definition.excluding(["x", "y"]).nodes.map(\.id) == ["sci", "z"])  // g goes with its children
    #expect(diagnostics { _ = try definition.excluding(["g", "z"]) }.map(\.message) == ["--exclude leaves no indicator to score"])
    #expect(diagnostics { _ = try definition.excluding(["q"]) }.map(\.message) == ["--exclude: unknown node 'q'"])
  }

  @Test func averageRanksShareTiedPlaces() {
    #expect(averageRanks([5, 9, 5, 1]) == [2.5, 1, 2.5, 4])
  }
}
