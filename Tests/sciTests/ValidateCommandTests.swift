import Foundation
import Testing

@Suite struct ValidateCommandTests {
  let index = SCIRunner.fixture("good/index.csv")

  @Test func reportsWhatItCheckedOnSuccess() throws {
    let data = SCIRunner.fixture("good/long.csv")
    let run = try SCIRunner.run(["validate", "--index", index, "--data", data])
    #expect(run.status == 0)
    // Run from the repository root, the default cities file is checked too.
    #expect(
      run.stdout == "\(index): ok — 4 indicators in 3 groups under 'sci'\n\(data): ok — 4 cities, years 2023\n"
        + "datasets/cities.csv + datasets/population.csv: ok — 80 cities, columns state, population, latitude, "
        + "longitude, area_km2, credit, ags, kreisfrei, reference_date, flag, source\n")
  }

  @Test func alsoChecksTheCitiesFile() throws {
    let cities = SCIRunner.fixture("good/cities.csv")
    let run = try SCIRunner.run(["validate", "--index", index, "--data", SCIRunner.fixture("good/clean.csv"), "--cities", cities])
    #expect(run.status == 0)
    #expect(run.stdout.hasSuffix("\(cities): ok — 6 cities, columns state, population\n"))
  }

  static let badFiles: [String] = {
    let folder = SCIRunner.fixture("bad")
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
  }()

  @Test func theCorpusIsThere() {
    #expect(Self.badFiles.count >= 20)
  }

  @Test(arguments: badFiles)
  func everyBadFileExitsWithOneNamingItsFile(name: String) throws {
    let path = SCIRunner.fixture("bad/\(name)")
    let arguments =
      name.hasPrefix("def-")
      ? ["validate", "--index", path, "--data", SCIRunner.fixture("good/clean.csv")]
      : ["validate", "--index", index, "--data", path]
    let run = try SCIRunner.run(arguments)
    #expect(run.exitedNormally, "crashed")
    #expect(run.status == 1)
    #expect(run.stdout == "")
    let lines = run.stderr.split(separator: "\n")
    #expect(!lines.isEmpty)
    for line in lines {
      #expect(line.hasPrefix(path + ":"), "\(line)")
    }
  }

  @Test func showsFiftyErrorsThenACount() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sci-many-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let data = folder.appendingPathComponent("many.csv")
    let rows = (1...60).map { "City \($0),2023,x\($0),1,1,1" }
    try ("city,year,online,pay,jam,share\n" + rows.joined(separator: "\n") + "\n").write(to: data, atomically: true, encoding: .utf8)
    let run = try SCIRunner.run(["validate", "--index", index, "--data", data.path])
    #expect(run.status == 1)
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.count == 51)
    #expect(lines.first == "\(data.path):2:3: value 'x1' is not a number; write missing values as an empty cell, NA, n/a, - or .")
    #expect(lines.last == "… and 10 more errors (60 in all)")
  }
}

extension ValidateCommandTests {
  /// A misspelt city used to pass `validate` and be ranked (issue 17).
  @Test func aCityTheCitiesFileDoesNotKnowFailsValidateAndWarnsElsewhere() throws {
    let files = try SCIRunner.write([
      "i.csv": "id,parent,direction\nsci,,\na,sci,+\n", "d.csv": "city,year,a\nBielefeld,2021,1\nBielfeld,2021,2\n",
    ])
    let (i, d) = (files["i.csv"] ?? "", files["d.csv"] ?? "")
    let validate = try SCIRunner.run(["validate", "--index", i, "--data", d])
    #expect(validate.status == 1)
    #expect(validate.stderr == "\(d):3:1: city 'Bielfeld' is not in datasets/cities.csv + datasets/population.csv (did you mean 'Bielefeld'?)\n")
    let rank = try SCIRunner.run(["rank", "--index", i, "--data", d])
    #expect(rank.status == 0)
    #expect(rank.stderr.contains("\(d):3:1: warning: city 'Bielfeld' is not in"))
  }

