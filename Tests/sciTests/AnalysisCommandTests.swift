import Foundation
import Testing

/// `sci compare`, `sci profile` and `sci gap` on `Fixtures/good/two-years.csv` (Bonn leaves
/// after 2022, Erfurt enters in 2023).
@Suite struct AnalysisCommandTests {
  let common = [
    "--index", SCIRunner.fixture("good/index.csv"), "--data", SCIRunner.fixture("good/two-years.csv"),
  ]

  @Test func compareListsEveryCityWithEnteringAndLeaving() throws {
    let run = try SCIRunner.run(["compare", "--format", "csv", "--normalize-over", "year"] + common)
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "city,rank_from,rank_to,rank_change,score_from,score_to,change,compared_share")
    #expect(lines.contains { $0.hasPrefix("Düsseldorf,3,2,1,") })
    #expect(lines.contains { $0.hasPrefix("Köln,2,4,-2,") })
    // entering and leaving cities have each year's score, and no change
    #expect(lines.contains("Erfurt,,5,,,16.666666666666664,,"))
    #expect(lines.contains("Bonn,5,,,15.0,,,"))
  }

  @Test(arguments: ["json", "markdown"])
  func compareInTheOtherFormats(format: String) throws {
    let run = try SCIRunner.run(["compare", "--format", format] + common)
    #expect(run.status == 0)
    #expect(run.stdout.contains("Düsseldorf"))
    #expect(run.stdout.contains(format == "json" ? "\"rank_change\" : 1" : "| Düsseldorf | 3 | 2 | 1 |"))
  }

  @Test func compareTableSortsByTheBiggestMovers() throws {
    let run = try SCIRunner.run(["compare", "--from", "2022", "--to", "2023"] + common)
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let rows = lines.drop { !$0.hasPrefix("City ") }.dropFirst()
    #expect(rows.first?.hasPrefix("Köln") == true)  // −2 places
    #expect(rows.contains { $0.hasPrefix("Erfurt (entering)") })
    #expect(rows.contains { $0.hasPrefix("Bonn (leaving)") })
  }

  @Test func attributionAddsUpUnderPanelBounds() throws {
    let run = try SCIRunner.run(["compare", "--city", "koln", "--normalize-over", "panel", "--format", "csv"] + common)
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    #expect(
      lines.first == [
        "node", "name", "level", "status", "weight", "effective_weight", "value_from", "value_year_from", "flag_from",
        "value_to", "value_year_to", "flag_to", "score_from", "score_to", "contribution",
      ])
    // the index row's contribution is the sum of the compared indicators' (the rest have none)
    let total = Double(lines[1][14]) ?? .nan
    let compared = lines.filter { $0[2] == "indicator" && $0[3] == "compared" }
    let leaves = compared.reduce(0) { $0 + (Double($1[14]) ?? .nan) }
    #expect(!compared.isEmpty && abs(total - leaves) < 1e-9)
    #expect(lines.filter { $0[2] == "indicator" && $0[3] != "compared" }.allSatisfy { $0[14].isEmpty })
    #expect(!lines.contains { $0[0] == "residual" })
  }

  @Test(arguments: ["table", "json", "markdown"])
  func attributionExplainsItselfInEveryHumanFormat(format: String) throws {
    let run = try SCIRunner.run(["compare", "--city", "Köln", "--format", format] + common)
    #expect(run.status == 0)
    #expect(run.stdout.contains("Like for like: only the"))
    #expect(run.stdout.contains("scores on bounds fixed over 2022 and 2023"))
    let perYear = try SCIRunner.run(["compare", "--city", "Köln", "--format", format, "--normalize-over", "year"] + common)
    #expect(perYear.stdout.contains("normalised per year"))
    let old = try SCIRunner.run(["compare", "--city", "Köln", "--format", format, "--as-ranked"] + common)
    #expect(old.stdout.contains("residual") || old.stdout.contains("Residual") || old.stdout.contains("add up"))
  }

  @Test(arguments: ["table", "csv", "json", "markdown"])
  func profileComparesWithPeers(format: String) throws {
    let run = try SCIRunner.run(
      ["profile", "nurnberg", "--cities", SCIRunner.fixture("good/cities.csv"), "--format", format] + common)
    #expect(run.status == 0, "\(run.stderr)")
    if format == "csv" {
      #expect(run.stdout.hasPrefix("node,name,level,raw,unit,value_year,flag,score,median,peer_median,leader,leader_score\n"))
      #expect(run.stdout.contains("share,Sharing,indicator,22.5,per 100k,,,100.0,25.0,75.0,Nürnberg,100.0"))
    } else {
      #expect(run.stdout.contains("Bayern"))
    }
  }

  @Test func profileNeedsACitiesFileForPeersByState() throws {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("sci-peers-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let run = try SCIRunner.run(["profile", "Köln", "--no-cities"] + common, in: empty)
    #expect(run.status == 1)
    #expect(run.stderr.contains("peer groups by state need a cities file (--cities)"))
    #expect(try SCIRunner.run(["profile", "Köln", "--peers", "all", "--no-cities"] + common, in: empty).status == 0)
  }

  @Test(arguments: ["table", "csv", "json", "markdown"])
  func gapProposesImprovementsThatCloseIt(format: String) throws {
    let run = try SCIRunner.run(["gap", "köln", "--to", "duesseldorf", "--format", format] + common)
    #expect(run.status == 0, "\(run.stderr)")
    if format == "csv" {
      let lines = run.stdout.split(separator: "\n")
      #expect(lines.first == "indicator,name,from,to,points_gained,amount,reached_by")
      #expect(lines.dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" } == ["jam", "pay", "share"])
    } else {
      #expect(run.stdout.contains("new rank 2"))
    }
  }

  @Test func unknownCitiesGetASuggestion() throws {
    let run = try SCIRunner.run(["gap", "Muenchn", "--to", "Köln"] + common)
    #expect(run.status == 1)
    #expect(run.stderr == "unknown city 'Muenchn' (did you mean 'München'?)\n")
  }
}

