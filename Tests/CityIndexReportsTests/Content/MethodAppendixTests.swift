import CityIndex
import Testing

@testable import CityIndexReports

/// The appendix says what the run did: its methods, what treatment and imputation changed,
/// and the audit; profiles mark the values that were not measured as they are.
@Suite struct MethodAppendixTests {
  /// Twelve cities, a (+) with one far outlier, b (+) with a gap, grouped by region.
  func report(language: Language = .en) throws -> Report {
    let definition = try IndexDefinition(
      nodes: [
        Node(id: "sci", name: "Mini"), Node(id: "a", name: "Alpha", parentID: "sci", direction: .higherIsBetter),
        Node(id: "b", name: "Beta", parentID: "sci", direction: .higherIsBetter),
      ], file: "index.csv")
    var dataset = Dataset(indicators: ["a", "b"])
    var labels: [String: String] = [:]
    for i in 1...12 {
      let row = dataset.addCity("C\(i)")
      labels["C\(i)"] = i % 2 == 0 ? "even" : "odd"
      dataset.setValue(i == 12 ? 500 : Double(i), city: row, year: 2025, indicator: 0)
      dataset.setValue(i == 3 ? .nan : Double(i * 2), city: row, year: 2025, indicator: 1)
    }
    var options = ScoringOptions(missing: .groupMean)
    options.groups = CityGroups(column: "region", labels: labels)
    options.treatment = .winsorize
    let card = try Scorer.score(definition, dataset, options: options)
    return try #require(
      ReportBuilder.build(
        definition: definition, dataset: dataset, scorecards: [card], year: 2025, language: language,
        provenance: Provenance(commandLine: "sci report", inputs: [])))
  }

  @Test func namesTheMethodsTheTreatedIndicatorAndTheImputedValues() throws {
    let appendix = try report().overview.appendix
    #expect(appendix.rows.map(\.label).contains("Outliers"))
    #expect(appendix.rows.contains { $0.label == "Missing data" && $0.text.hasSuffix("(groups by 'region')") })
    // a: 1…11, 500 → one step sets 500 to 11
    #expect(appendix.treatment == ["Alpha: winsorised in 1 step (C12)", "1 missing value was filled in 1 indicator."])
    #expect(appendix.groups.map(\.name) == ["Mini"])
    let markdown = MarkdownReport.overview(try report())
    #expect(markdown.contains("### Data treatment") && markdown.contains("### Statistical audit"))
    let html = HTMLReport.overview(try report(language: .de))
    #expect(html.contains("<h3 id=\"audit\">Statistische Prüfung</h3>") && html.contains("winsorisiert in 1 Schritt (C12)"))
  }

  @Test func profilesMarkImputedAndCappedValues() throws {
    let profiles = try report().profiles
    let c3 = try #require(profiles.first { $0.city == "C3" })
    // C3's b is the mean of the odd cities' b: (2 + 10 + 14 + 18 + 22) / 5 = 13.2
    #expect(MarkdownReport.profile(c3).contains("missing (imputed: 13.2)"))
    let c12 = try #require(profiles.first { $0.city == "C12" })
    #expect(HTMLReport.profile(c12).contains("500 (capped at 11)"))
  }

  @Test func scoresOnAnotherRangeAreShownOnHundredPoints() throws {
    let definition = try IndexDefinition(
      nodes: [
        Node(id: "sci", name: "Mini"), Node(id: "a", name: "Alpha", parentID: "sci", direction: .higherIsBetter),
        Node(id: "b", name: "Beta", parentID: "sci", direction: .higherIsBetter),
      ], file: "index.csv")
    var dataset = Dataset(indicators: ["a", "b"])
    for (city, a, b) in [("X", 10.0, 20.0), ("Y", 20, 10), ("Z", 30, 40)] {
      let row = dataset.addCity(city)
      dataset.setValue(a, city: row, year: 2025, indicator: 0)
      dataset.setValue(b, city: row, year: 2025, indicator: 1)
    }
    var options = ScoringOptions()
    options.range = 0...1
    let card = try Scorer.score(definition, dataset, options: options)
    // Z: a 1, b 1 → 1 on 0–1; Y: a 0.5, b 0 → 0.25; X: a 0, b 1/3 → 1/6
    #expect(card.totals[2] == 1)
    let report = try #require(
      ReportBuilder.build(
        definition: definition, dataset: dataset, scorecards: [card], year: 2025, language: .en,
        provenance: Provenance(commandLine: "sci report --range 0,1", inputs: [])))
    let totals: [Double] = report.overview.rows.map(\.total)
    let expected: [Double] = [100, 25, 100.0 / 6]
    #expect(zip(totals, expected).allSatisfy { abs($0 - $1) < 1e-9 })
    #expect(report.overview.appendix.rows.contains { $0.label == "Score range" && $0.text.hasPrefix("0–1; this report shows") })
  }
}
