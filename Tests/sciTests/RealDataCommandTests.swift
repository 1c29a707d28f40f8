import Foundation
import Testing

/// The shipped default is real: every command without arguments works on the Open Smart City
/// Index and says where its values come from.
@Suite struct RealDataCommandTests {
  @Test func rankWithoutArgumentsRanksThe80CitiesOf2021AndSaysWhereTheValuesComeFrom() throws {
    let run = try SCIRunner.run(["rank"])
    #expect(run.status == 0 && run.stderr.isEmpty)
    #expect(run.stdout.hasPrefix("Open Smart City Index 2021 — "))
    #expect(run.stdout.contains("Where the 2021 values come from. Carried forward: "))
    // the vintage table's columns use the HTML report's words
    let vintageHeader = run.stdout.split(separator: "\n").first { $0.hasPrefix("Indicator ") }
    #expect(vintageHeader?.contains("Carried forward") == true)
    // the charging register ends in 2018: carried three years for all 80 cities
    let charging = run.stdout.split(separator: "\n").first { $0.hasPrefix("ev_charging_points ") }.map(String.init)
    #expect(charging?.split(separator: " ", omittingEmptySubsequences: true) == ["ev_charging_points", "2018", "3", "y", "80"])
    let fiveG = run.stdout.split(separator: "\n").first { $0.hasPrefix("mobile_5g_area_share_residential ") }
    #expect(fiveG?.hasSuffix("13 proxy") == true)
    #expect(!run.stdout.lowercased().contains("simulated"))
  }

