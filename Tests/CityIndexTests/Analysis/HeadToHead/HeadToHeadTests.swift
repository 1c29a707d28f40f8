import Testing

@testable import CityIndex

/// Two cities side by side, on a hierarchy small enough to work out by hand:
///
///     sci → adm (w 1) {a (w 1), b (w 1)}, mob (w 1) {c}      shares: a ¼, b ¼, c ½
///     2021 values  a: X 10, Y 30, Z 20    b: X 40, Y 20, Z 0    c: X 5, Y 1, Z 3
///     min-max      a: X 0, Y 100, Z 50    b: X 100, Y 50, Z 0   c: X 100, Y 0, Z 50
///     totals       X ¼·0 + ¼·100 + ½·100 = 75;  Y 25 + 12.5 + 0 = 37.5;  Z 12.5 + 0 + 25 = 37.5
@Suite struct HeadToHeadTests {
  let definition: IndexDefinition

  init() throws {
    definition = try IndexDefinition(
      nodes: [
        Node(id: "sci"), Node(id: "adm", name: "Verwaltung", parentID: "sci"), Node(id: "mob", name: "Mobilität", parentID: "sci"),
        Node(id: "a", parentID: "adm", direction: .higherIsBetter), Node(id: "b", parentID: "adm", direction: .higherIsBetter),
        Node(id: "c", parentID: "mob", direction: .higherIsBetter),
      ], file: "index.csv")
  }

  func dataset(_ years: [Int: [String: [Double]]]) -> Dataset {
    var dataset = Dataset(indicators: ["a", "b", "c"])
    for (year, cities) in years.sorted(by: { $0.key < $1.key }) {
      for (city, values) in cities.sorted(by: { $0.key < $1.key }) {
        let row = dataset.row(of: city) ?? dataset.addCity(city)
        for (column, value) in values.enumerated() { dataset.setValue(value, city: row, year: year, indicator: column) }
      }
    }
    return dataset
  }

  var year2021: [String: [Double]] { ["X": [10, 40, 5], "Y": [30, 20, 1], "Z": [20, 0, 3]] }

  func contributions(_ duel: HeadToHead) -> [String: Double] {
    Dictionary(uniqueKeysWithValues: duel.rows.map { ($0.node, $0.contribution) })
  }

  @Test func theContributionsAddUpToTheGapAtEveryLevel() throws {
    let data = dataset([2021: year2021])
    let duel = try HeadToHead(try Scorer.score(definition, data), data, a: "X", b: "Y")
    #expect(duel.a.total == 75 && duel.b.total == 37.5 && duel.gap == 37.5)
    // a ¼ · (0 − 100) = −25, b ¼ · (100 − 50) = 12.5, c ½ · (100 − 0) = 50; adm −12.5, mob 50.
    #expect(contributions(duel) == ["sci": 37.5, "adm": -12.5, "mob": 50, "a": -25, "b": 12.5, "c": 50])
    #expect(duel.unattributed == 0)
    let adm = try #require(duel.rows.first { $0.node == "adm" })
    #expect(adm.scoreA == 50 && adm.scoreB == 75 && adm.difference == -25 && adm.multiplier == 0.5)
    #expect(duel.areasLed == (a: 1, b: 1, even: 0))
    #expect(duel.drivers().map(\.node) == ["mob"])
    #expect(duel.drivers(indicators: true).map(\.node) == ["c", "b"])
    let c = try #require(duel.rows.first { $0.node == "c" })
    #expect(c.valueA == 5 && c.valueB == 1 && c.yearA == 2021 && c.yearB == 2021)
    #expect(duel.a.rank == 1 && duel.b.rank == 2 && duel.rankedCount == 3)
  }

