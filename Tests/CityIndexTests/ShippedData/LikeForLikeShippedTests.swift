import Testing

@testable import CityIndex

/// Issue 24's acceptance on the shipped default: for every city and the two comparisons a reader
/// meets (2018 → 2021, the oldest year the report draws, and 2020 → 2021, its "± since"), the
/// index's change is the sum of the compared indicators' contributions — no residual — and the
/// revision in Wiesbaden's broadband is no change.
@Suite struct LikeForLikeShippedTests {
  func comparison(from: Int, to: Int) throws -> LikeForLike {
    let definition = try DefinitionLoader.load(path: shipped("indicators/open-smart-city-index.csv")).value
    let raw = try DatasetLoader.load(paths: [shipped("datasets/open-data.csv")], definition: definition).value
    let cities = try CityTableLoader.load(paths: [shipped("datasets/cities.csv"), shipped("datasets/population.csv")]).value
    let dataset = try Denomination.apply(definition, raw, cities: cities, citiesFile: "datasets/cities.csv").value
    return try LikeForLike(definition, dataset, from: from, to: to, options: ScoringOptions())
  }

  @Test(arguments: [(2018, 2021), (2020, 2021)])
  func everyCitysChangeIsTheSumOfItsComparedContributions(from: Int, to: Int) throws {
    let change = try comparison(from: from, to: to)
    var largest = 0.0
    var measured = 0
    for city in change.ranked.to.cities {
      guard let difference = change.difference(of: city) else { continue }
      measured += 1
      let compared = change.definition.leaves.filter { !difference.contribution[$0].isNaN }
      let sum = compared.reduce(0) { $0 + difference.contribution[$1] }
      largest = max(largest, abs(difference.total - sum))
      // and the rule every row prints: contribution = share × change of the score
      for node in change.definition.nodes.indices where !difference.from[node].isNaN {
        #expect(abs(difference.contribution[node] - difference.multiplier[node] * (difference.to[node] - difference.from[node])) < 1e-9)
      }
    }
    #expect(measured == 80)
    #expect(largest < 1e-12)
  }

  @Test func wiesbadensBroadbandRevisionIsNoChange() throws {
    let wiesbaden = try CityChange(city: "Wiesbaden", in: try comparison(from: 2020, to: 2021))
    let statuses = Dictionary(uniqueKeysWithValues: wiesbaden.rows.map { ($0.node, $0.status) })
    #expect(statuses["broadband_hh_share_ftthb_ge1000mbit"] == .break)
    #expect(statuses["broadband_hh_share_ge1000mbit"] == .break)
    #expect(statuses["pv_installed_kw"] == .carried)  // 2020's value is 2018's
    #expect(statuses["mobile_5g_area_share_residential"] == .new)
    #expect(wiesbaden.change == 0)
    #expect((wiesbaden.rankFrom, wiesbaden.rankTo) == (6, 28))
    #expect(wiesbaden.rankParts?.ownComparable == 0)
    #expect(wiesbaden.rankParts?.isMostlyNotComparable == true)
  }

  @Test func hamburgFrom2018HasNothingLeftUnattributed() throws {
    // was +30.2 points with 27.0 "not attributed" (issue 24)
    let hamburg = try CityChange(city: "Hamburg", in: try comparison(from: 2018, to: 2021))
    let compared = hamburg.compared.reduce(0) { $0 + $1.contribution }
    #expect(abs(hamburg.change - compared) < 1e-12)
    #expect(Set(hamburg.notCompared.map(\.node)) == [
      "mpsc_funded", "open_data_portal_listed", "mobile_5g_area_share_residential", "ev_bev_share_car_stock", "ev_charging_points",
      "onleihe_media_titles",
    ])
  }
}
