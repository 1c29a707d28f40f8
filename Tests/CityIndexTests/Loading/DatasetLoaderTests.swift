import Testing

@testable import CityIndex

@Suite struct DatasetLoaderTests {
  let mini = """
    id,parent,direction
    sci,,
    a,sci,+
    b,sci,-
    """

  @Test func readsLongAndWideIntoTheSameMatrix() throws {
    let definition = try definition(mini)
    let long = try dataset(
      """
      city,year,indicator,value,source
      Bonn,2023,a,1.5,x
      Bonn,2023,b,NA,x
      Köln,2023,b,2,
      Bonn,2022,a,3,
      """, for: definition)
    let wide = try dataset(
      """
      city,year,a,b,source
      Bonn,2023,1.5,NA,x
      Köln,2023,,2,
      Bonn,2022,3,,
      """, for: definition)  // the same values with the same sources
    #expect(long == wide)
    #expect(long.sources == ["x"])
    #expect(long.cities == ["Bonn", "Köln"])
    #expect(long.years == [2022, 2023])
    let values = try #require(long.values(for: 2023))
    #expect(values.row(0).map(\.description) == ["1.5", "nan"])
    #expect(values.row(1).map(\.description) == ["nan", "2.0"])
    #expect(long.participants(in: 2022) == [0])  // Köln has no row in 2022
    #expect(long.participants(in: 2023) == [0, 1])
  }

  @Test func mergesFilesAndNamesBothPlacesOfADuplicate() throws {
    let definition = try definition(mini)
    let folder = try TemporaryFolder()
    let first = try folder.write("one.csv", "city,year,a\nBonn,2023,1\n")
    let second = try folder.write("two.csv", "city,year,indicator,value\nKöln,2023,a,2\nBonn,2023,a,3\n")
    let found = diagnostics {
      _ = try DatasetLoader.load(paths: [first, second], definition: definition)
    }
    #expect(found.map(\.description) == ["\(second):3:4: duplicate value for (Bonn, 2023, a): first given on \(first):2"])
  }

  @Test(arguments: [
    (
      "data-unknown-indicator.csv",
      [
        "bad/data-unknown-indicator.csv:3:3: unknown indicator 'co2_pc' (not in good/index.csv), in 1 row from here; --ignore-unknown leaves out indicators the index does not use",
        "bad/data-unknown-indicator.csv:4:3: 'adm' is a group in good/index.csv, not an indicator: data gives indicator values only",
      ]
    ),
    (
      "data-bad-value.csv",
      [
        "bad/data-bad-value.csv:2:4: value '12%' is not a number; write missing values as an empty cell, NA, n/a, - or .",
        "bad/data-bad-value.csv:3:4: value '87,9' is not a number (a decimal comma works only in ;-separated files); write missing values as an empty cell, NA, n/a, - or .",
        "bad/data-bad-value.csv:4:4: value 'abc' is not a number; write missing values as an empty cell, NA, n/a, - or .",
      ]
    ),
    (
      "data-inf-nan.csv",
      [
        "bad/data-inf-nan.csv:2:4: value 'inf' is not a finite number",
        "bad/data-inf-nan.csv:3:4: value 'NaN' is not a finite number",
      ]
    ),
    ("data-duplicate.csv", ["bad/data-duplicate.csv:4:4: duplicate value for (Bonn, 2023, online): first given on line 2"]),
    (
      "data-bad-year.csv",
      [
        "bad/data-bad-year.csv:2:2: year '23' is not a four-digit whole number",
        "bad/data-bad-year.csv:3:2: year '2023.5' is not a four-digit whole number",
        "bad/data-bad-year.csv:4:2: empty year",
      ]
    ),
    (
      "data-missing-column.csv",
      ["bad/data-missing-column.csv:1: missing required column 'year' (or 'Jahr'); the header has: city, indicator, value"]
    ),
    (
      "data-ragged.csv",
      [
        "bad/data-ragged.csv:2:3: row has 3 fields, the header has 4",  // the row ends after column 3
        "bad/data-ragged.csv:3:5: row has 5 fields, the header has 4",  // column 5 is one too many
      ]
    ),
    (
      "data-unterminated-quote.csv",
      ["bad/data-unterminated-quote.csv:3:1: unterminated quoted field: the quote that opens it is never closed"]
    ),
    (
      "data-stray-quote.csv",
      ["bad/data-stray-quote.csv:3:4: quote inside an unquoted field (quote the whole field and write the inner quote as \"\")"]
    ),
    ("data-empty.csv", ["bad/data-empty.csv: file is empty: a header row is needed"]),
    ("data-header-only.csv", ["bad/data-header-only.csv: no data rows after the header"]),
    ("data-year-without-data.csv", ["bad/data-year-without-data.csv:3: year 2023 has no data: every value is missing"]),
    ("data-wide-unknown-column.csv", [
        "bad/data-wide-unknown-column.csv:1:5: unknown indicator 'wifi' (not in good/index.csv), in a column of 1 row; --ignore-unknown leaves out indicators the index does not use"
      ]),
    ("data-utf16.csv", ["bad/data-utf16.csv: file is UTF-16; save it as \"CSV UTF-8\" (or any 8-bit CSV) and try again"]),
  ])
  func reportsEveryProblemWithItsPlace(file: String, expected: [String]) throws {
    #expect(try dataMessages("bad/\(file)") == expected)
  }

