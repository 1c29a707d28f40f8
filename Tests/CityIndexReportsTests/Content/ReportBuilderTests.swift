import CityIndex
import Testing

@testable import CityIndexReports

@Suite struct ReportBuilderTests {
  // 2025: a 40, 20, 30 → München 100, A|B 0, evil 50; b 30, 10, 20 → 100, 0, 50.
  // Totals: München 100, evil 50, A|B 0. 2024: a 10, 20, 30 → 0, 50, 100; b → 100, 0, 50;
  // totals München 50, A|B 25, evil 75 → ranks evil 1, München 2, A|B 3.
  @Test func rowsCarryRanksChangesAndAreaScores() throws {
    let o = try sampleReport().overview
    #expect(o.rows.map(\.city) == ["München", "\"><script>alert(1)</script>", "A | B"])
    #expect(o.rows.map(\.rank) == [1, 2, 3])
    #expect(o.rows.map(\.change) == [1, -1, 0])
    #expect(o.rows.map(\.total) == [100, 50, 0])
    #expect(o.rows[0].areas == [100, 100])
    #expect(o.previousYear == 2024)
    #expect(o.simulated)
    #expect(o.history.map(\.ranks) == [[2, 1], [1, 2], [3, 3]])
  }

  @Test func headlineTellsLeaderMarginMoversAndClosestRace() throws {
    let h = try sampleReport().overview.headline
    #expect(h.leader == "München" && h.runnerUp == "\"><script>alert(1)</script>" && h.margin == 50)
    // Like for like over 2024 and 2025, a spans 10…40: München's a 0 → 100 at half the index is
    // +50; the others' values did not change, so there is no loss to headline.
    #expect(h.climber?.city == "München" && h.climber?.change == 50 && h.climber?.places == 1)
    #expect(h.faller == nil)
    #expect(h.closestRace?.gap == 50)
    let english = h.sentences(.en)
    #expect(english.first == "München leads the Mini <Index> 2025 with 100.0 points, 50.0 ahead of \"><script>alert(1)</script>.")
    #expect(english.contains("Biggest gain since 2024, like for like: München, +50.0 points on what both years measure (Online *services*), up 1 place to 1st."))
    #expect(english.contains("No city lost a point or more since 2024 on what both years measure."))
    let german = h.sentences(.de)
    #expect(german.first == "München führt den Mini <Index> 2025 mit 100,0 Punkten an, 50,0 Punkte vor \"><script>alert(1)</script>.")
  }

  @Test func profilesCompareWithMedianAndLeader() throws {
    let report = try sampleReport()
    let profile = try #require(report.profiles.first { $0.city == "A | B" })
    #expect(profile.slug == "a-b")
    #expect(profile.rank == 3 && profile.rankedCount == 3)
    let a = try #require(profile.lines.first { $0.id == "a" })
    #expect(a.raw == 20 && a.score == 0 && a.median == 50 && a.leaderScore == 100 && a.leaderCity == "München")
    #expect(profile.weaknesses.map(\.id) == ["a", "b"])  // both 50 below the median; by id
    #expect(profile.strengths.isEmpty)
    #expect(profile.history.map(\.rank) == [3, 3])
  }

  @Test func sameInputsGiveTheSameBytes() throws {
    let first = ReportFiles.render(try sampleReport())
    let second = ReportFiles.render(try sampleReport())
    #expect(first.map(\.path) == second.map(\.path))
    #expect(first.map(\.contents) == second.map(\.contents))
    #expect(first.map(\.path).contains("cities/muenchen.html"))
  }
}

