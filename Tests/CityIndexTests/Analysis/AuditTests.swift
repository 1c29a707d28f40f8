import Testing

@testable import CityIndex

@Suite struct AuditTests {
  @Test func cronbachsAlphaOfAKnownMatrix() {
    // five respondents × three items (columns): 2 3 3 / 4 4 5 / 3 5 4 / 5 5 5 / 1 2 2
    // item variances 2.5, 1.7, 1.7 (sum 5.9); totals 8, 13, 12, 15, 5, variance 16.3
    // alpha = 3/2 · (1 − 5.9 / 16.3) = 0.957055 (numpy gives 0.9570552147239264)
    let alpha = cronbachAlpha([[2, 4, 3, 5, 1], [3, 4, 5, 5, 2], [3, 5, 4, 5, 2]])
    #expect(abs(alpha - 0.9570552147239264) < 1e-12)
    #expect(cronbachAlpha([[1, 2, 3]]).isNaN)  // one item: undefined
  }

  @Test func tukeyFencesNameTheFarValues() {
    // 1…8, 40: quartiles 3 and 7 (type 7), fences −3 and 13 → only 40
    #expect(Audit.tukeyOutliers([1, 2, 3, 4, 5, 6, 7, 8, 40]) == [8])
    // with −50 as a tenth: quartiles 2.25 and 6.75 (fences −4.5 and 13.5), median 4.5; −50 is
    // 54.5 from it, 40 only 35.5, so −50 (position 9) comes first
    #expect(Audit.tukeyOutliers([1, 2, 3, 4, 5, 6, 7, 8, 40, -50]) == [9, 8])
    #expect(quantile([1, 2, 3, 4], 0.25) == 1.75)
  }

  /// Four cities: y rises with x, w copies x, z falls against all three (same group g).
  @Test func flagsNegativeCorrelationsAndRedundantPairs() throws {
    let definition = try definition("id,parent,direction\nsci,,\ng,sci,\nx,g,+\nw,g,+\ny,g,+\nz,g,+\nv,sci,+\n")
    let data = "city,year,x,w,y,z,v\nA,2023,1,2,1,9,1\nB,2023,2,4,3,7,2\nC,2023,3,6,2,5,4\nD,2023,4,8,4,1,3\n"
    let card = try Scorer.score(definition, try dataset(data, for: definition))
    let audit = Audit(card, dataset: try dataset(data, for: definition))
    let byID = Dictionary(uniqueKeysWithValues: audit.indicators.map { ($0.id, $0) })
    // g is mostly x, w and y, which z runs against: z correlates negatively with its parent
    #expect(try #require(byID["z"]).flags == [.negative])
    #expect(try #require(byID["x"]).flags.isEmpty)
    #expect(try #require(byID["x"]).coverage == 1)
    #expect(audit.redundantPairs.first == Audit.Pair(first: "x", second: "w", correlation: 1, sameGroup: true))
    let g = try #require(audit.groups.first { $0.id == "g" })
    #expect(g.children == 4 && g.completeCities == 4)
    // z pulls the group apart: alpha is low, though one component still carries most of it
    #expect(g.cronbachAlpha < 0.7 && g.firstComponentShare > 0.8)
  }

  /// `old` has values only for 2019, carried into 2021 (max_age 2): the audit describes the
  /// values the cities were scored on, so its coverage is 4 of 4, not 0.
  @Test func carriedValuesAreTheValuesTheAuditDescribes() throws {
    let definition = try definition("id,parent,direction,max_age\nsci,,,\nfresh,sci,+,\nold,sci,+,2\n")
    let data = """
      city,year,indicator,value
      A,2019,old,1
      B,2019,old,2
      C,2019,old,3
      D,2019,old,6
      A,2021,fresh,1
      B,2021,fresh,2
      C,2021,fresh,3
      D,2021,fresh,4
      """
    let card = try Scorer.score(definition, try dataset(data, for: definition), year: 2021)
    #expect(card.carried.count == 4)
    let old = try #require(Audit(card, dataset: try dataset(data, for: definition)).indicators.first { $0.id == "old" })
    #expect(old.coverage == 1)
    #expect(!old.flags.contains(.lowCoverage))
    #expect(old.moments.count == 4)
    #expect(old.moments.mean == 3)  // (1 + 2 + 3 + 6) / 4
  }
}
