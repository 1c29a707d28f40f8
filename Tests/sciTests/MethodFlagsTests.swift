import Foundation
import Testing

/// The handbook's method flags from the command line: weights, range, groups, treatment.
@Suite struct MethodFlagsTests {
  let index = SCIRunner.fixture("good/index.csv")
  let clean = SCIRunner.fixture("good/clean.csv")
  let cities = SCIRunner.fixture("good/cities.csv")

  func rank(_ extra: [String]) throws -> Run {
    try SCIRunner.run(["rank", "--index", index, "--data", clean, "--cities", cities, "--format", "csv"] + extra)
  }

  @Test func ranksWithinAGroupOfTheCitiesFile() throws {
    let run = try rank(["--rank-within", "state"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines[0] == "rank,city,score,adm,mob,coverage,group,group_rank,carried,flagged")
    #expect(lines[1].hasPrefix("1,München,") && lines[1].hasSuffix(",Bayern,1,0,0"))
    #expect(lines[2].hasPrefix("2,Düsseldorf,") && lines[2].hasSuffix(",Nordrhein-Westfalen,1,0,0"))
    #expect(lines[3].hasPrefix("3,Nürnberg,") && lines[3].hasSuffix(",Bayern,2,0,0"))
    #expect(lines[4].hasPrefix("4,Köln,") && lines[4].hasSuffix(",Nordrhein-Westfalen,2,0,0"))
    // size: the size class by population (München and Köln 1M+, Düsseldorf and Nürnberg 500k–1M)
    let bySize = try rank(["--rank-within", "size"]).stdout.split(separator: "\n")
    #expect(bySize[2].hasPrefix("2,Düsseldorf,") && bySize[2].hasSuffix(",\"500,000–1,000,000 inhabitants\",1,0,0"))
    #expect(bySize[4].hasPrefix("4,Köln,") && bySize[4].hasSuffix(",\"1,000,000 inhabitants or more\",2,0,0"))
    let unknown = try rank(["--rank-within", "region"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("--rank-within region: \(cities) has no such column (it has: state, population)"))
  }

  @Test func equalWeightsAndAWeightsFileChangeTheTotals() throws {
    // München: online 100, pay 100 → adm 100; jam 100, share 50 → mob (2·100 + 50) / 3 = 83.33
    // with the file's weights (jam 2). Equal weights: mob (100 + 50) / 2 = 75 → total 87.5.
    let equal = try rank(["--weights", "equal"])
    #expect(equal.status == 0)
    #expect(equal.stdout.contains("1,München,87.5,100.0,75.0,"))
    let folder = try SCIRunner.write(["w.csv": "id,a,b\nadm,1,3\nmob,1,1\n"])["w.csv"] ?? ""
    let budget = try rank(["--weights", folder, "--format", "json"])
    #expect(budget.status == 0)
    // expert a: 1 : 1, expert b: 3 : 1 → adm (1/2 + 3/4) / 2 = 0.625, mob 0.375
    // → München 0.625 · 100 + 0.375 · 83.33 = 93.75
    #expect(budget.stdout.contains("\"weights\" : \"\(folder)\""))
    #expect(budget.stdout.contains("\"score\" : 93.75"))
  }

  @Test func rangeMustBeTwoOrderedNumbersAndMakesGeometricWork() throws {
    let bad = try rank(["--range", "100,1"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("--range must be two numbers LO,HI with LO < HI"))
    let refused = try rank(["--aggregation", "geometric"])
    #expect(refused.status == 1)
    let geometric = try rank(["--aggregation", "geometric", "--range", "1,100"])
    #expect(geometric.status == 0)
    #expect(geometric.stdout.contains("1,München,"))
  }

  @Test func groupImputationNeedsAGroupColumn() throws {
    let run = try rank(["--missing", "group-mean"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("--missing group-mean needs --group COLUMN"))
    let ok = try rank(["--missing", "group-mean", "--group", "state"])
    #expect(ok.status == 0)
  }

  @Test func treatmentIsNamedInTheMethodLine() throws {
    let run = try SCIRunner.run(["rank", "--index", index, "--data", clean, "--treat", "winsorize"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("outliers: winsorize"))
  }
}

@Suite struct LastYearAndSensitivityFlagsTests {
  @Test func lastYearReadsTheEarlierYearsEvenForOneYear() throws {
    let files = try SCIRunner.write([
      "i.csv": "id,parent,direction\nsci,,\nx,sci,+\ny,sci,+\n",
      "d.csv": "city,year,x,y\nA,2022,1,10\nA,2023,2,\nB,2023,4,20\nC,2023,3,30\n",
    ])
    let (index, data) = (files["i.csv"] ?? "", files["d.csv"] ?? "")
    let run = try SCIRunner.run(
      ["rank", "--index", index, "--data", data, "--year", "2023", "--missing", "last-year", "--format", "csv"])
    #expect(run.status == 0)
    // A's y carried from 2022 (10): y scores A 0, B 50, C 100; x A 0, B 100, C 50 → A 0, B 75, C 75
    #expect(run.stdout.contains("\n3,A,0.0,"))
    #expect(run.stdout.hasSuffix(",1,0,0\n"))  // imputed counts A's one value; carried and flagged 0
  }

  @Test func sensitivityRefusesWhatItCannotResample() throws {
    let index = SCIRunner.fixture("good/index.csv")
    let run = try SCIRunner.run(
      ["sensitivity", "--index", index, "--data", SCIRunner.fixture("good/clean.csv"), "--aggregation", "copeland"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("sensitivity analysis supports arithmetic, geometric, harmonic and product aggregation, not copeland"))
  }
}