  @Test func readsTheGermanExcelExportAndTheWindows1252FileLikeTheCleanOne() throws {
    let definition = try DefinitionLoader.load(path: fixture("good/index.csv")).value
    let clean = try DatasetLoader.load(paths: [fixture("good/clean.csv")], definition: definition)
    let excel = try DatasetLoader.load(paths: [fixture("good/german-excel.csv")], definition: definition)
    let legacy = try DatasetLoader.load(paths: [fixture("good/windows-1252.csv")], definition: definition)
    let long = try DatasetLoader.load(paths: [fixture("good/long.csv")], definition: definition)
    #expect(clean.value.cities == ["München", "Köln", "Düsseldorf", "Nürnberg"])
    #expect(excel.value == clean.value)
    #expect(legacy.value == clean.value)
    #expect(long.value == clean.value)
    #expect(excel.warnings.isEmpty)
    #expect(try messages(legacy.warnings) == [
      "good/windows-1252.csv:2:1: warning: file is not valid UTF-8; read as Windows-1252 (save it as \"CSV UTF-8\" to avoid this)"
    ])
  }
}

extension DatasetLoaderTests {
  @Test func skipsRowsOfYearsNotAskedFor() throws {
    let definition = try definition(mini)
    let folder = try TemporaryFolder()
    let path = try folder.write("d.csv", "city,year,indicator,value\nBonn,2022,a,1\nBonn,2023,a,2\nKöln,2022,zzz,x\n")
    let only2023 = try DatasetLoader.load(paths: [path], definition: definition, years: [2023]).value
    #expect(only2023.years == [2023])
    #expect(only2023.cities == ["Bonn"])  // Köln appears in 2022 only, and its bad row is never read
    // Read whole, Köln's row is one error: its indicator is unknown (its value, a row that
    // cannot be used, is not checked as well).
    let everything = diagnostics { _ = try DatasetLoader.load(paths: [path], definition: definition) }
    #expect(everything.count == 1)
  }
}

/// Data loaded through the chunked reader, with rows decoded on the workers, must equal the
/// sequential load — values, cities, years, and every message.
@Suite struct ChunkedDatasetLoaderTests {
  let definition: IndexDefinition

  init() throws { definition = try CityIndexTests.definition("id,parent,direction\nsci,,\na,sci,+\nb,sci,-\n") }

  /// With a `source` column every row takes the record path; without one, decoded rows take
  /// the reading thread's fast path (no record), so both are compared with the sequential load.
  func longFile(source: Bool = true) -> String {
    var text = source ? "city;year;indicator;value;source\n" : "city;year;indicator;value\n"
    for year in [2022, 2023] {
      for c in 0..<60 {
        let name = c % 7 == 0 ? "\"Stadt \(c)\nam Fluss\"" : "Stadt \(c)"
        text += "\(name);\(year);a;\(c),5\(source ? ";x" : "")\n"
        text += "\(name);\(year);b;\(c % 4 == 0 ? "NA" : String(c * 3))\(source ? ";" : "")\n"
      }
    }
    return text
  }

  func load(_ text: String, chunkSize: Int?, years: Set<Int>? = nil) throws -> (Dataset?, [String]) {
    let folder = try TemporaryFolder()
    let path = try folder.write("d.csv", text)
    do {
      let loaded = try DatasetLoader.load(
        paths: [path], definition: definition, years: years, chunking: chunkSize.map { (0, $0) })
      return (loaded.value, loaded.warnings.map(\.message))
    } catch {
      return (nil, error.diagnostics.map { $0.description.replacingOccurrences(of: path, with: "d.csv") })
    }
  }