@Suite struct WhatIfCommandTests {
  let index = SCIRunner.fixture("good/index.csv")
  let clean = SCIRunner.fixture("good/clean.csv")

  @Test func printsTheRankShiftsOfExcludingAGroup() throws {
    let run = try SCIRunner.run(["whatif", "--index", index, "--data", clean, "--exclude", "mob", "--format", "csv"])
    #expect(run.status == 0)
    // without mob the ranking is adm alone: München 100, Düsseldorf 87.5, Nürnberg 50, Köln 25 — the same order
    #expect(run.stdout.hasPrefix("city,baseline_rank,variant_rank,shift,baseline_score,variant_score\n"))
    #expect(run.stdout.contains("\nMünchen,1,1,0,91.66666666666666,100.0\n"))
    #expect(run.stdout.contains("\nKöln,4,4,0,29.166666666666668,25.0\n"))
  }

  @Test func namesTheVariantAndRefusesUnknownIds() throws {
    let run = try SCIRunner.run(["whatif", "--index", index, "--data", clean, "--weights", "equal"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("What if: weights: equal (2023)"))
    let bad = try SCIRunner.run(["whatif", "--index", index, "--data", clean, "--exclude", "mobb"])
    #expect(bad.status == 1)
    #expect(bad.stderr == "--exclude: unknown node 'mobb' (did you mean 'mob'?)\n")
  }
}

@Suite struct AuditCommandTests {
  @Test func printsTheIndicatorTableAsCSVAndEveryPartForPeople() throws {
    let index = SCIRunner.fixture("good/index.csv")
    let clean = SCIRunner.fixture("good/clean.csv")
    let csv = try SCIRunner.run(["audit", "--index", index, "--data", clean, "--format", "csv"])
    #expect(csv.status == 0)
    #expect(csv.stdout.hasPrefix("indicator,parent,coverage,min,max,mean,sd,skewness,kurtosis,outliers,r_parent,r_index,flags\n"))
    #expect(csv.stdout.contains("\nonline,adm,1.0,10.0,90.0,55.0,"))
    let groups = try SCIRunner.run(["audit", "--index", index, "--data", clean, "--format", "csv", "--part", "groups"])
    #expect(groups.stdout.hasPrefix("group,name,children,cronbach_alpha,pc1_share,complete_cities\nsci,Mini Index,2,"))
    let table = try SCIRunner.run(["audit", "--index", index, "--data", clean])
    #expect(table.stdout.contains("Indicators 2023") && table.stdout.contains("Groups 2023") && table.stdout.contains("Redundant pairs 2023"))
    #expect(table.stdout.contains("Nominal and effective shares 2023"))
  }

