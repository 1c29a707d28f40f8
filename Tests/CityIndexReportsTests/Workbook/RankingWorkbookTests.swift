import CityIndex
import Testing

@testable import CityIndexReports

/// The workbooks hold the ranking's own numbers (unrounded), in the right columns and formats.
@Suite struct RankingWorkbookTests {
  @Test func rankingSheetHoldsTheCSVNumbersInFormattedColumns() throws {
    let workbook = RankingWorkbook.ranking(RankingTable(try sampleScorecard()))
    #expect(workbook.title == "Mini Index 2023")
    #expect(workbook.sheets.map(\.name) == ["Ranking"])
    let sheet = workbook.sheets[0]
    #expect(sheet.isList)
    let table = sheet.tables[0]
    #expect(table.columns.map(\.title) == ["Rank", "City", "Total", "Verwaltung", "Mobilität", "Coverage", "Not ranked because"])
    #expect(table.columns.map(\.style) == [.integer, .text, .oneDecimal, .oneDecimal, .oneDecimal, .percent, .text])
    // Totals 75, 50, 25 (hand-computed in sampleScorecard); Köln not ranked at coverage 0.5.
    #expect(table.rows.map { $0[1].text } == ["<script>", "München", "A | B", "Köln"])
    #expect(table.rows.map { $0[0].number } == [1, 2, 3, nil])
    #expect(table.rows.map { $0[2].number } == [75, 50, 25, nil])
    #expect(table.rows[0][3].number == 100 && table.rows[0][4].number == 50)
    #expect(table.rows[3][5].number == 0.5)
    #expect(table.rows[3][6].text == "coverage 50% is below the minimum of 60%")
    #expect(table.rows[0][6] == .empty)
  }

  @Test func germanNamesTheSheetAndColumnsInGerman() throws {
    let workbook = RankingWorkbook.ranking(RankingTable(try sampleScorecard()), language: .de)
    #expect(workbook.sheets[0].name == "Rangliste")
    #expect(workbook.sheets[0].tables[0].columns.prefix(3).map(\.title) == ["Rang", "Stadt", "Gesamt"])
    #expect(workbook.sheets[0].tables[0].columns.last?.title == "Nicht gewertet, weil")
    #expect(workbook.sheets[0].tables[0].rows.last?.last?.text == "Abdeckung 50\u{202F}% unter dem Minimum von 60\u{202F}%")
    #expect(workbook.sheets[0].notes == ["Mini Index 2023", "Normierung: Min-Max · Aggregation: arithmetisches Mittel · fehlende Werte: auslassen · Bezug: je Jahr · Mindestabdeckung 60\u{202F}%"])
  }

  @Test func reportWorkbookHasRankingIndicatorsAndMethod() throws {
    let report = try #require(try oneYearReport())
    let workbook = RankingWorkbook.report(report)
    #expect(workbook.sheets.map(\.name) == ["Ranking", "Indicators", "Method"])  // one year: no change sheet
    let ranking = workbook.sheets[0].tables[0]
    #expect(ranking.rows.map { $0[1].text } == ["<script>", "München", "A | B", "Köln"])
    #expect(ranking.rows.map { $0[2].number } == [75, 50, 25, nil])
    // Indicators: rank, city, then raw and score per indicator (a: 30 → 100, b: 20 → 50 for <script>).
    let indicators = workbook.sheets[1].tables[0]
    #expect(indicators.columns.map(\.style) == [.integer, .text, .general, .oneDecimal, .general, .oneDecimal])
    #expect(indicators.rows[0].map(\.number) == [1, nil, 30, 100, 20, 50])
    #expect(indicators.rows[3][1].text == "Köln" && indicators.rows[3][4] == .empty)
    let method = workbook.sheets[2]
    #expect(!method.isList)
    #expect(method.tables.map(\.title).contains("Structure and weights"))
    // Two areas of equal weight, one indicator each: every node carries half the index.
    let shares = method.tables[1].rows.compactMap { $0[3].number }
    #expect(shares == [0.5, 0.5, 0.5, 0.5])
  }

