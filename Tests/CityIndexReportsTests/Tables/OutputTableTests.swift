import Testing

@testable import CityIndexReports

/// One table, every format: what people read (rounded, `–` when missing) and what machines read
/// (full precision, empty or `null` when missing).
@Suite struct OutputTableTests {
  func movers() -> OutputTable {
    var table = OutputTable(
      title: "Movers",
      columns: [.init("city", header: "City"), .init("rank_change", .integer, header: "±"), .init("score", .number, header: "Score"),
                .init("unit", header: "Unit", humanOnly: true)],
      notes: ["Since 2020."])
    table.rows = [[.text("Bonn"), .integer(3), .number(48.25), .text("points")], [.text("A, B"), .integer(nil), .number(nil), .text("")]]
    return table
  }

  @Test func csvHasMachineColumnsOnlyInFullPrecisionAndQuotesWhatNeedsIt() {
    #expect(movers().csv() == "city,rank_change,score\nBonn,3,48.25\n\"A, B\",,\n")
  }

  @Test func textRoundsToOneDecimalAndMarksWhatIsMissing() {
    // 48.25 → 48.3 (one decimal, half away from zero); nil → –
    #expect(
      movers().text() == """
        Movers
        Since 2020.

        City  ±  Score  Unit
        Bonn  3   48.3  points
        A, B  –      –
        """ + "\n")
  }

  @Test func markdownHasTheTitleAsHeadingAndNotesInItalics() {
    let lines = movers().markdown().split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.prefix(6) == ["## Movers", "", "_Since 2020._", "", "| City | ± | Score | Unit |", "| --- | ---: | ---: | --- |"])
    #expect(lines[6] == "| Bonn | 3 | 48.3 | points |")
  }

  @Test func jsonKeysMachineColumnsAndWritesNullWhenMissing() throws {
    let json = movers().json()
    #expect(json.contains("\"rank_change\" : null"))
    #expect(json.contains("\"score\" : 48.25"))
    #expect(!json.contains("\"unit\""))
  }

  @Test func anEmptyTableWhoseNotesSayWhyShowsPeopleNoHeader() {
    var table = movers()
    table.rows = []
    table.notes = ["Hamburg is already ahead of Ulm by 2.2 points."]
    #expect(table.text() == "Movers\nHamburg is already ahead of Ulm by 2.2 points.\n")
    #expect(table.markdown() == "## Movers\n\n_Hamburg is already ahead of Ulm by 2.2 points._\n")
    // machines still get the columns
    #expect(table.csv() == "city,rank_change,score\n")
    #expect(table.json().contains("\"rows\" : [\n\n  ]"))
  }

  @Test func aColumnWithoutAHeaderIsHeadedByItsKeyCapitalised() {
    #expect(OutputTable.Column("city").header == "City")
    #expect(OutputTable.Column("value_year").header == "Value year")
    #expect(OutputTable.Column("ags", header: "AGS").header == "AGS")
  }

  @Test func anEmptyTableWithoutNotesKeepsItsHeader() {
    var table = movers()
    table.rows = []
    table.notes = []
    #expect(table.text() == "Movers\n\nCity  ±  Score  Unit\n")
  }
}
