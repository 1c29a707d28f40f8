import Foundation
import Testing

@testable import CityIndex

/// GENESIS flat-file CSV exports: regions by key, years from dates, symbols, quality flags,
/// further variables in the id (fixtures in Fixtures/genesis, described in its README).
@Suite struct GenesisLoaderTests {
  /// Düsseldorf, Bonn, Köln, Münster kreisfrei; Aachen in the Städteregion (not kreisfrei);
  /// München.
  let keys = CityKeys(
    CityTable(
      cities: ["Düsseldorf", "Bonn", "Köln", "Münster", "Aachen", "München"], columns: ["ags", "kreisfrei"],
      rows: [
        ["05111000", "1"], ["05314000", "1"], ["05315000", "1"], ["05515000", "1"], ["05334002", "0"], ["09162000", "1"],
      ]))!

  @Test func kreisExportWithReferenceDatesAndASecondVariable() throws {
    let export = try GenesisLoader.load(path: fixture("genesis/kreise-12411-stichtag.csv"), keys: keys).value
    #expect(export.regionVariable == "KREISE")
    // 14 rows: 2 of Germany (DG) and 2 of the Städteregion Aachen (05334, no kreisfreie Stadt)
    // skipped, Münster 2022 '.' missing: 9 values.
    #expect(export.skippedRows == 4)
    #expect(export.skippedRegions == 2)
    #expect(export.missing == ["." : 1])
    let byKey = Dictionary(uniqueKeysWithValues: export.values.map { ("\($0.city) \($0.year) \($0.indicator)", $0) })
    #expect(byKey.count == 9)
    #expect(byKey["Köln 2022 bevstd"]?.value == 1_084_831)  // the official figure (datasets/population.csv)
    #expect(byKey["Köln 2022 bevstd"]?.flag == "provisional")
    #expect(byKey["Köln 2021 bevstd"]?.flag == nil)
    #expect(byKey["Düsseldorf 2022 bevstd_gesw"]?.value == 323_400)  // the total row has no attribute code
    #expect(byKey["Münster 2022 bevstd"] == nil)
    #expect(byKey["Bonn 2021 bevstd"]?.source == "12411-01-01-4 Bevölkerung nach Geschlecht - Stichtag 31.12. - regionale Tiefe: Kreise und krfr. Städte")
    #expect(export.variables.map(\.indicator) == ["bevstd", "bevstd_gesw"])
    #expect(export.variables[0].cities == ["Düsseldorf", "Bonn", "Köln", "Münster"])
    #expect(export.variables[0].years == [2021, 2022])
    #expect(export.variables[0].missing == 1)
    // Aachen is no kreisfreie Stadt: a Kreis table cannot have it, and the summary says so.
    #expect(export.notKreisfrei == ["Aachen"])
  }

  @Test func gemeindeExportWithRegionalschluesselSymbolsAndFlags() throws {
    let export = try GenesisLoader.load(path: fixture("genesis/gemeinden-33111-jahr.csv"), keys: keys).value
    #expect(export.regionVariable == "GEMEIN")
    let byKey = Dictionary(uniqueKeysWithValues: export.values.map { ("\($0.city) \($0.indicator)", $0) })
    #expect(byKey["Köln flc006"]?.value == 40_515)  // 40515,0 with a decimal comma
    #expect(byKey["Köln flc006"]?.flag == "revised")
    #expect(byKey["Aachen flc006"]?.value == 16_085)  // ARS 053340002002 → AGS 05334002
    #expect(byKey["Düsseldorf flc010"]?.value == 0)  // '-': nothing, exactly 0
    #expect(byKey["München flc006"] == nil)  // 'x'
    #expect(export.values.allSatisfy { $0.year == 2021 })
    #expect(export.missing == ["x": 1, "...": 1])
    #expect(export.skippedRows == 1)  // Alsdorf
    #expect(export.notKreisfrei.isEmpty)  // a Gemeinde table has every city
  }

  @Test func mapRenamesByCodeKeepingTheAttributesOrByGeneratedId() throws {
    let path = try fixture("genesis/kreise-12411-stichtag.csv")
    let byCode = try GenesisLoader.load(path: path, keys: keys, map: ["BEVSTD": "population"]).value
    #expect(Set(byCode.values.map(\.indicator)) == ["population", "population_gesw"])
    let byId = try GenesisLoader.load(path: path, keys: keys, map: ["bevstd_gesw": "women", "BEVSTD": "population"]).value
    #expect(Set(byId.values.map(\.indicator)) == ["population", "women"])
  }