  @Test(arguments: [40, 97, 500], [true, false])
  func equalsTheSequentialLoad(chunkSize: Int, source: Bool) throws {
    for years: Set<Int>? in [nil, [2023]] {
      let sequential = try load(longFile(source: source), chunkSize: nil, years: years)
      let chunked = try load(longFile(source: source), chunkSize: chunkSize, years: years)
      #expect(sequential.0 != nil)
      #expect(chunked.0 == sequential.0)
      #expect(chunked.1 == sequential.1)
    }
  }

  @Test(arguments: [40, 97], [true, false])
  func reportsTheSameErrors(chunkSize: Int, source: Bool) throws {
    // an unknown indicator, a bad number, and a duplicate (Stadt 40's a in 2023, given twice)
    let broken = longFile(source: source)
      .replacingOccurrences(of: "Stadt 12;2023;a;12,5", with: "Stadt 12;2023;zz;12,5")
      .replacingOccurrences(of: "Stadt 30;2022;b;90", with: "Stadt 30;2022;b;abc")
      .replacingOccurrences(of: "Stadt 41;2023;a;41,5", with: "Stadt 40;2023;a;1")
    let sequential = try load(broken, chunkSize: nil)
    let chunked = try load(broken, chunkSize: chunkSize)
    #expect(sequential.0 == nil && sequential.1.count == 3)
    #expect(chunked.1 == sequential.1)
  }

  /// Names the workers leave to the full path: Windows-1252 bytes (with the file's one
  /// warning), a non-breaking space only the full path trims, an empty name, a ragged row.
  func oddFile(withBadRows: Bool) -> [UInt8] {
    var text = longFile(source: false)
    text += "\u{00A0}Stadt 5\u{00A0};2024;a;1\n" + (withBadRows ? ";2024;a;2\nStadt 6;2024;a\n" : "") + "MÜNSTER;2024;b;3\n"
    var bytes = Array(text.utf8)
    // "Ü" in UTF-8 (C3 9C) becomes the single Windows-1252 byte DC: the file is no longer UTF-8.
    if let at = (0..<(bytes.count - 1)).first(where: { bytes[$0] == 0xC3 && bytes[$0 + 1] == 0x9C }) {
      bytes.replaceSubrange(at...(at + 1), with: [0xDC])
    }
    return bytes
  }

  func load(_ bytes: [UInt8], chunkSize: Int?) throws -> (Dataset?, [String]) {
    let folder = try TemporaryFolder()
    let path = try folder.write("d.csv", bytes: bytes)
    do {
      let loaded = try DatasetLoader.load(paths: [path], definition: definition, years: nil, chunking: chunkSize.map { (0, $0) })
      return (loaded.value, loaded.warnings.map { $0.description.replacingOccurrences(of: path, with: "d.csv") })
    } catch {
      return (nil, error.diagnostics.map { $0.description.replacingOccurrences(of: path, with: "d.csv") })
    }
  }

  @Test(arguments: [40, 97])
  func oddNamesAndRowsGiveTheSameResult(chunkSize: Int) throws {
    let sequential = try load(oddFile(withBadRows: true), chunkSize: nil)
    let chunked = try load(oddFile(withBadRows: true), chunkSize: chunkSize)
    #expect(sequential.0 == nil)
    #expect(sequential.1 == [
      "d.csv:280:3: row has 3 fields, the header has 4",
      "d.csv:281:1: warning: file is not valid UTF-8; read as Windows-1252 (save it as \"CSV UTF-8\" to avoid this)",
      "d.csv:279:1: empty city name",
    ])
    #expect(chunked.1 == sequential.1)
    // Without the two bad rows both succeed alike: " Stadt 5 " is Stadt 5, MÜNSTER is decoded.
    let good = try load(oddFile(withBadRows: false), chunkSize: nil)
    let goodChunked = try load(oddFile(withBadRows: false), chunkSize: chunkSize)
    let dataset = try #require(good.0)
    #expect(goodChunked.0 == dataset && goodChunked.1 == good.1)
    #expect(dataset.cities.last == "MÜNSTER" && dataset.cities.count == 61)
  }

  /// Rows of a year not asked for are counted, not copied: ragged ones must still say so, and
  /// padding (`;;`) must still pass, exactly as in the sequential load.
  @Test(arguments: [40, 97])
  func skippedYearsKeepTheirRaggedRowMessages(chunkSize: Int) throws {
    let text = longFile(source: false)
      .replacingOccurrences(of: "Stadt 12;2022;a;12,5\n", with: "Stadt 12;2022;a;12,5;extra\n")
      .replacingOccurrences(of: "Stadt 13;2022;a;13,5\n", with: "Stadt 13;2022;a\n")
      .replacingOccurrences(of: "Stadt 15;2022;a;15,5\n", with: "Stadt 15;2022;a;15,5;;\n")
    let sequential = try load(text, chunkSize: nil, years: [2023])
    let chunked = try load(text, chunkSize: chunkSize, years: [2023])
    #expect(sequential.1.count == 2)  // the extra field and the missing one; the padding passes
    #expect(chunked.1 == sequential.1)
    #expect(chunked.0 == sequential.0)
  }
}

