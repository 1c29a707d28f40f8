import CityIndex

@testable import CityIndexReports

/// Two years of a small index with names that try to break out of HTML and Markdown:
///
///     sci → adm {a +}, mob {b +}
///     2024: München (10, 30), "A | B" (20, 10), "\"><script>alert(1)</script>" (30, 20)
///     2025: München (40, 30), "A | B" (20, 10), "\"><script>alert(1)</script>" (30, 20)
///
/// `extraCity` adds a fourth city in 2025 (25, 25), for names that try to break out of a script.
func sampleReport(language: Language = .en, extraCity: String? = nil) throws -> Report {
  let definition = try IndexDefinition(
    nodes: [
      Node(id: "sci", name: "Mini <Index>"), Node(id: "adm", name: "Verwaltung", parentID: "sci"),
      Node(id: "mob", name: "Mobilität & Co", parentID: "sci"),
      Node(id: "a", name: "Online *services*", parentID: "adm", direction: .higherIsBetter, unit: "%", source: "OZG <dashboard>"),
      Node(id: "b", name: "Sharing", parentID: "mob", direction: .higherIsBetter, unit: "yes/no"),
    ], file: "index.csv")
  var dataset = Dataset(indicators: ["a", "b"])
  let evil = "\"><script>alert(1)</script>"
  for (year, rows) in [
    (2024, [("München", 10.0, 30.0), ("A | B", 20, 10), (evil, 30, 20)]),
    (2025, [("München", 40.0, 30.0), ("A | B", 20, 10), (evil, 30, 20)] + (extraCity.map { [($0, 25.0, 25.0)] } ?? [])),
  ] {
    for (city, a, b) in rows {
      let row = dataset.addCity(city)
      dataset.setValue(a, city: row, year: year, indicator: 0)
      dataset.setValue(b, city: row, year: year, indicator: 1)
    }
  }
  dataset.noteSource("simulated: test")
  let cards = try dataset.years.map { try Scorer.score(definition, dataset, year: $0) }
  let provenance = Provenance(
    commandLine: "sci report --out 'x y'", inputs: [InputFile(path: "data.csv", sha256: String(repeating: "0", count: 64))])
  return try #require(
    ReportBuilder.build(
      definition: definition, dataset: dataset, scorecards: cards, year: 2025, language: language, provenance: provenance))
}

import Testing