  @Test func csvCountsEachCitysCarriedAndFlaggedValues() throws {
    let run = try SCIRunner.run(["rank", "--format", "csv"])
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.first == "rank,city,score,verwaltung,it_kommunikation,energie_umwelt,mobilitaet,gesellschaft_bildung,coverage,carried,flagged")
    #expect(lines.count == 81)
    // Aachen: portal and Onleihe (2019), car stock and charging (2018) carried; 5G and car stock are
    // its Kreis's, its Onleihe collection a network's
    #expect(lines.first { $0.contains(",Aachen,") }?.hasSuffix(",1.0,4,3") == true)
  }

  @Test func dropFlagLeavesTheProxiesOutAndCountsThemAsGaps() throws {
    let run = try SCIRunner.run(["rank", "--format", "csv", "--drop-flag", "proxy"])
    #expect(run.status == 0)
    let aachen = run.stdout.split(separator: "\n").first { $0.contains(",Aachen,") }.map(String.init) ?? ""
    // 8 of 11 indicators left; no proxy remains (Wiesbaden's two breaks keep the flagged column)
    #expect(aachen.hasSuffix(",0.7272727272727273,2,0"))
    #expect(run.stdout.hasPrefix("rank,city,score,verwaltung,it_kommunikation,energie_umwelt,mobilitaet,gesellschaft_bildung,coverage,carried,flagged\n"))
    #expect(run.stdout.split(separator: "\n").first { $0.contains(",Wiesbaden,") }?.hasSuffix(",2") == true)
  }

  @Test func aYearBeyondTheLimitWarnsAndLeavesTheStaleValuesOut() throws {
    let run = try SCIRunner.run(["rank", "--year", "2023", "--format", "csv"])
    #expect(run.status == 0)
    #expect(
      run.stderr.contains(
        "warning: indicator 'ev_charging_points' has no value for 2023 within its maximum age of 3 years for 80 cities "
          + "(latest: 2018), so their values count as missing"))
  }

  @Test func profilesMarkCarriedAndProxyValues() throws {
    let run = try SCIRunner.run(["profile", "aachen", "--format", "csv"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "node,name,level,raw,unit,value_year,flag,score,median,peer_median,leader,leader_score")
    #expect(lines.contains { $0.hasPrefix("ev_bev_share_car_stock,") && $0.contains(",2018,proxy,") })
    #expect(lines.contains { $0.hasPrefix("mobile_5g_area_share_residential,") && $0.contains(",,proxy,") })
  }

  @Test func aProfileSaysWhenNoIndicatorIsFarEnoughBelowTheMedianToBeAWeakness() throws {
    let run = try SCIRunner.run(["profile", "ingolstadt"])
    #expect(run.status == 0)
    // 2021 scores against the medians: Photovoltaik 76.2 - 25.1, Ladepunkte 67.4 - 16.4,
    // Elektroautos 100 - 50; 5G, its lowest against the median, is only 0.2 below (88.9, 89.1)
    #expect(run.stdout.contains(
      "Strongest (vs. median): Photovoltaik +51.1; Öffentliche Ladepunkte +51.0; Elektroautos im Bestand +50.0\n"))
    #expect(run.stdout.contains("Weakest (vs. median): No indicator is 5 points or more below the median.\n"))
    // 2022: the car stock and charging values (2018) are 4 years old, beyond their max age of 3
    // (two of Ingolstadt's strengths gone): 9 of 11 (it has no Onleihe count in any year); 2023:
    // the portal list (2019) too, and no city has an Onleihe count: 7 of 11
    #expect(run.stdout.contains(", 2021 #40 (37.8), 2022 #39 (35.9; 9 of 11 indicators), 2023 #36 (33.4; 7 of 11 indicators), "))
    #expect(run.stdout.contains("its ranks compare with other years' only in part.\n"))
  }

  @Test func anAttributionNamesTheIndicatorsThatHaveNoValueInOneOfTheYears() throws {
    // 2023: the portal list (2019) and the car stock and charging values (2018) are beyond their
    // max age of 3 years, so they have no score in 2023 and no contribution (not 0)
    let run = try SCIRunner.run(["compare", "--city", "ingolstadt", "--from", "2021", "--to", "2023"])
    #expect(run.status == 0)
    #expect(
      run.stdout.contains(
        "Open-Data-Portal, Elektroautos im Bestand, Öffentliche Ladepunkte and E-Medien der Onleihe (dropped: no values in 2023)"))
    let csv = try SCIRunner.run(["compare", "--city", "ingolstadt", "--from", "2021", "--to", "2023", "--format", "csv"])
    let charging = csv.stdout.split(separator: "\n").first { $0.hasPrefix("ev_charging_points,") }
    #expect(charging?.contains(",indicator,dropped,") == true && charging?.hasSuffix(",,") == true)  // no 2023 score, no contribution
  }

  @Test func aProfileListsTheCitysPublishedBitkomResults() throws {
    let run = try SCIRunner.run(["profile", "münchen"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Bitkom Smart City Index (published): 2019 #5 67.7, 2020 #2 74.4, 2021 #4 72.7, "))
    #expect(run.stdout.contains("2023 #1 84.5"))
    let none = try SCIRunner.run(["profile", "münchen", "--with", "none"])
    #expect(!none.stdout.contains("(published)"))
  }

  @Test(arguments: ["table", "csv", "json", "markdown"])
  func compareWithThePublishedRankingGivesRhoTauAndN(format: String) throws {
    let run = try SCIRunner.run(["compare", "--with", "datasets/bitkom-published.csv", "--format", format])
    #expect(run.status == 0)
    switch format {
    case "csv":
      #expect(run.stdout.hasPrefix("city,rank,other_rank,rank_difference,other_status,other_source\nBerlin,1,9,8,"))
    case "json":
      #expect(run.stdout.contains("\"spearman\" :") && run.stdout.contains("\"kendall_tau_b\" :") && run.stdout.contains("\"n\" : 16"))
    default:
      #expect(run.stdout.contains("Spearman's rho") && run.stdout.contains("n = 16"))
      #expect(run.stdout.contains("Not matched (not ranked here): Kaiserslautern"))
    }
  }

  /// Every published year with ranks, 2019–2025; the open data are ranked up to 2024 (2025 has
  /// only the GBFS count), so 2025 is compared with the ranking of 2024.
  @Test func compareEveryYearGivesRhoPerPublishedYearAndArea() throws {
    let run = try SCIRunner.run(["compare", "--with", "datasets/bitkom-published.csv", "--every-year", "--format", "csv"])
    #expect(run.status == 0)
    let rows = run.stdout.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
    #expect(rows.first == ["published_year", "data_year", "part", "n", "spearman", "kendall"])
    let overall = rows.filter { $0.count > 2 && $0[2] == "rank" }
    #expect(overall.map { $0[0] } == ["2019", "2020", "2021", "2022", "2023", "2024", "2025"])
    #expect(overall.map { $0[1] } == ["2019", "2020", "2021", "2022", "2023", "2024", "2024"])
    #expect(rows.contains { $0.count > 2 && $0[0] == "2021" && $0[2] == "energie_umwelt" })
    let withYear = try SCIRunner.run(["compare", "--with", "datasets/bitkom-published.csv", "--every-year", "--year", "2021"])
    #expect(withYear.status == 2 && withYear.stderr.contains("--every-year"))
  }

  @Test func compareWithRefusesOptionsThatBelongToYearComparisons() throws {
    let run = try SCIRunner.run(["compare", "--with", "datasets/bitkom-published.csv", "--from", "2018"])
    #expect(run.status == 2)
    let noFile = try SCIRunner.run(["compare", "--indicator", "total"])
    #expect(noFile.status == 2 && noFile.stderr.contains("go with --with FILE"))
  }

  @Test func compareBetweenRealYearsNamesTheIndicatorsThatMovedACity() throws {
    let run = try SCIRunner.run(["compare", "--from", "2018", "--to", "2021", "--city", "hamburg", "--format", "csv"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("\nbroadband_hh_share_ge1000mbit,Gigabit-Anschlüsse,indicator,"))
    #expect(run.stdout.contains("\npv_installed_kw,Photovoltaik,indicator,"))
  }
}