  /// The importance part: areas first, then indicators; shares at each level sum to 1.
  @Test func importanceGivesNominalAndEffectiveSharesThatSumToOnePerLevel() throws {
    let index = SCIRunner.fixture("good/index.csv")
    let clean = SCIRunner.fixture("good/clean.csv")
    let csv = try SCIRunner.run(["audit", "--index", index, "--data", clean, "--format", "csv", "--part", "importance"])
    #expect(csv.status == 0)
    let lines = csv.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    #expect(lines.first?.joined(separator: ",") == "node,level,area,nominal_share,effective_share,ratio,r_index,first_order,cities")
    for level in ["area", "indicator"] {
      let rows = lines.dropFirst().filter { $0.count > 4 && $0[1] == level }
      #expect(!rows.isEmpty)
      #expect(abs(rows.reduce(0) { $0 + (Double($1[3]) ?? .nan) } - 1) < 1e-9)
      #expect(abs(rows.reduce(0) { $0 + (Double($1[4]) ?? .nan) } - 1) < 1e-9)
    }
    let german = try SCIRunner.run(["audit", "--index", index, "--data", clean, "--part", "importance", "--lang", "de"])
    #expect(german.stdout.contains("Nominelle und effektive Anteile 2023") && german.stdout.contains("Effektiver Anteil"))
  }
}

@Suite struct AuditValuesCommandTests {
  @Test func listsEveryImputedAndWinsorisedValue() throws {
    // x: 1…20, 60, 100 needs two winsorisation steps (see TreatmentTests); y is missing for C3
    let rows = (1...22).map { i in "C\(i),2023,\(i <= 20 ? i : i == 21 ? 60 : 100),\(i == 3 ? "" : String(i))" }
    let files = try SCIRunner.write([
      "i.csv": "id,parent,direction\nsci,,\nx,sci,+\ny,sci,+\n", "d.csv": "city,year,x,y\n" + rows.joined(separator: "\n") + "\n",
    ])
    let (index, data) = (files["i.csv"] ?? "", files["d.csv"] ?? "")
    let run = try SCIRunner.run(
      ["audit", "--index", index, "--data", data, "--treat", "winsorize", "--missing", "mean", "--part", "values", "--format", "csv"])
    #expect(run.status == 0)
    // y's mean without C3: (1 + 2 + 4 + … + 22) / 21 = 250 / 21
    #expect(run.stdout == """
      indicator,city,change,from,to
      y,C3,imputed (mean),,\(250.0 / 21)
      x,C21,winsorised,60.0,20.0
      x,C22,winsorised,100.0,20.0

      """)
  }
}

/// A city that falls in rank while its value rises must not read as a fall (issue 17).
///
///     city  2022  2023   year bounds 2022 → 2023   panel bounds (10…30)
///     A     20    25     100 → 0   (−100)          50 → 75  (+25)
///     B     10    30       0 → 100                  0 → 100
///
/// A is first in 2022 and second in 2023 either way: ranks are each year's.
@Suite struct ChangeStoryTests {
  func files() throws -> [String] {
    let files = try SCIRunner.write([
      "i.csv": "id,parent,direction\nsci,,\nx,sci,+\n", "d.csv": "city,year,x\nA,2022,20\nB,2022,10\nA,2023,25\nB,2023,30\n",
      "c.csv": "city\nA\nB\n",
    ])
    return ["--index", files["i.csv"] ?? "", "--data", files["d.csv"] ?? "", "--cities", files["c.csv"] ?? ""]
  }

  @Test func aScoreThatRoseNeverShowsAsAFall() throws {
    let run = try SCIRunner.run(["compare", "--format", "csv"] + files())
    #expect(run.status == 0)
    // scores as each year ranked them; the change like for like on bounds fixed over both years
    #expect(run.stdout.contains("\nA,1,2,-1,100.0,0.0,25.0,1.0\n"))
    let perYear = try SCIRunner.run(["compare", "--format", "csv", "--normalize-over", "year"] + files())
    #expect(perYear.stdout.contains("\nA,1,2,-1,100.0,0.0,-100.0,1.0\n"))  // only when asked for
  }

  @Test func attributionIsOnFixedBoundsAndSortedByEffect() throws {
    let run = try SCIRunner.run(["compare", "--city", "A", "--format", "csv"] + files())
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[1].hasPrefix("sci,sci,index,") && lines[1].hasSuffix(",50.0,75.0,25.0"))
    #expect(lines[2].hasPrefix("x,x,indicator,") && lines[2].hasSuffix(",25.0"))
  }

  @Test func theReportsMoversAndCityPagesTellTheSameStory() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("sci-story-\(UUID().uuidString)/r")
    let run = try SCIRunner.run(["report", "--out", out.path] + files())
    #expect(run.status == 0, "\(run.stderr)")
    let index = try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8)
    #expect(index.contains("| 1 → 2 | [A](cities/a.md) | ▼\u{00A0}1 | +25.0 | x +25.0 |"))
    #expect(index.contains("Ordered by the change like for like"))
    let page = try String(contentsOf: out.appendingPathComponent("cities/a.md"), encoding: .utf8)
    #expect(page.contains("## What changed since 2022, like for like"))
    // A rose, B rose more: the place is lost to the other city, not to A's own change
    #expect(page.contains("Rank 1 → 2 (−1 places): 0 from its own comparable change, 0 from its values that do not compare, 0 from indicators entering the index, −1 from other cities' values"))
    #expect(page.contains("moved +25.0 points"))
    #expect(page.contains("| x | 20 | 25 | 50.0 | 75.0 | +25.0 |"))
  }
}

extension ChangeStoryTests {
  /// `gap CITY` used to be a usage error (issue 17).
  @Test func gapWithoutToAimsAtTheCityOneRankUp() throws {
    let run = try SCIRunner.run(["gap", "B"] + files())  // 2023: A 0 (rank 2), B 100 (rank 1)
    #expect(run.status == 0)
    #expect(run.stdout == "B leads the ranking: there is no city one rank up to move past.\n")
    let a = try SCIRunner.run(["gap", "a", "--format", "csv"] + files())
    #expect(a.status == 0)
    #expect(a.stdout.hasPrefix("indicator,name,from,to,points_gained,amount,reached_by\nx,x,25.0,"))
  }
}
