import Foundation
import Testing

@testable import CityIndex

/// The shipped real data against the extracted sources it was built from
/// (`datasets/sources/`, copies of the shared reference material; `datasets/sources/build.py`).
@Suite struct OpenDataTests {
  /// Every record of a CSV file as column → text.
  func table(_ path: String) throws -> [[String: String]] {
    var header: [String] = []
    var rows: [[String: String]] = []
    let (dialect, problems) = CSVTable.read(path: shipped(path)) { found in
      header = found.names
      return true
    } body: { record in
      rows.append(Dictionary(uniqueKeysWithValues: zip(header, record.strings)))
    }
    #expect(dialect != nil && problems.isEmpty, "\(path) reads cleanly")
    return rows
  }

  var sourceFiles: [String] {
    get throws {
      try FileManager.default.contentsOfDirectory(atPath: shipped("datasets/sources/open-data"))
        .filter { $0.hasSuffix(".csv") && $0 != "city_ags.csv" }.sorted().map { "datasets/sources/open-data/\($0)" }
    }
  }

  @Test func everyShippedValueIsASourceRowAndEverySourceRowOfTheIndexIsShipped() throws {
    let definition = try DefinitionLoader.load(path: shipped("indicators/open-smart-city-index.csv")).value
    let ids = Set(definition.indicators.map(\.id))
    var expected: [String: [String: String]] = [:]  // "city|year|indicator" → source row
    for file in try sourceFiles {
      for row in try table(file) where ids.contains(row["indicator"] ?? "") {
        let key = [row["city"], row["year"], row["indicator"]].map { $0 ?? "" }.joined(separator: "|")
        #expect(expected[key] == nil, "\(key) once in the sources")
        expected[key] = row
      }
    }
    let breaks = Set(
      try table("datasets/sources/breaks.csv").filter { $0["decision"] == "break" }
        .map { [$0["city"], $0["year"], $0["indicator"]].map { $0 ?? "" }.joined(separator: "|") })
    let shipped = try table("datasets/open-data.csv")
    #expect(shipped.count == expected.count)
    #expect(shipped.count == 2782)
    var seen: Set<String> = []
    for row in shipped {
      let key = [row["city"], row["year"], row["indicator"]].map { $0 ?? "" }.joined(separator: "|")
      let source = try #require(expected[key], "\(key) is in the sources")
      #expect(row["value"] == source["value"], "\(key): the same value, as text")
      #expect(row["source"] == source["source"], "\(key): the same source")
      // proxy exactly where the source says a larger area's value stands in
      #expect((row["flag"] == "proxy") == (source["source"] ?? "").contains("PROXY:"), "\(key) flag")
      // break exactly where the screen's decisions say the source changed its method
      #expect((row["flag"] == "break") == breaks.contains(key), "\(key) break")
      #expect(["proxy", "break", ""].contains(row["flag"] ?? "?"), "\(key): no other flag")
      seen.insert(key)
    }
    #expect(seen.count == shipped.count, "no (city, year, indicator) twice")
  }

  @Test func theProxiesAreThe13KreisValuesOf5GThe14RegistrationDistrictsOfTheCarStockAndTheOnleiheNetworks() throws {
    let rows = try table("datasets/open-data.csv").filter { $0["flag"] == "proxy" }
    #expect(rows.filter { $0["indicator"] == "mobile_5g_area_share_residential" }.count == 13)
    #expect(rows.filter { $0["indicator"] == "ev_bev_share_car_stock" }.count == 14)
    // and the 41 Onleihe collections shared by a network, in both years
    #expect(rows.filter { $0["indicator"] == "onleihe_media_titles" }.count == 82)
    #expect(rows.count == 109)
  }

  @Test func theCitiesCarryTheirOfficialKeysAndTheOfficial2020Population() throws {
    let keys = Dictionary(uniqueKeysWithValues: try table("datasets/sources/open-data/city_ags.csv").map { ($0["city"] ?? "", $0) })
    let population = try table("datasets/sources/population/population.csv")
    let official2020 = Dictionary(uniqueKeysWithValues: population.filter { $0["year"] == "2020" }.map { ($0["city"] ?? "", $0["population"] ?? "") })
    let cities = try table("datasets/cities.csv")
    #expect(cities.count == 80)
    for row in cities {
      let city = row["city"] ?? ""
      #expect(row["ags"] == keys[city]?["ags"], "\(city) ags")
      #expect(row["ags"]?.count == 8, "\(city): 8 digits, as text")
      #expect(row["kreisfrei"] == keys[city]?["kreisfrei"], "\(city) kreisfrei")
      #expect(row["population"] == official2020[city], "\(city) population 31.12.2020")
    }
    #expect(cities.first { $0["city"] == "Hamburg" }?["population"] == "1852478")  // was 1,845,229: no official figure
    #expect(cities.first { $0["city"] == "Hamburg" }?["ags"] == "02000000")  // leading zero kept
    #expect(cities.filter { $0["kreisfrei"] == "0" }.count == 13)
  }