  @Test func cityArgumentsSuggestTheFullName() throws {
    let run = try SCIRunner.run(["profile", "frankfurt"])
    #expect(run.status == 1)
    #expect(run.stderr == "unknown city 'frankfurt' (did you mean 'Frankfurt am Main'?)\n")
  }
}

extension ValidateCommandTests {
  /// A 20 MB number used to be echoed whole: 20 MB on stderr (issue 14).
  @Test func aTwentyMegabyteFieldMakesAShortMessage() throws {
    let files = try SCIRunner.write([
      "i.csv": "id,parent,direction\nsci,,\na,sci,+\n",
      "d.csv": "city,year,indicator,value\nBonn,2023,a," + String(repeating: "9", count: 20_000_000) + "\n",
    ])
    let run = try SCIRunner.run(["validate", "--index", files["i.csv"] ?? "", "--data", files["d.csv"] ?? ""])
    #expect(run.status == 1)
    #expect(run.stderr.utf8.count < 2048)
    #expect(run.stderr.contains("…' (20,000,000 characters) is not a number"))
  }
}

/// Errors and warnings in the run's language: `--lang de`, or a German locale (issue 27).
@Suite struct GermanMessagesTests {
  @Test(arguments: ["validate", "rank", "compare", "profile", "gap", "whatif", "audit", "sensitivity", "versus", "brief", "report"])
  func everyCommandTakesLangAndSpeaksGermanOnBadInput(command: String) throws {
    let data = try #require(SCIRunner.write(["bad.csv": "city,year,gigabit\nBielfeld,2021,abc\n"])["bad.csv"])
    let cityArguments: [String] =
      switch command {
      case "profile", "gap", "brief": ["Bonn"]
      case "versus": ["Bonn", "Köln"]
      default: []
      }
    let run = try SCIRunner.run([command] + cityArguments + ["--data", data, "--lang", "de"])
    #expect(run.status == 1)
    #expect(
      run.stderr.contains(
        "bad.csv:1:3: unbekannter Indikator 'gigabit' (nicht in indicators/open-smart-city-index.csv), in einer Spalte mit 1 Zeile; "
          + "--ignore-unknown lässt Indikatoren weg, die der Index nicht nutzt"), "\(run.stderr)")
    #expect(!run.stderr.contains("unknown indicator") && !run.stderr.contains("has no data"), "\(run.stderr)")
  }

  @Test func theLocaleDecidesWithoutLang() throws {
    let german = try SCIRunner.run(["gap", "Wiesbadn", "--rank", "20"], environment: ["LANG": "de_DE.UTF-8"])
    #expect(german.status == 1)
    #expect(german.stderr == "unbekannte Stadt 'Wiesbadn' (meinten Sie 'Wiesbaden'?)\n")
    let english = try SCIRunner.run(["gap", "Wiesbadn", "--rank", "20"], environment: ["LC_ALL": "C", "LANG": "de_DE.UTF-8"])
    #expect(english.stderr == "unknown city 'Wiesbadn' (did you mean 'Wiesbaden'?)\n")
    let chosen = try SCIRunner.run(["gap", "Wiesbadn", "--rank", "20", "--lang", "en"], environment: ["LANG": "de_DE.UTF-8"])
    #expect(chosen.stderr == english.stderr)
  }

  @Test func validateSaysItsChecksInGerman() throws {
    let run = try SCIRunner.run(["validate", "--lang", "de"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("indicators/open-smart-city-index.csv: in Ordnung — 11 Indikatoren in 6 Gruppen unter 'open_smart_city_index'\n"))
    #expect(run.stdout.contains("datasets/open-data.csv: in Ordnung — 80 Städte, Jahre 2016–2025, 6 mit Kennzeichen break"))
  }

  @Test func warningsToo() throws {
    let data = try #require(SCIRunner.write(["extra.csv": "city,year,gigabit\nBonn,2021,1\n"])["extra.csv"])
    let run = try SCIRunner.run(["validate", "--data", data, "--ignore-unknown", "--lang", "de"])
    #expect(run.stderr.contains(": Warnung: 1 Indikator weggelassen, die indicators/open-smart-city-index.csv nicht hat (--ignore-unknown): 'gigabit' (1 Zeile)"), "\(run.stderr)")
  }
}