/// `1.020` in a `;` file: 1020 where the file writes decimal commas, 1.02 where it writes decimal
/// points, an error naming the value and what to write where nothing tells (issue 17).
@Suite struct GermanNumberTests {
  let index = "id,parent,direction\nsci,,\na,sci,+\nb,sci,+\n"

  func load(_ text: String, decimal: DecimalConvention? = nil, chunkSize: Int? = nil) throws -> (Dataset?, [String]) {
    let definition = try definition(index)
    let folder = try TemporaryFolder()
    let path = try folder.write("d.csv", text)
    do {
      let loaded = try DatasetLoader.load(
        paths: [path], definition: definition, years: nil, decimal: decimal, chunking: chunkSize.map { (0, $0) })
      return (loaded.value, loaded.warnings.map { $0.description.replacingOccurrences(of: path, with: "d.csv") })
    } catch {
      return (nil, error.diagnostics.map { $0.description.replacingOccurrences(of: path, with: "d.csv") })
    }
  }

  func value(_ data: Dataset?, _ city: String, _ column: Int = 0) -> Double? {
    guard let data, let row = data.row(of: city) else { return nil }
    return data.values(for: 2021)?[row, column]
  }

  @Test func aThousandsPointInAFileWithDecimalCommasIsAThousand() throws {
    // long: 1.020 days is 1020, not 1.02 (which ranked the city first before)
    let (data, warnings) = try load("city;year;indicator;value\nA;2021;a;1.020\nB;2021;a;87,9\nC;2021;a;1.005,25\n")
    #expect(value(data, "A") == 1020)
    #expect(value(data, "B") == 87.9)
    #expect(value(data, "C") == 1005.25)
    #expect(warnings == [
      "d.csv:2:4: warning: read '1.020' with a thousands point (1020): the file writes decimal commas (line 3); --decimal comma|point says so explicitly"
    ])
  }

  @Test func widePointFilesKeepTheirDecimalPoints() throws {
    let (data, warnings) = try load("city;year;a;b\nA;2021;1.020;2.5\nB;2021;3;4\n")
    #expect(value(data, "A") == 1.02 && value(data, "A", 1) == 2.5)
    #expect(warnings.count == 1 && warnings[0].contains("with a decimal point (1.02): the file writes decimal points (line 2)"))
  }

  @Test func nothingTellsSoTheValueIsRefusedWithWhatToWrite() throws {
    let (data, messages) = try load("city;year;a;b\nA;2021;1.020;12\nB;2021;3;4\n")
    #expect(data == nil)
    #expect(messages == [
      "d.csv:2:3: value '1.020' could be 1020 (a German thousands point) or 1.02 (a decimal point), and no other value in "
        + "the file tells which: write 1020 or 1,02 — or give --decimal comma or --decimal point"
    ])
    // stated, it is read as stated, without a warning
    let (comma, quiet) = try load("city;year;a;b\nA;2021;1.020;12\nB;2021;3;4\n", decimal: .comma)
    #expect(value(comma, "A") == 1020 && quiet.isEmpty)
  }

  @Test func aFileThatMixesBothSaysWhere() throws {
    let (data, messages) = try load("city;year;indicator;value\nA;2021;a;1.020\nB;2021;a;87,9\nC;2021;a;2.5\n")
    #expect(data == nil)
    // the ambiguous 1.020, and the 2.5 that contradicts the file's other decimal (1 comma, 1 point: the later is odd)
    #expect(messages.count == 2)
    #expect(messages.contains { $0.contains("the file has both decimal commas (line 3) and decimal points (line 4)") })
    #expect(messages.contains {
      $0.hasSuffix(":4:4: value '2.5' writes a decimal point, but the file writes decimal commas (line 3: '87,9'): write it as the others, or say which with --decimal comma|point")
    })
  }

  @Test func aDecimalPointAmongDecimalCommasIsAnErrorInLongAndWideFiles() throws {
    // issue 25: 1.5 among 2,5 used to be read as 1.5
    let (long, longMessages) = try load("city;year;indicator;value\nA;2021;a;2,5\nB;2021;a;3,25\nC;2021;a;1.5\n")
    #expect(long == nil)
    #expect(longMessages.map { $0.hasSuffix(":4:4: value '1.5' writes a decimal point, but the file writes decimal commas (line 2: '2,5'): write it as the others, or say which with --decimal comma|point") } == [true])
    let (wide, wideMessages) = try load("city;year;a;b\nA;2021;2,5;1\nB;2021;1.5;7,25\n")
    #expect(wide == nil)
    #expect(wideMessages.map { $0.hasSuffix(":3:3: value '1.5' writes a decimal point, but the file writes decimal commas (line 2: '2,5'): write it as the others, or say which with --decimal comma|point") } == [true])
    // --decimal applies to every value of the file alike
    let (stated, statedMessages) = try load("city;year;indicator;value\nA;2021;a;2,5\nB;2021;a;1.5\n", decimal: .point)
    #expect(stated == nil)
    #expect(statedMessages.map { $0.hasSuffix(":2:4: value '2,5' does not follow --decimal point: the file's values must all write decimal points") } == [true])
    // a ,-file has only decimal points
    let (plain, plainMessages) = try load("city,year,indicator,value\nA,2021,a,2.5\nB,2021,a,1.5\n", decimal: .comma)
    #expect(plain != nil && plainMessages.isEmpty)
  }

  @Test(arguments: [40, 97])
  func chunksTellTheConventionFromRowsDecodedOnTheWorkers(chunkSize: Int) throws {
    // the evidence (decimal commas) is in rows the workers decode; the 1.020 rows take the full path
    var text = "city;year;indicator;value\n"
    for c in 0..<30 { text += "Stadt \(c);2021;a;\(c),5\n" }
    text += "Stadt 30;2021;a;1.020\nStadt 31;2021;b;2.345\n"
    let chunked = try load(text, chunkSize: chunkSize)
    let sequential = try load(text)
    #expect(value(chunked.0, "Stadt 30") == 1020 && value(chunked.0, "Stadt 31", 1) == 2345)
    #expect(chunked.0 == sequential.0)
    #expect(chunked.1 == sequential.1)
  }
}

