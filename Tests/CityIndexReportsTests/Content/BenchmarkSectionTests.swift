import CityIndex
import Testing

@testable import CityIndexReports

/// The comparison with a published ranking explains every city more than ten places apart.
@Suite struct BenchmarkSectionTests {
  /// 14 cities C1…C14; C*k* has a = k and b = 100 − 3k (so a's order is the total's: C14 first,
  /// C1 last, the others' b only narrowing the gaps). Published: C1 rank 1, C*k* (k ≥ 2) rank
  /// 16 − k — every city one place apart except C1, 13 apart; `mob` published for C1, C2, C3
  /// (C1 best), `gesellschaft` published but not in this index.
  func report(index: IndexDefinition?) throws -> Report {
    let definition = try IndexDefinition(
      nodes: [
        Node(id: "sci", name: "Mini"), Node(id: "adm", name: "Verwaltung", parentID: "sci"),
        Node(id: "mob", name: "Mobilität", parentID: "sci"),
        Node(id: "a", name: "Online", parentID: "adm", direction: .higherIsBetter, unit: "%"),
        Node(id: "b", name: "Sharing", parentID: "mob", direction: .lowerIsBetter, unit: "count"),
      ], file: "index.csv")
    var dataset = Dataset(indicators: ["a", "b"])
    var entries: [PublishedValues.Entry] = []
    for k in 1...14 {
      let row = dataset.addCity("C\(k)")
      dataset.setValue(Double(k), city: row, year: 2021, indicator: 0)
      dataset.setValue(Double(100 - 3 * k), city: row, year: 2021, indicator: 1)
      entries.append(.init(city: "C\(k)", year: 2021, indicator: "rank", value: Double(k == 1 ? 1 : 16 - k), status: k == 14 ? "derived: x" : "reported"))
    }
    for (k, score) in [(1, 90.0), (2, 50), (3, 40)] {
      entries.append(.init(city: "C\(k)", year: 2021, indicator: "mob", value: score))
    }
    entries.append(.init(city: "C1", year: 2021, indicator: "gesellschaft", value: 70))
    entries.append(.init(city: "C1", year: 2020, indicator: "energie", value: 70))  // another year: not said
    let card = try Scorer.score(definition, dataset)
    return try #require(
      ReportBuilder.build(
        definition: definition, dataset: dataset, scorecards: [card], year: 2021, language: .en,
        provenance: Provenance(commandLine: "sci report", inputs: []),
        published: (PublishedValues(file: "p.csv", entries: entries), "Published Index"), publishedIndex: index))
  }

  @Test func onlyCitiesMoreThanTenPlacesApartAreExplainedAndAtLeastFiveShown() throws {
    let b = try #require(try report(index: nil).overview.benchmark)
    // C1: 14 here, 1 there (−13); everyone else one place apart.
    #expect(b.disagreements.count == 5)
    #expect(b.disagreements.first.map { [$0.city, String($0.rank), String($0.otherRank)] } == ["C1", "14", "1"])
    #expect(Array(b.explanations.keys) == ["C1"])
    #expect(b.unmeasured == ["gesellschaft"])  // no definition: its id
    let c1 = try #require(b.explanations["C1"])
    // C1 is worst on both (a = 1 the lowest, b = 97 the highest of a lower-is-better count).
    #expect(Set(c1.weakest.map(\.name)) == ["Online", "Sharing"] && c1.weakest.allSatisfy { $0.score == 0 })
    // Mobilität published for 3 cities: C1 first there; here C1 is 14th in the area.
    #expect(c1.areas.count == 1)
    #expect(c1.areas.first.map { [$0.name, String($0.rank), String($0.publishedRank), String($0.publishedCount)] } == ["Mobilität", "14", "1", "3"])
  }

  @Test func theLineNamesWhatTheIndexLacksTheCitysValuesAndTheAreasAndMarksADerivedRank() throws {
    let index = try IndexDefinition(
      nodes: [Node(id: "p"), Node(id: "gesellschaft", name: "Gesellschaft und Bildung", parentID: "p", direction: .higherIsBetter)],
      file: "published.csv")
    let report = try report(index: index)
    let b = try #require(report.overview.benchmark)
    #expect(b.unmeasured == ["Gesellschaft und Bildung"])
    let md = MarkdownReport.overview(report)
    #expect(md.contains("### Why so far apart (generated from both indexes' data)"))
    #expect(
      md.contains(
        "- C1: rank 14 here, 1 in the Published Index. That index also scores ‘Gesellschaft und Bildung’, which this one does not measure. "
          + "Its weakest indicators here: "))
    #expect(md.contains("Online 1 % (0.0 points)") && md.contains("Sharing 97 count (0.0 points)"))
    #expect(md.contains("By area, rank here against rank there (among the cities it gives area scores for): Mobilität 14 against 1 of 3."))
    // C14's published rank was worked out, not published: the table says so.
    #expect(md.contains("| [C14](cities/c14.md) | 1 | 2 (derived) |"))
    let html = HTMLReport.overview(report)
    #expect(html.contains("<h3 id=\"why-apart\">") && html.contains("<td class=\"num\">2 (derived)</td>"))
  }
}