  @Test func yearsFromYearsAndDates() {
    #expect(GenesisLoader.year("2022") == 2022)
    #expect(GenesisLoader.year("2022-12-31") == 2022)
    #expect(GenesisLoader.year("31.12.2022") == 2022)
    #expect(GenesisLoader.year("2022-Q4") == nil)
    #expect(GenesisLoader.year("MONAT01") == nil)
  }

  @Test func aFileThatIsNoFlatFileSaysSo() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("x.csv", "city,year,indicator,value\nKöln,2022,a,1\n")
    let found = diagnostics { _ = try GenesisLoader.load(path: path, keys: keys) }
    #expect(found.map(\.description) == [
      "\(path):1: not a GENESIS flat-file CSV (ffcsv): the header lacks 'statistics_code', 'statistics_label', 'time', 'value_variable_code' (export the table as \"Flatfile CSV\")"
    ])
  }

  @Test func badValuesAndTimesAreErrorsWithTheirPlace() throws {
    let folder = try TemporaryFolder()
    let head = "statistics_code;statistics_label;time;1_variable_code;1_variable_attribute_code;value;value_variable_code\n"
    let path = try folder.write("x.csv", head + "1;S;2022;KREISE;05315;zwölf;A\n1;S;Q4/2022;KREISE;05315;1;B\n1;S;2022;KREISE;05315;3;A\n")
    let found = diagnostics { _ = try GenesisLoader.load(path: path, keys: keys) }
    #expect(found.map(\.description) == [
      "\(path):2:6: value 'zwölf' is not a number (nor a GENESIS symbol: - . ... x /)",
      "\(path):3:3: time 'Q4/2022' is neither a year nor a reference date (2022, 2022-12-31, 31.12.2022)",
    ])
  }

  @Test func noCityAmongTheRegionsIsAnError() throws {
    let folder = try TemporaryFolder()
    let head = "statistics_code;statistics_label;time;1_variable_code;1_variable_attribute_code;value;value_variable_code\n"
    let path = try folder.write("x.csv", head + "1;S;2022;DLAND;05;1;A\n1;S;2022;DLAND;09;2;A\n")
    let found = diagnostics { _ = try GenesisLoader.load(path: path, keys: keys) }
    #expect(found.map(\.description) == ["\(path): no region of the export is a city of the cities file (2 regions, e.g. '05', '09')"])
  }
}

extension GenesisLoaderTests {
  @Test func aWindows1252ExportReadsTheSameWithAWarning() throws {
    let utf8 = try String(contentsOfFile: fixture("genesis/kreise-12411-stichtag.csv"), encoding: .utf8)
    let folder = try TemporaryFolder()
    let path = folder.url.appendingPathComponent("cp1252.csv").path
    try #require(utf8.data(using: .windowsCP1252)).write(to: folder.url.appendingPathComponent("cp1252.csv"))
    let loaded = try GenesisLoader.load(path: path, keys: keys)
    let original = try GenesisLoader.load(path: fixture("genesis/kreise-12411-stichtag.csv"), keys: keys).value
    #expect(loaded.value.values.map(\.value) == original.values.map(\.value))
    #expect(loaded.value.values.map(\.source) == original.values.map(\.source))  // "Bevölkerung" intact
    #expect(loaded.warnings.map(\.message) == ["file is not valid UTF-8; read as Windows-1252 (save it as \"CSV UTF-8\" to avoid this)"])
  }

  @Test func findsTheNumberedVariablesInOnePassOverTheHeader() {
    let names = [
      "statistics_code", "2_variable_code", "1_Variable_Code", "1_variable_attribute_code", "2_variable_attribute_code",
      "01_variable_code", "3_variable_code", "100_variable_code", "100_variable_attribute_code", "x_variable_code",
    ]
    // 1 and 2 in their order, case-insensitive; 3 lacks its attribute; "01", 100 and "x" are no numbers of a variable.
    #expect(GenesisLoader.Layout.variables(in: names) == [.init(code: 2, attribute: 3), .init(code: 1, attribute: 4)])
  }
}