  @Test func aCityAgainstItselfIsAllZerosAndSwappingFlipsEverySign() throws {
    let data = dataset([2021: year2021])
    let card = try Scorer.score(definition, data)
    let itself = try HeadToHead(card, data, a: "X", b: "X")
    #expect(itself.gap == 0 && itself.rows.allSatisfy { $0.contribution == 0 && $0.difference == 0 })
    #expect(itself.areasLed == (a: 0, b: 0, even: 2))
    let xy = try HeadToHead(card, data, a: "X", b: "Y")
    let yx = try HeadToHead(card, data, a: "Y", b: "X")
    #expect(yx.gap == -xy.gap)
    for (one, other) in zip(xy.rows, yx.rows) {
      #expect(one.contribution == -other.contribution && one.difference == -other.difference, "\(one.node)")
      #expect(one.scoreA == other.scoreB && one.scoreB == other.scoreA)
      if one.level == .indicator { #expect(one.valueA == other.valueB && one.valueB == other.valueA) }
    }
  }

  @Test func aScoreOnlyOneCityHasStandsInAtTheOthersOwnGroupScore() throws {
    // Z without c: min-max of c over X and Y (X 100, Y 0); Z's mob has no score, so the nearest
    // group above with one is the index: Z's total, its adm alone, (50 + 0) / 2 = 25, stands in
    // for c. X − Z = 75 − 25 = 50: a ¼ · (0 − 50) = −12.5, b ¼ · (100 − 0) = 25, c ½ · (100 − 25)
    // = 37.5 — all of the gap, nothing unattributed.
    var values = year2021
    values["Z"] = [20, 0, .nan]
    let data = dataset([2021: values])
    let duel = try HeadToHead(try Scorer.score(definition, data), data, a: "X", b: "Z")
    #expect(duel.gap == 50)
    #expect(contributions(duel) == ["sci": 50, "adm": 12.5, "mob": 37.5, "a": -12.5, "b": 25, "c": 37.5])
    #expect(duel.unattributed == 0)
    let c = try #require(duel.rows.first { $0.node == "c" })
    #expect(c.isOneSided && c.scoreB.isNaN && c.standInB == 25 && c.standInA.isNaN)
    #expect(duel.oneSided.map(\.node) == ["c"])
    // The area only X has drives the gap, and says so.
    #expect(duel.drivers().map(\.node) == ["mob", "adm"])
    #expect(try #require(duel.rows.first { $0.node == "mob" }).isOneSided)
  }

  @Test func withinAnAreaBothHaveTheStandInIsTheAreasScore() throws {
    // Z without b: a scores X 0, Y 100, Z 50, so Z's adm is 50 (a alone) and stands in for b;
    // c X 100, Z 50: totals X 75, Z 50. a ¼ · (0 − 50) = −12.5, b ¼ · (100 − 50) = 12.5,
    // c ½ · (100 − 50) = 25: 25, the gap.
    var values = year2021
    values["Z"] = [20, .nan, 3]
    let data = dataset([2021: values])
    let duel = try HeadToHead(try Scorer.score(definition, data), data, a: "X", b: "Z")
    #expect(duel.gap == 25)
    #expect(contributions(duel) == ["sci": 25, "adm": 0, "mob": 25, "a": -12.5, "b": 12.5, "c": 25])
    #expect(try #require(duel.rows.first { $0.node == "b" }).standInB == 50)
    #expect(duel.unattributed == 0)
    // Swapped, every sign flips and the stand-in changes sides.
    let swapped = try HeadToHead(try Scorer.score(definition, data), data, a: "Z", b: "X")
    #expect(contributions(swapped)["b"] == -12.5 && swapped.rows.first { $0.node == "b" }?.standInA == 50)
  }

  @Test func whatNeitherCityHasIsTheUnattributedRest() throws {
    // X and Z both without b: a X 0, Z 50 (Y 100), c X 100, Z 50. adm is a alone for both:
    // X (0 + 100) / 2 = 50, Z (50 + 50) / 2 = 50, gap 0. a keeps its ¼ · (0 − 50) = −12.5 and
    // c ½ · 50 = 25; the other −12.5 is b's quarter, which a carries for both and no indicator
    // accounts for.
    var values = year2021
    values["X"] = [10, .nan, 5]
    values["Z"] = [20, .nan, 3]
    let data = dataset([2021: values])
    let duel = try HeadToHead(try Scorer.score(definition, data), data, a: "X", b: "Z")
    #expect(duel.gap == 0)
    #expect(contributions(duel)["a"] == -12.5 && contributions(duel)["c"] == 25 && contributions(duel)["b"]?.isNaN == true)
    #expect(duel.unattributed == -12.5 && duel.oneSided.isEmpty)
  }

  @Test func copelandCannotBeSplit() throws {
    let data = dataset([2021: year2021])
    var options = ScoringOptions()
    options.aggregation = .copeland
    let card = try Scorer.score(definition, data, options: options)
    #expect(throws: InputErrors.self) { try HeadToHead(card, data, a: "X", b: "Y") }
  }

  /// 2020 as 2021 above; in 2021 Y's c rises from 1 to 3. Bounds over both years: c 1…5, so Y's c
  /// scores 0 then 50 and the gap X − Y falls from 37.5 to 12.5, all of it through c:
  /// ½ · (100 − 0) = 50 → ½ · (100 − 50) = 25.
  @Test func theGapsChangeIsLikeForLikeAndAddsUp() throws {
    var later = year2021
    later["Y"] = [30, 20, 3]
    let data = dataset([2020: year2021, 2021: later])
    let cards = try data.years.map { try Scorer.score(definition, data, year: $0) }
    let change = try HeadToHead.change(
      try LikeForLike(definition, data, from: 2020, to: 2021, options: ScoringOptions()), a: "X", b: "Y", years: cards)
    #expect(change.gapFrom == 37.5 && change.gapTo == 12.5 && change.gapChange == -25)
    let c = try #require(change.rows.first { $0.node == "c" })
    #expect(c.from == 50 && c.to == 25 && c.change == -25)
    #expect(change.rows.filter { $0.node == "a" || $0.node == "b" }.allSatisfy { $0.change == 0 })
    #expect(change.coverage == 1 && change.notCompared.isEmpty)
    #expect(change.ranks.map(\.year) == [2020, 2021] && change.ranks.map(\.a) == [1, 1] && change.ranks.map(\.b) == [2, 2])
    // As ranked, each year on its own bounds: Y's 3 is the lowest c of 2021 (Z 3, X 5), scores 0
    // again, and the gap seems not to move at all.
    #expect(change.rankedGapFrom == 37.5 && change.rankedGapTo == 37.5)
  }

  @Test func aRevisedValueIsNotReadAsAChangeOfTheGap() throws {
    // Y's c in 2021 follows a break in the source: not compared, so c leaves the comparison
    // and the gap's change is measured on a and b alone (no change there).
    var later = year2021
    later["Y"] = [30, 20, 3]
    var data = dataset([2020: year2021, 2021: later])
    data.setFlag("break", city: data.row(of: "Y") ?? 0, year: 2021, indicator: 2)
    let cards = try data.years.map { try Scorer.score(definition, data, year: $0) }
    let change = try HeadToHead.change(
      try LikeForLike(definition, data, from: 2020, to: 2021, options: ScoringOptions()), a: "X", b: "Y", years: cards)
    #expect(change.gapChange == 0 && change.coverage == 0.5)
    #expect(change.notCompared.map(\.node) == ["c"] && change.notCompared.first?.statusB == .break)
  }
}