@Suite struct ReportUncertaintyTests {
  @Test func rankIntervalsAppearInTheTableTheChartAndEveryProfile() throws {
    let report = try sampleReport()
    // Rebuild with a Monte Carlo over the same data: three cities, weights ±50 %.
    let definition = try IndexDefinition(
      nodes: [
        Node(id: "sci"), Node(id: "adm", parentID: "sci"), Node(id: "mob", parentID: "sci"),
        Node(id: "a", parentID: "adm", direction: .higherIsBetter), Node(id: "b", parentID: "mob", direction: .higherIsBetter),
      ], file: "index.csv")
    var dataset = Dataset(indicators: ["a", "b"])
    for (city, a, b) in [("München", 40.0, 30.0), ("A | B", 20, 10), ("Köln", 30, 20)] {
      let row = dataset.addCity(city)
      dataset.setValue(a, city: row, year: 2025, indicator: 0)
      dataset.setValue(b, city: row, year: 2025, indicator: 1)
    }
    let result = try Sensitivity.run(
      definition, dataset, year: 2025, options: ScoringOptions(), settings: .init(samples: 100, uncertainty: 0.5))
    let card = try Scorer.score(definition, dataset)
    let built = try #require(
      ReportBuilder.build(
        definition: definition, dataset: dataset, scorecards: [card], year: 2025, language: .en,
        provenance: report.overview.provenance, sensitivity: result))
    #expect(built.overview.uncertainty?.intervals["München"]?.p95 == 1)  // München leads both indicators
    let html = HTMLReport.overview(built)
    #expect(html.contains("id=\"chart-intervals-title\""))
    #expect(html.contains("Plausible ranks"))
    let profile = try #require(built.profiles.first { $0.city == "München" })
    #expect(HTMLReport.profile(profile).contains("Rank 1 of 3 · certain"))
    let koeln = try #require(built.profiles.first { $0.city == "Köln" })
    #expect(koeln.interval?.rank == 2)
  }
}

@Suite struct ProfileHighlightsTests {
  @Test func aCityWithNothingAboveTheMedianSaysSo() throws {
    // "A | B" is last on both indicators in 2025 (a 20 of 20–40, b 10 of 10–30)
    let profile = try #require(try sampleReport().profiles.first { $0.city == "A | B" })
    #expect(profile.strengths.isEmpty)
    #expect(MarkdownReport.profile(profile).contains("## Strengths\n\nNo indicator is 5 points or more above the median.\n"))
    #expect(HTMLReport.profile(profile).contains("<h3>Strengths</h3><p>No indicator is 5 points or more above the median.</p>"))
  }
}

/// "Get the data" (issue 26): the CSV beside each chart holds what the chart draws.
@Suite struct ChartDataTests {
  @Test func eachChartsCSVHoldsWhatItDraws() throws {
    let report = try sampleReport()
    let files = Dictionary(ReportFiles.render(report).map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
    let o = report.overview
    // ranking bars: rank, city, total of every row, in the order drawn
    let ranking = try #require(files["charts/ranking.csv"]).split(separator: "\n").map(String.init)
    #expect(ranking.first == "rank,city,total")
    #expect(ranking.count == o.rows.count + 1)
    #expect(ranking[1] == "1,München,100.0")
    // the heat map: one column per area, the scores drawn
    let areas = try #require(files["charts/areas.csv"]).split(separator: "\n").map(String.init)
    #expect(areas.first == "rank,city,adm,mob" && areas[1] == "1,München,100.0,100.0")
    // the rank history: every city and year drawn, with the indicators each year rests on
    let history = try #require(files["charts/history.csv"]).split(separator: "\n").map(String.init)
    #expect(history.first == "city,year,rank,indicators_with_data,indicators")
    #expect(history.count == o.history.count * o.historyYears.count + 1)
    #expect(history.contains("München,2024,2,2,2") && history.contains("München,2025,1,2,2"))
    // and each page links its data
    #expect(try #require(files["index.html"]).contains("<a href=\"charts/ranking.csv\" download=\"\">ranking.csv</a>"))
    #expect(try #require(files["index.md"]).contains("[ranking.csv](charts/ranking.csv)"))
  }
}

@Suite struct PublishedSourceLinkTests {
  @Test func onlyTheFirstAddressIsALinkTheRestStaysText() {
    var result = PublishedResult(year: 2021, rank: 1, total: 88.1)
    result.source = "https://a.example/x ; wentzel-dr.de gives 88.13"
    #expect(result.sourceLink.url == "https://a.example/x" && result.sourceLink.rest == "; wentzel-dr.de gives 88.13")
    result.source = "Bitkom press release, 2021"
    #expect(result.sourceLink.url == nil && result.sourceLink.rest == "Bitkom press release, 2021")
    result.source = "https://b.example/y"
    #expect(result.sourceLink.url == "https://b.example/y" && result.sourceLink.rest.isEmpty)
  }
}