/// German spreadsheets head their columns in German (issue 17).
@Suite struct GermanHeaderTests {
  @Test func stadtJahrIndikatorWertQuelleStandForTheEnglishNames() throws {
    let definition = try definition("id,parent,direction\nsci,,\na,sci,+\nb,sci,+\n")
    let long = try dataset("Stadt;Jahr;Indikator;Wert;Quelle\nBonn;2021;a;1,5;x\n", for: definition)
    #expect(long.values(for: 2021)?[0, 0] == 1.5 && long.sources == ["x"])
    let wide = try dataset("Stadt;Jahr;a;b;Quelle\nBonn;2021;1;2;x\n", for: definition)  // Quelle is no indicator
    #expect(wide.values(for: 2021)?[0, 1] == 2)
    let cities = try TemporaryFolder().write("c.csv", "Stadt;population\nBonn;330579\n")
    #expect(try CityTableLoader.load(path: cities).value.number("population", of: "Bonn") == 330_579)
  }
}

/// A percentage of 1234.5 used to be accepted without a word (issue 17), then with a warning;
/// a waiting time of −10 days too (issue 25). A value an indicator cannot take is an error at its
/// cell; goalposts (`min`/`max`) clamp scores and say nothing about validity.
@Suite struct ValidRangeTests {
  @Test func impossibleValuesAreErrorsNamingFileLineColumnAndValue() throws {
    let definition = try definition(
      "id,parent,direction,unit,min,max,valid_min,valid_max\nsci,,,,,,,\ns,sci,+,%,,,,\nc,sci,+,count,,,,\np,sci,+,points,0,10,,\n"
        + "f,sci,+,,,,,\nw,sci,-,Tage,,,,\ny,sci,+,ja/nein,,,,\nv,sci,+,,,,1,5\n")
    let folder = try TemporaryFolder()
    let path = try folder.write("d.csv", "city,year,s,c,p,f,w,y,v\nBonn,2023,1234.5,3,5,-7,-10,1,2\nKöln,2023,50,-2,11,1,4,0.5,6\n")
    let errors = diagnostics { _ = try DatasetLoader.load(paths: [path], definition: definition) }
    #expect(errors.map { $0.description.replacingOccurrences(of: path, with: "d.csv") } == [
      "d.csv:2:3: value 1234.5 of 's' for Bonn in 2023 is impossible: it must be 0–100 (%)",
      "d.csv:3:4: value -2 of 'c' for Köln in 2023 is impossible: it must be 0 or more (count)",
      "d.csv:2:7: value -10 of 'w' for Bonn in 2023 is impossible: it must be 0 or more (Tage)",
      "d.csv:3:8: value 0.5 of 'y' for Köln in 2023 is impossible: it must be 0 or 1 (ja/nein)",
      "d.csv:3:9: value 6 of 'v' for Köln in 2023 is impossible: it must be at least 1 and at most 5 (the definition's valid_min and valid_max)",
    ])  // p's 11 is past its goalposts (clamped, not invalid); f has no unit and no range: −7 may be anything
  }

  @Test func inALongFileTheColumnIsTheValuesAndPastFiveTheRestAreCounted() throws {
    let definition = try definition("id,parent,direction,unit\nsci,,,\ns,sci,+,%\n")
    let folder = try TemporaryFolder()
    var text = "city,year,indicator,value\n"
    for i in 1...7 { text += "C\(i),2023,s,\(100 + i)\n" }
    let path = try folder.write("d.csv", text)
    let errors = diagnostics { _ = try DatasetLoader.load(paths: [path], definition: definition) }.map(\.description)
    #expect(errors.count == 6)
    #expect(errors.first?.hasSuffix("d.csv:2:4: value 101 of 's' for C1 in 2023 is impossible: it must be 0–100 (%)") == true)
    #expect(errors.last?.hasSuffix("2 more values of 's' are impossible: each must be 0–100 (%)") == true)
  }
}