  /// Wiesbaden's mid-2021 broadband, two gaps in the GBFS catalogue (a system listed before and
  /// after but not that year) and two Onleihe counts that moved too far to be a change.
  @Test func theScreenFlagsWiesbadensBroadbandTwoCatalogueGapsAndTwoOnleiheCounts() throws {
    let flagged = try table("datasets/open-data.csv").filter { $0["flag"] == "break" }.map { [$0["city"], $0["year"], $0["indicator"]] }
    #expect(
      Set(flagged) == [
        ["Wiesbaden", "2021", "broadband_hh_share_ge1000mbit"], ["Wiesbaden", "2021", "broadband_hh_share_ftthb_ge1000mbit"],
        ["Karlsruhe", "2021", "gbfs_shared_mobility_systems"], ["Hannover", "2022", "gbfs_shared_mobility_systems"],
        ["Frankfurt am Main", "2019", "onleihe_media_titles"], ["Göttingen", "2019", "onleihe_media_titles"],
      ])
  }

  @Test func thePopulationPerYearIsTheOfficialOne() throws {
    let source = try table("datasets/sources/population/population.csv")
    let shipped = try table("datasets/population.csv")
    #expect(shipped.count == 640)
    // 2024 is the first year on the Zensus 2022 basis: a break for every city, and only then
    #expect(shipped.filter { $0["flag"] == "break" }.count == 80)
    #expect(shipped.filter { $0["flag"] == "break" }.allSatisfy { $0["year"] == "2024" && ($0["source"] ?? "").contains("Zensus 2022") })
    #expect(
      Set(shipped.map { [$0["city"], $0["year"], $0["population"], $0["source"]].map { $0 ?? "" } })
        == Set(source.map { [$0["city"], $0["year"], $0["population"], $0["source"]].map { $0 ?? "" } }))
  }

  @Test func everyIndicatorNamesItsUnitDirectionSourceLicenceAndAttribution() throws {
    let loaded = try DefinitionLoader.load(path: shipped("indicators/open-smart-city-index.csv"))
    #expect(loaded.warnings.isEmpty)
    let definition = loaded.value
    #expect(definition.areas.map(\.id) == ["verwaltung", "it_kommunikation", "energie_umwelt", "mobilitaet", "gesellschaft_bildung"])
    #expect(Set(definition.areas.map(\.weight)) == [1])
    for node in definition.indicators {
      #expect(!node.name.isEmpty && node.name != node.id, "\(node.id) name")
      #expect(!node.unit.isEmpty, "\(node.id) unit")
      #expect(node.direction == .higherIsBetter, "\(node.id) direction")
      #expect(!node.germanUnit.isEmpty, "\(node.id) German unit")
      #expect(!node.description.isEmpty && !node.source.isEmpty, "\(node.id) description and source")
      #expect(!node.licence.isEmpty && !node.attribution.isEmpty, "\(node.id) licence and attribution")
      #expect(node.maxAge == 3, "\(node.id) max_age")
    }
    // counts are shipped as counts; the definition divides them by the population
    let pv = try #require(definition.indicators.first { $0.id == "pv_installed_kw" })
    #expect(pv.denominator == "population" && pv.scale == 1000 && pv.unit == "W per inhabitant")
    let charging = try #require(definition.indicators.first { $0.id == "ev_charging_points" })
    #expect(charging.denominator == "population" && charging.scale == 100_000)
  }

  @Test func theDefaultRankingIs2021AndRanksAll80CitiesOnRealValues() throws {
    let definition = try DefinitionLoader.load(path: shipped("indicators/open-smart-city-index.csv")).value
    let raw = try DatasetLoader.load(paths: [shipped("datasets/open-data.csv")], definition: definition).value
    #expect(!raw.isSimulated)
    let cities = try CityTableLoader.load(paths: [shipped("datasets/cities.csv"), shipped("datasets/population.csv")]).value
    let data = try Denomination.apply(definition, raw, cities: cities, citiesFile: "cities").value
    let card = try Scorer.score(definition, data)
    #expect(card.year == 2021)
    #expect(card.rankingOrder.count == 80 && card.notRanked.isEmpty)
    #expect(card.warnings.isEmpty)
    // 2018's charging points and car stock are carried three years, the 2019 portal list and
    // Onleihe counts two
    let carried = Dictionary(grouping: card.carried, by: \.indicator).mapValues { Set($0.map(\.fromYear)) }
    #expect(
      carried == [
        "ev_charging_points": [2018], "ev_bev_share_car_stock": [2018], "open_data_portal_listed": [2019],
        "onleihe_media_titles": [2019],
      ])
    // Hamburg's 2021 photovoltaics: the kW of the data × 1000 ÷ its population of 2021 (watts each)
    let hamburg = try #require(data.row(of: "Hamburg"))
    let column = try #require(data.indicators.firstIndex(of: "pv_installed_kw"))
    let kW = try #require(try table("datasets/open-data.csv").first {
      $0["city"] == "Hamburg" && $0["year"] == "2021" && $0["indicator"] == "pv_installed_kw"
    }.flatMap { Double($0["value"] ?? "") })
    let people = try #require(cities.number("population", of: "Hamburg", year: 2021))
    #expect(close(data.values(for: 2021)?[hamburg, column] ?? .nan, kW * 1000 / people))
  }
}