  @Test func reportWorkbookShowsTheChangeWhenThereIsAPreviousYear() throws {
    let report = try #require(try twoYearReport())
    let workbook = RankingWorkbook.report(report)
    #expect(workbook.sheets.map(\.name) == ["Ranking", "Change", "Indicators", "Method"])
    let change = workbook.sheets[1].tables[0]
    #expect(change.columns.map(\.title).prefix(4) == ["City", "Rank 2022", "Rank 2023", "Places gained"])
    // A leads both years; B and C swap (see twoYearReport): places gained 0, +1, −1.
    let byCity = Dictionary(uniqueKeysWithValues: change.rows.map { ($0[0].text ?? "", $0) })
    #expect(byCity["A"]?[3].number == 0)
    #expect(byCity["B"]?[3].number == 1)
    #expect(byCity["C"]?[3].number == -1)
    // The scores are each year's as ranked; the change is like for like, and the places in
    // parts add up to the places gained.
    #expect(change.columns.map(\.title)[4...7] == ["Score 2022", "Score 2023", "Change, like for like", "Share compared"])
    for row in change.rows {
      let parts = (8...11).map { row[$0].number ?? .nan }
      #expect(parts.reduce(0, +) == row[3].number)
    }
    #expect(workbook.sheets[0].tables[0].columns.last?.title == "± since 2022")
  }

  @Test func outputTableBecomesASheetWithPeoplesHeaders() {
    var table = OutputTable(
      title: "Gap", columns: [.init("city"), .init("points", .number, header: "Points"), .init("share", .fraction), .init("raw", .raw)])
    table.rows = [[.text("Bonn"), .number(1.25), .number(0.5), .number(nil)]]
    table.notes = ["a note"]
    let sheet = table.sheet()
    #expect(sheet.name == "Gap")
    #expect(sheet.tables[0].columns.map(\.title) == ["City", "Points", "Share", "Raw"])
    #expect(sheet.tables[0].columns.map(\.style) == [.text, .oneDecimal, .percent, .general])
    #expect(sheet.tables[0].rows == [[.text("Bonn"), .number(1.25), .number(0.5), .empty]])
    // the title first (it says the year), then the notes, then where the data come from
    #expect(sheet.notes == ["Gap", "a note"])
    table.workbookNotes = ["Data: d.csv"]
    #expect(table.sheet().notes == ["Gap", "a note", "Data: d.csv"])
  }
}

/// The sample scorecard (its data repeated here) as a one-year report.
func oneYearReport() throws -> Report? {
  let card = try sampleScorecard()
  var dataset = Dataset(indicators: ["a", "b"])
  for (city, a, b) in [("München", 10.0, 30.0), ("A | B", 20, 10), ("<script>", 30, 20), ("Köln", 5, .nan)] {
    let row = dataset.addCity(city)
    dataset.setValue(a, city: row, year: 2023, indicator: 0)
    dataset.setValue(b, city: row, year: 2023, indicator: 1)
  }
  return ReportBuilder.build(
    definition: card.definition, dataset: dataset, scorecards: [card], year: 2023, language: .en,
    provenance: Provenance(commandLine: "sci report", inputs: []))
}

/// Three cities over two years on one indicator: 2022 A 30, B 10, C 20; 2023 A 30, B 25, C 20.
/// Ranks 2022: A, C, B; 2023: A, B, C.
func twoYearReport() throws -> Report? {
  let definition = try IndexDefinition(
    nodes: [
      Node(id: "sci", name: "Two Years"), Node(id: "g", name: "Group", parentID: "sci"),
      Node(id: "a", parentID: "g", direction: .higherIsBetter),
    ], file: "index.csv")
  var dataset = Dataset(indicators: ["a"])
  for (city, then, now) in [("A", 30.0, 30.0), ("B", 10, 25), ("C", 20, 20)] {
    let row = dataset.addCity(city)
    dataset.setValue(then, city: row, year: 2022, indicator: 0)
    dataset.setValue(now, city: row, year: 2023, indicator: 0)
  }
  let cards = try [2022, 2023].map { try Scorer.score(definition, dataset, year: $0, options: ScoringOptions()) }
  return ReportBuilder.build(
    definition: definition, dataset: dataset, scorecards: cards, year: 2023, language: .en,
    provenance: Provenance(commandLine: "sci report", inputs: []))
}