/// A data file with more indicators than the index (one dataset, several index variants):
/// each unknown indicator is reported once with its row count, not once per row.
@Suite struct UnknownIndicatorTests {
  let definition: IndexDefinition

  init() throws { definition = try CityIndexTests.definition("id,parent,direction\nsci,,\na,sci,+\nb,sci,-\n") }

  /// 3 cities × 2 years × (a, b, co2, wifi): 12 rows of each of the two unknown indicators.
  func longFile() -> String {
    var text = "city,year,indicator,value\n"
    for city in ["Bonn", "Köln", "Ulm"] {
      for year in [2022, 2023] {
        for (id, value) in [("a", "1"), ("co2", "x"), ("b", "2"), ("wifi", "3"), ("co2", "4"), ("wifi", "5")] {
          text += "\(city),\(year),\(id),\(value)\n"
        }
      }
    }
    return text
  }

  @Test func eachUnknownIndicatorIsOneErrorWithItsRowCount() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("d.csv", longFile())
    let found = diagnostics { _ = try DatasetLoader.load(paths: [path], definition: definition) }
    // co2 first appears on line 3 (Bonn 2022's second row), wifi on line 5; 2 rows × 6 city-years each.
    #expect(found.map(\.description) == [
      "\(path):3:3: unknown indicator 'co2' (not in \(definition.file)), in 12 rows from here; --ignore-unknown leaves out indicators the index does not use",
      "\(path):5:3: unknown indicator 'wifi' (not in \(definition.file)), in 12 rows from here; --ignore-unknown leaves out indicators the index does not use",
    ])
  }

  @Test func ignoreUnknownLeavesThemOutWithOneWarning() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("d.csv", longFile())
    let loaded = try DatasetLoader.load(paths: [path], definition: definition, ignoreUnknown: true)
    #expect(loaded.warnings.map(\.description) == [
      "\(path):3:3: warning: left out 2 indicators that \(definition.file) does not have (--ignore-unknown): 'co2' (12 rows), 'wifi' (12 rows)"
    ])
    let data = loaded.value
    #expect(data.cities == ["Bonn", "Köln", "Ulm"])
    #expect(data.years == [2022, 2023])
    #expect(data.values(for: 2023)?[1, 0] == 1)
    #expect(data.values(for: 2022)?[2, 1] == 2)
  }

  @Test func wideColumnsTheIndexDoesNotHaveAreLeftOut() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("w.csv", "city,year,a,co2,b\nBonn,2023,1,x,2\nKöln,2023,3,y,4\n")
    let found = diagnostics { _ = try DatasetLoader.load(paths: [path], definition: definition) }
    #expect(found.map(\.description) == [
      "\(path):1:4: unknown indicator 'co2' (not in \(definition.file)), in a column of 2 rows; --ignore-unknown leaves out indicators the index does not use"
    ])
    let loaded = try DatasetLoader.load(paths: [path], definition: definition, ignoreUnknown: true)
    #expect(loaded.warnings.count == 1)
    #expect(loaded.value.values(for: 2023)?[1, 1] == 4)
  }

  @Test func chunkedReadingCountsTheSame() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("d.csv", longFile())
    let whole = diagnostics { _ = try DatasetLoader.load(paths: [path], definition: definition) }
    let chunked = diagnostics {
      _ = try DatasetLoader.load(paths: [path], definition: definition, years: nil, chunking: (from: 0, size: 37))
    }
    #expect(chunked.map(\.description) == whole.map(\.description))
  }
}

