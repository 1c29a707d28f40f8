import Testing

@testable import CityIndex

/// Messages are typed: the same problem in English and in German (issue 27).
@Suite struct ProblemTests {
  /// One problem of every group of ``Problem``, with the facts a real one carries.
  static let samples: [Problem] = [
    .noSuchFile, .cannotRead(reason: "Input/output error"), .utf16, .endlessLine(megabytes: 64), .unterminatedQuote,
    .fieldCount(fields: 3, header: 4), .emptyFile, .columnTwice("city", firstColumn: 1), .noDataRows,
    .missingColumn("city", header: ["Stadt2", "Jahr"], table: .data(long: false)),
    .missingColumn("value", header: ["city"], table: .published), .emptyCityName, .notAFourDigitYear("20x1"),
    .columnNotANumber(column: "population", text: "viele"), .valueNotANumberMissingAs("1,5", commaOnlyWithSemicolon: true),
    .ambiguousNumber(text: "1.500", point: 1.5, thousands: 1500, context: .dataFile(both: nil)),
    .ambiguousNumber(text: "1.500", point: 1.5, thousands: 1500, context: .definition(column: "valid_max", id: "ftth")),
    .decimalMixed(text: "2.5", comma: false, usualLine: 2, usualText: "1,5", count: 3),
    .decimalChosen(text: "1.500", others: 2, comma: true, value: 1500, line: 4),
    .unknownIndicatorRows("gigabit", file: "i.csv", rows: 80, wholeColumn: true, suggestions: ["gigabit_share"]),
    .leftOutIndicators(file: "i.csv", named: [(id: "x", rows: 2)], more: 0),
    .duplicateValue(city: "Bonn", year: 2021, indicator: "ftth", first: "line 3"),
    .noDataForYear(2030, years: [2019, 2020, 2021]),
    .impossibleValue(value: 120, id: "ftth", city: "Bonn", year: 2021, bounds: .range(0, 100, unit: "%")),
    .cityReadAs(spelling: "Muenchen", city: "München", official: true), .key(.droppedZero("5315000"), rows: 2),
    .cityTwice("Bonn", year: 2021, firstLine: 3, firstFile: nil), .agsDroppedZeros("5315000"), .noCitiesFile(strict: true),
    .cityNotInFile("Bielfeld", file: "c.csv", suggestions: ["Bielefeld"]), .badDirection(id: "ftth", got: "up"),
    .unknownParent("are", of: "ftth", suggestions: ["area"]), .cycle("a → b → a"), .excludeLeavesNothing,
    .weightsTogether(group: "it", named: ["a"], missing: ["b"]), .badTime("Q3"), .notFlatFile(missing: ["time"]),
    .noGroupToImpute(cities: ["Bonn", "Köln"], column: "state", year: 2021),
    .tooOld(id: "ev", year: 2021, maxAge: 3, cities: 80, latest: [2018]),
    .sameValueForEveryCity(id: "mps", year: 2021, top: 100),
    .noUsableDenominator(file: "c.csv", attribute: "population", cities: ["Bonn"], year: 2021, id: "pv"),
    .nonPositiveScore(
      method: "geometric", group: "it", orZero: false, city: "Bonn", score: 0, child: "ftth", year: 2021,
      rangeHint: (normalization: "minmax", low: 0)),
    .ambiguousCity("Frankfurt", matches: ["Frankfurt am Main", "Frankfurt (Oder)"]),
    .unknownCity("Bielfeld", suggestions: ["Bielefeld"]), .copelandGap, .notRanked(city: "Bonn", year: 2021),
    .rankOutOfRange(count: 80, year: 2021, got: 90), .versusPair("München"), .noYearBefore(2019, years: [2019, 2020]),
    .reportKept(.cannotWrite(reason: "No space left on device"), folder: "reports"), .workbookNotForTerminal,
    .optionAtLeast("--samples", 1), .badRange("100,1"), .withTakesNoFromOrCity, .targetTwice,
  ]

  @Test func everyProblemHasItsOwnGermanWords() {
    for problem in Self.samples {
      let english = problem.text(.en)
      let german = problem.text(.de)
      #expect(german != english, "\(english)")
      // No English sentence left in the German: the words our messages use most.
      for word in [" the ", " is not ", " must ", " needs ", " give ", " write ", " more ", " of the "] {
        #expect(!german.contains(word), "\(word) in \(german)")
      }
    }
  }

  @Test func germanWordsByHand() {
    #expect(Problem.unknownCity("Bielfeld", suggestions: ["Bielefeld"]).text(.de) == "unbekannte Stadt 'Bielfeld' (meinten Sie 'Bielefeld'?)")
    #expect(
      Problem.rankOutOfRange(count: 80, year: 2021, got: 90).text(.de)
        == "--rank muss zwischen 1 und 80 liegen, den 2021 gerankten Städten, nicht 90")
    #expect(
      Problem.impossibleValue(value: 120.5, id: "ftth", city: "Bonn", year: 2021, bounds: .range(0, 100, unit: "%")).text(.de)
        == "Wert 120,5 von 'ftth' für Bonn in 2021 ist unmöglich: er muss 0–100 (%) sein")
    #expect(
      Problem.missingColumn("city", header: ["Ort", "Jahr"], table: .other).text(.de)
        == "Pflichtspalte 'city' (oder 'Stadt') fehlt (die Kopfzeile hat: Ort, Jahr)")
    #expect(
      Problem.reportKept(.cannotWrite(reason: "No space left on device"), folder: "reports").text(.de)
        == "No space left on device; der Bericht in reports ist unverändert")
  }

  @Test func aWarningSaysSoInItsLanguage() {
    let warning = Diagnostic.warning(.notUTF8, at: SourceLocation(file: "d.csv", line: 1))
    #expect(warning.description(in: .en) == "d.csv:1: warning: " + Problem.notUTF8.text(.en))
    #expect(
      warning.description(in: .de)
        == "d.csv:1: Warnung: Datei ist kein gültiges UTF-8; als Windows-1252 gelesen (als \"CSV UTF-8\" speichern, um das zu vermeiden)")
    #expect(warning.description == warning.description(in: .en))
  }

  @Test func aLongValueIsCutInEitherLanguage() {
    let value = String(repeating: "9", count: 2_000)
    let diagnostic = Diagnostic.error(.valueNotANumber(value))
    #expect(diagnostic.text(.de) == "Wert '" + String(repeating: "9", count: 59) + "…' (2.000 Zeichen) ist keine Zahl")
    #expect(diagnostic.text(.en) == "value '" + String(repeating: "9", count: 59) + "…' (2,000 characters) is not a number")
  }
}
