import Foundation
import Testing

@Suite struct RankCommandTests {
  let index = SCIRunner.fixture("good/index.csv")

  @Test func ranksTheGermanExcelExportAsCSV() throws {
    let run = try SCIRunner.run(["rank", "--index", index, "--data", SCIRunner.fixture("good/german-excel.csv"), "--format", "csv"])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    // Hand-computed in CityIndexTests/Scoring/ScorerTests.multiLevelHierarchyWithUnequalWeights.
    #expect(run.stdout == """
      rank,city,score,adm,mob,coverage,carried,flagged
      1,München,91.66666666666666,100.0,83.33333333333333,1.0,0,0
      2,Düsseldorf,72.91666666666667,87.5,58.333333333333336,1.0,0,0
      3,Nürnberg,41.66666666666667,50.0,33.333333333333336,1.0,0,0
      4,Köln,29.166666666666668,25.0,33.333333333333336,1.0,0,0

      """)
  }

  @Test func printsTheMarkdownInGermanWithLangDe() throws {
    let run = try SCIRunner.run([
      "rank", "--index", index, "--data", SCIRunner.fixture("good/german-excel.csv"), "--format", "markdown", "--lang", "de",
    ])
    #expect(run.status == 0)
    // The same ranking as above, one decimal with a comma.
    #expect(run.stdout.contains("| 1 | München | 91,7 | 100,0 | 83,3 | 100\u{202F}% |"))
    #expect(run.stdout.contains("| 4 | Köln | 29,2 | 25,0 | 33,3 | 100\u{202F}% |"))
  }

  @Test func ranksTheWindows1252FileWithAWarning() throws {
    let data = SCIRunner.fixture("good/windows-1252.csv")
    let run = try SCIRunner.run(["rank", "--index", index, "--data", data, "--format", "csv"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("1,München,91.66666666666666"))
    #expect(run.stderr == "\(data):2:1: warning: file is not valid UTF-8; read as Windows-1252 (save it as \"CSV UTF-8\" to avoid this)\n")
  }

  @Test(arguments: OutputFormatCase.allCases)
  func printsEveryFormat(format: OutputFormatCase) throws {
    let run = try SCIRunner.run(["rank", "--index", index, "--data", SCIRunner.fixture("good/clean.csv"), "--format", format.rawValue])
    #expect(run.status == 0)
    #expect(run.stdout.contains(format.expected))
  }

  /// From COINr's treated data with the default methods, and from its raw data with the
  /// handbook's flags (denominators from --cities, group means, winsorisation with COINr's
  /// winmax of 6): the same index scores and ranks.
  @Test(arguments: [
    ["--index", "asem/asem-index.csv", "--data", "asem/asem-treated.csv"],
    [
      "--index", "asem/asem-raw-index.csv", "--data", "asem/asem-raw.csv", "--cities", "asem/asem-cities.csv",
      "--missing", "group-mean", "--group", "EurAsia_group", "--min-coverage", "0", "--treat", "winsorize", "--winmax", "6",
    ],
  ])
  func csvScoresReproduceCOINr(arguments: [String]) throws {
    let paths = arguments.map { $0.hasPrefix("asem/") ? SCIRunner.fixture($0) : $0 }
    let run = try SCIRunner.run(["rank", "--format", "csv"] + paths)
    #expect(run.status == 0)
    let expected = try String(contentsOfFile: SCIRunner.fixture("asem/asem-expected.csv"), encoding: .utf8)
      .split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
    let rows = Dictionary(
      uniqueKeysWithValues: run.stdout.split(separator: "\n").dropFirst().map { line in
        let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return (f[1], (rank: f[0], score: Double(f[2]) ?? .nan))
      })
    #expect(rows.count == 51)
    for want in expected {
      let got = try #require(rows[want[0]])
      #expect(got.rank == want[1])
      #expect(abs(got.score - (Double(want[2]) ?? 0)) < 1e-6, "\(want[0])")
    }
  }

  @Test func usageErrorsExitWithTwo() throws {
    let bogus = try SCIRunner.run(["rank", "--normalization", "bogus"])
    #expect(bogus.status == 2)
    #expect(bogus.stderr.contains("bogus"))
    let coverage = try SCIRunner.run(["rank", "--min-coverage", "1.5"])
    #expect(coverage.status == 2)
    #expect(coverage.stderr.contains("--min-coverage must be between 0 and 1"))
    #expect(try SCIRunner.run(["rank", "--no-such-flag"]).status == 2)
  }

  @Test func geometricOnMinMaxExitsWithOneNamingNodeAndCity() throws {
    let run = try SCIRunner.run(["rank", "--index", index, "--data", SCIRunner.fixture("good/clean.csv"), "--aggregation", "geometric"])
    #expect(run.status == 1)
    #expect(run.stdout == "")
    #expect(run.stderr.contains("geometric aggregation of 'adm' needs scores above 0, but minmax gives 'online' scores from 0: use --range 1,100"))
  }

  @Test func aYearWithoutDataExitsWithOne() throws {
    let run = try SCIRunner.run(["rank", "--index", index, "--data", SCIRunner.fixture("good/clean.csv"), "--year", "2019"])
    #expect(run.status == 1)
    #expect(run.stderr == "\(SCIRunner.fixture("good/clean.csv")): no data for year 2019 (years in the data: 2023)\n")
  }

  @Test func theShippedFilesAreFoundFromAnyFolderAndAMissingOneIsNamed() throws {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("sci-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    // a binary built in the repository finds the shipped index, data and cities files from any
    // folder, as an installed one finds them in share/sci
    let shipped = try SCIRunner.run(["rank", "--format", "csv"], in: empty)
    #expect(shipped.status == 0 && shipped.stderr == "")
    #expect(shipped.stdout.split(separator: "\n").count == 81)
    let run = try SCIRunner.run(["rank", "--index", "mine.csv"], in: empty)
    #expect(run.status == 1)
    #expect(run.stderr == "mine.csv: no such file\n")
  }
}

enum OutputFormatCase: String, CaseIterable, Sendable {
  case table, csv, json, markdown

  var expected: String {
    switch self {
    case .table: "   1  München      91.7"
    case .csv: "1,München,91.66666666666666"
    case .json: "\"city\" : \"München\""
    case .markdown: "| 1 | München | 91.7 |"
    }
  }
}

/// One dataset for several index variants: indicators the index does not use.
@Suite struct IgnoreUnknownCommandTests {
  @Test func unusedIndicatorsAreOneErrorEachOrOneWarningWithTheFlag() throws {
    var data = try String(contentsOfFile: SCIRunner.fixture("good/long.csv"), encoding: .utf8)
    for city in ["München", "Köln", "Düsseldorf", "Nürnberg"] { data += "\(city),2023,noise_db,55,\n\(city),2023,trees,1200,\n" }
    let paths = try SCIRunner.write(["data.csv": data])
    let index = SCIRunner.fixture("good/index.csv")
    let refused = try SCIRunner.run(["rank", "--index", index, "--data", paths["data.csv"]!, "--format", "csv"])
    #expect(refused.status == 1)
    let lines = refused.stderr.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.contains("in 4 rows from here; --ignore-unknown leaves out") })
    let ranked = try SCIRunner.run(["rank", "--index", index, "--data", paths["data.csv"]!, "--format", "csv", "--ignore-unknown"])
    #expect(ranked.status == 0)
    #expect(ranked.stderr.contains("warning: left out 2 indicators that \(index) does not have (--ignore-unknown): 'noise_db' (4 rows), 'trees' (4 rows)"))
    let plain = try SCIRunner.run(["rank", "--index", index, "--data", SCIRunner.fixture("good/long.csv"), "--format", "csv"])
    #expect(ranked.stdout == plain.stdout)
  }
}

/// `--weights optimised` and `--weights bod` on the shipped default (issue 28).
@Suite struct DataDrivenWeightsCommandTests {
  @Test func optimisedWeightsEndTheRankingWithTheWeightsFound() throws {
    let run = try SCIRunner.run(["rank", "--weights", "optimised"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Optimised weights 2021") && run.stdout.contains("largest difference 9.9\u{202F}% before"))
    let csv = try SCIRunner.run(["rank", "--weights", "optimized", "--format", "csv"])
    #expect(csv.stdout.hasPrefix("rank,city,score,verwaltung,") && !csv.stdout.contains("Optimised"))
  }

  @Test func benefitOfTheDoubtRanksEachCityWithItsOwnWeights() throws {
    let run = try SCIRunner.run(["rank", "--weights", "bod", "--format", "csv"])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = try CSVRows.parse(run.stdout)
    #expect(rows.first?.prefix(5) == ["rank", "city", "score", "definition_rank", "definition_relative"])
    #expect(rows.first?.contains("share_onleihe_media_titles") == true)
    // Without bounds, a yes/no indicator lets every city that has it reach 100: 61 of 80 cities.
    #expect(rows.dropFirst().filter { $0[2] == "100.0" }.count == 61)
    for row in rows.dropFirst() { #expect((Double(row[2]) ?? 0) >= (Double(row[4]) ?? .nan) - 1e-9, "\(row[1])") }
    // Shares at most a fifth: 16 cities still reach 100.
    let bounded = try CSVRows.parse(try SCIRunner.run(["rank", "--weights", "bod", "--bod-shares", "0,0.2", "--format", "csv"]).stdout)
    #expect(bounded.dropFirst().filter { $0[2] == "100.0" }.count == 16)
  }

  @Test func bodIsRankOnlyAndItsBoundsNeedIt() throws {
    let compare = try SCIRunner.run(["compare", "--weights", "bod"])
    #expect(compare.status == 1 && compare.stderr.contains("only sci rank takes it"))
    let bounds = try SCIRunner.run(["rank", "--bod-shares", "0,0.5"])
    #expect(bounds.status == 2 && bounds.stderr.contains("--bod-shares goes with --weights bod"))
    let none = try SCIRunner.run(["rank", "--weights", "bod", "--bod-shares", "0.5,0.9"])
    #expect(none.status == 1 && none.stderr.contains("admits no weights"))
  }
}