/// Data keyed by official region codes (exports of official statistics) instead of names.
@Suite struct KeyedDataTests {
  let definition: IndexDefinition
  let keys = CityKeys(
    CityTable(cities: ["Köln", "Aachen"], columns: ["ags", "kreisfrei"], rows: [["05315000", "1"], ["05334002", "0"]]))!

  init() throws { definition = try CityIndexTests.definition("id,parent,direction\nsci,,\na,sci,+\nb,sci,-\n") }

  @Test func agsArsAndKreisKeysFindTheirCities() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "d.csv", "ags;year;indicator;value\n05315000;2023;a;1\n053340002002;2023;a;2\n05315;2023;b;3\n05334002;2023;b;4\n")
    let data = try DatasetLoader.load(paths: [path], definition: definition, keys: keys).value
    #expect(data.cities == ["Köln", "Aachen"])
    #expect(data.values(for: 2023)?[0, 0] == 1)
    #expect(data.values(for: 2023)?[1, 0] == 2)
    #expect(data.values(for: 2023)?[0, 1] == 3)
    #expect(data.values(for: 2023)?[1, 1] == 4)
  }

  @Test func aWideFileWithKeysAndNamesBeside() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("w.csv", "ags,city,year,a,b\n05315000,Koeln,2023,1,2\n05334002,Aachen,2023,3,4\n")
    let data = try DatasetLoader.load(paths: [path], definition: definition, keys: keys).value
    #expect(data.cities == ["Köln", "Aachen"])  // the cities file's spelling
    #expect(data.values(for: 2023)?[1, 1] == 4)
  }

  @Test func unknownKeysOnceEachAndNamesThatDisagree() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "d.csv",
      "city,ags,year,indicator,value\nBonn,05314000,2023,a,1\nBonn,05314000,2023,b,1\nAachen,05315000,2023,a,2\nKöln,5315000,2023,b,3\n")
    let found = diagnostics { _ = try DatasetLoader.load(paths: [path], definition: definition, keys: keys) }
    // The disagreement as the row is read; the keys of no city, once each, when the file is read.
    #expect(found.map(\.description) == [
      "\(path):4:1: city 'Aachen' disagrees with its key '05315000', which is Köln's: correct the name or the key",
      "\(path):2:2: AGS '05314000' is none of the cities in the cities file (in 2 rows from here)",
      "\(path):5:2: key '5315000' has 7 digits: a spreadsheet dropped its leading zero; write '05315000' (keep the column as text) (in 1 row from here)",
    ])
  }

  @Test func keysNeedACitiesFileWithAgs() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("d.csv", "ags,year,indicator,value\n05315000,2023,a,1\n")
    let found = diagnostics { _ = try DatasetLoader.load(paths: [path], definition: definition) }
    #expect(found.map(\.description) == [
      "\(path):1: cities given by official key ('ags') need a cities file with an ags column (--cities)"
    ])
  }
}
