import CityIndex
import Testing

@testable import CityIndexReports

/// sci → adm {a +}, mob {b +}; cities München (a 10, b 30), "A | B" (a 20, b 10),
/// "<script>" (a 30, b 20), Köln (a only: coverage 0.5 < 0.6, not ranked).
/// a: 0, 50, 100; b: 100, 0, 50 → totals 50, 25, 75.
func sampleScorecard() throws -> Scorecard {
  let definition = try IndexDefinition(
    nodes: [
      Node(id: "sci", name: "Mini Index"), Node(id: "adm", name: "Verwaltung", parentID: "sci"),
      Node(id: "mob", name: "Mobilität", parentID: "sci"),
      Node(id: "a", parentID: "adm", direction: .higherIsBetter),
      Node(id: "b", parentID: "mob", direction: .higherIsBetter),
    ], file: "index.csv")
  var dataset = Dataset(indicators: ["a", "b"])
  for (city, a, b) in [("München", 10.0, 30.0), ("A | B", 20, 10), ("<script>", 30, 20), ("Köln", 5, .nan)] {
    let row = dataset.addCity(city)
    dataset.setValue(a, city: row, year: 2023, indicator: 0)
    dataset.setValue(b, city: row, year: 2023, indicator: 1)
  }
  return try Scorer.score(definition, dataset, options: ScoringOptions(minCoverage: 0.6))
}

@Suite struct RankingTableTests {
  @Test func csvHasTheFixedHeaderFullPrecisionAndEmptyRankForTheUnranked() throws {
    let csv = RankingTable(try sampleScorecard()).csv()
    #expect(csv == """
      rank,city,score,adm,mob,coverage,carried,flagged
      1,<script>,75.0,100.0,50.0,1.0,0,0
      2,München,50.0,0.0,100.0,1.0,0,0
      3,A | B,25.0,50.0,0.0,1.0,0,0
      ,Köln,,,,0.5,0,0

      """)
  }

  @Test func csvQuotesFieldsThatNeedIt() {
    #expect(CSVText.field("Frankfurt, Main") == "\"Frankfurt, Main\"")
    #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVText.field("Köln") == "Köln")
    #expect(CSVText.number(1.0 / 3) == "0.3333333333333333")
    #expect(Double(CSVText.number(0.1 + 0.2)) == 0.1 + 0.2)  // round-trips
  }

  @Test func jsonWritesNullForMissingAndSortsKeys() throws {
    let json = RankingTable(try sampleScorecard()).json()
    #expect(json.contains("\"rank\" : null"))
    #expect(json.contains("\"reason\" : \"coverage 50% is below the minimum of 60%\""))
    #expect(json.contains("\"city\" : \"<script>\""))
    #expect(json == RankingTable(try sampleScorecard()).json())
  }

  @Test func markdownEscapesNamesSoTheTableStaysIntact() throws {
    let markdown = RankingTable(try sampleScorecard()).markdown()
    #expect(markdown.contains("| 1 | &lt;script&gt; | 75.0 | 100.0 | 50.0 | 100% |"))
    #expect(markdown.contains("| 3 | A \\| B | 25.0 | 50.0 | 0.0 | 100% |"))
    #expect(markdown.contains("- Köln: coverage 50% is below the minimum of 60%"))
    #expect(!markdown.contains("<script>"))
  }

  @Test func textTableAlignsColumnsCountingUmlautsAsOne() throws {
    let lines = RankingTable(try sampleScorecard()).text().split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[2] == "Rank  City      Score    adm    mob  Coverage")
    #expect(lines[3] == "   1  <script>   75.0  100.0   50.0      100%")
    #expect(lines[4] == "   2  München    50.0    0.0  100.0      100%")
  }

  @Test func germanTextHasGermanWordsDecimalCommasAndTheWholeMethod() throws {
    let text = RankingTable(try sampleScorecard()).text(language: .de)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "Mini Index 2023 — Normierung: Min-Max · Aggregation: arithmetisches Mittel · fehlende Werte: auslassen · Bezug: je Jahr · Mindestabdeckung 60\u{202F}%")
    #expect(lines[2] == "Rang  Stadt     Punkte    adm    mob  Abdeckung")
    #expect(lines[3] == "   1  <script>    75,0  100,0   50,0      100\u{202F}%")
    #expect(lines[4] == "   2  München     50,0    0,0  100,0      100\u{202F}%")
    #expect(text.contains("\nNicht gewertet:\n  Köln: Abdeckung 50\u{202F}% unter dem Minimum von 60\u{202F}%\n"))
    #expect(text.contains("\nBereiche: adm = Verwaltung; mob = Mobilität\n"))
  }

  @Test func germanMarkdownHasGermanHeadersAndNumbers() throws {
    let markdown = RankingTable(try sampleScorecard()).markdown(language: .de)
    #expect(markdown.contains("| Rang | Stadt | Punkte | Verwaltung | Mobilität | Abdeckung |"))
    #expect(markdown.contains("| 1 | &lt;script&gt; | 75,0 | 100,0 | 50,0 | 100\u{202F}% |"))
    #expect(markdown.contains("\nNicht gewertet:\n\n- Köln: Abdeckung 50\u{202F}% unter dem Minimum von 60\u{202F}%\n"))
  }

  @Test func saysWhyACityIsNotRankedInEitherLanguage() {
    let empty = NotRanked(city: "X", coverage: 0, cause: .noValue)
    let thin = NotRanked(city: "Y", coverage: 0.375, cause: .belowMinimum(0.5))
    #expect(Strings(language: .en).reason(empty) == "no indicator has a value")
    #expect(Strings(language: .de).reason(empty) == "kein Indikator hat einen Wert")
    #expect(Strings(language: .en).reason(thin) == "coverage 37.5% is below the minimum of 50%")
    #expect(Strings(language: .de).reason(thin) == "Abdeckung 37,5\u{202F}% unter dem Minimum von 50\u{202F}%")
  }

  @Test func theGermanMethodLineNamesEverySettingTheEnglishOneDoes() throws {
    var table = RankingTable(try sampleScorecard())
    table.options.range = 0...10
    table.options.treatment = .winsorize
    #expect(table.methodSummary == "minmax · arithmetic · missing: skip · bounds per year · min coverage 0.6 · outliers: winsorize · range 0–10")
    #expect(Strings(language: .de).methodLine(table)
      == "Normierung: Min-Max · Aggregation: arithmetisches Mittel · fehlende Werte: auslassen · Bezug: je Jahr · Mindestabdeckung 60\u{202F}% · Ausreißer: winsorisieren · Skala 0–10")
  }
}
