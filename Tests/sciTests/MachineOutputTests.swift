import Foundation
import Testing

/// Outputs scripts can trust (issue 25): every `--format json` is one JSON document, and the CSV
/// headers are fixed whatever the data.
@Suite struct MachineOutputTests {
  static let commands: [[String]] = [
    ["rank"], ["compare"], ["compare", "--city", "Hamburg"], ["compare", "--with", "datasets/bitkom-published.csv"],
    ["profile", "Hamburg"], ["gap", "Ulm"], ["whatif", "--normalization", "percentile"], ["audit"],
    ["sensitivity", "--samples", "20"], ["versus", "München", "Hamburg", "--from", "2020", "--sensitivity", "20"],
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
    #expect(shippedRun.stdout.hasPrefix("rank,city,score,verwaltung,it_kommunikation,energie_umwelt,mobilitaet,gesellschaft_bildung,coverage,carried,flagged\n"))
    // a file with nothing carried and nothing flagged has the same columns
    let other = try SCIRunner.run([
      "rank", "--format", "csv", "--index", SCIRunner.fixture("good/index.csv"), "--data", SCIRunner.fixture("good/clean.csv"),
    ])
    #expect(other.status == 0)
    #expect(other.stdout.split(separator: "\n").first?.hasSuffix(",coverage,carried,flagged") == true)
    #expect(other.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.hasSuffix(",0,0") })
  }
}

/// Every CSV header is the one the README documents (its "Output columns" table).
@Suite struct DocumentedColumnsTests {
  static let headers: [([String], String)] = [
    (["rank"], "rank,city,score,verwaltung,it_kommunikation,energie_umwelt,mobilitaet,gesellschaft_bildung,coverage,carried,flagged"),
    (["compare"], "city,rank_from,rank_to,rank_change,score_from,score_to,change,compared_share"),
    (
      ["compare", "--city", "Hamburg"],
      "node,name,level,status,weight,effective_weight,value_from,value_year_from,flag_from,value_to,value_year_to,flag_to,score_from,score_to,contribution"
    ),
    (["compare", "--with", "datasets/bitkom-published.csv"], "city,rank,other_rank,rank_difference,other_status,other_source"),
    (["profile", "Hamburg"], "node,name,level,raw,unit,value_year,flag,score,median,peer_median,leader,leader_score"),
    (["gap", "Ulm"], "indicator,name,from,to,points_gained,amount,reached_by"),
    (["whatif", "--normalization", "percentile"], "city,baseline_rank,variant_rank,shift,baseline_score,variant_score"),
    (["audit"], "indicator,parent,coverage,min,max,mean,sd,skewness,kurtosis,outliers,r_parent,r_index,flags"),
    (["sensitivity", "--samples", "20"], "city,rank,median_rank,rank_p05,rank_p95,probability_first"),
    (
      ["versus", "München", "Hamburg", "--sensitivity", "0"],
      "node,name,level,value_a,value_year_a,flag_a,value_b,value_year_b,flag_b,score_a,score_b,stand_in_a,stand_in_b,difference,leader,effective_weight,contribution"
    ),
  ]

  @Test(arguments: headers.indices)
  func theHeaderIsTheDocumentedOne(case index: Int) throws {
    let (command, header) = Self.headers[index]
    let run = try SCIRunner.run(command + ["--format", "csv"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.split(separator: "\n").first.map(String.init) == header, "\(command.joined(separator: " "))")
    let readme = try String(contentsOf: SCIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    // rank's area ids are the shipped index's; the README writes them as <area ids…>
    let documented = command == ["rank"] ? "`rank,city,score,<area ids…>,coverage,carried,flagged`" : "`\(header)`"
    #expect(readme.contains(documented), "README documents \(command.joined(separator: " "))'s columns")
  }
}
