import Foundation
import Testing

/// Outputs scripts can trust (issue 25): every `--format json` is one JSON document, and the CSV
/// headers are fixed whatever the data.
@Suite struct MachineOutputTests {
  static let commands: [[String]] = [
    ["rank"], ["compare"], ["compare", "--city", "Hamburg"], ["compare", "--with", "datasets/bitkom-published.csv"],
    ["profile", "Hamburg"], ["gap", "Ulm"], ["whatif", "--normalization", "percentile"], ["audit"],
    ["sensitivity", "--samples", "20"],
  ]

  @Test(arguments: commands)
  func everyJSONOutputIsOneDocument(command: [String]) throws {
    let run = try SCIRunner.run(command + ["--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let parsed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    #expect(parsed is [String: Any], "\(command.joined(separator: " ")): one object")
  }

  @Test func sensitivitysThreeTablesAreOneDocument() throws {
    let run = try SCIRunner.run(["sensitivity", "--samples", "20", "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let tables = try #require(object["tables"] as? [[String: Any]])
    #expect(tables.count == 3 && object["sciVersion"] != nil)
  }

  @Test func rankCSVEndsInCoverageCarriedFlaggedWhateverTheData() throws {
    let shippedRun = try SCIRunner.run(["rank", "--format", "csv"])
    #expect(shippedRun.stdout.hasPrefix("rank,city,score,verwaltung,it_kommunikation,energie_umwelt,coverage,carried,flagged\n"))
    // a file with nothing carried and nothing flagged has the same columns
    let other = try SCIRunner.run([
      "rank", "--format", "csv", "--index", SCIRunner.fixture("good/index.csv"), "--data", SCIRunner.fixture("good/clean.csv"),
    ])
    #expect(other.status == 0)
    #expect(other.stdout.split(separator: "\n").first?.hasSuffix(",coverage,carried,flagged") == true)
    #expect(other.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.hasSuffix(",0,0") })
  }
}
