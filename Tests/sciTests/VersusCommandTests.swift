import Foundation
import Testing

/// `sci versus A B` on the shipped default: München against Hamburg, 2021.
@Suite struct VersusCommandTests {
  /// The CSV as (node → row) with the header's column names.
  func rows(_ arguments: [String]) throws -> [[String: String]] {
    let run = try SCIRunner.run(["versus"] + arguments + ["--format", "csv", "--sensitivity", "0"])
    #expect(run.status == 0, "\(run.stderr)")
    let table = try CSVRows.parse(run.stdout.components(separatedBy: "\n\n").first ?? "")
    let header = try #require(table.first)
    return table.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
  }

  @Test func theDuelOfTwentyTwentyOneInOneScreen() throws {
    let run = try SCIRunner.run(["versus", "München", "Hamburg"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "München against Hamburg, 2021")
    #expect(
      lines[1]
        == "Hamburg leads München by 10.0 points (70.6 to 60.5) and in 2 of 5 areas; the gap comes mostly from Gesellschaft und Bildung (6.7 points, no value for München) and IT und Kommunikation (2.6 points).")
    #expect(run.stdout.contains("missing (counts as 60.5)"))
    #expect(
      lines.contains(
        "Where only one city has a value – E-Medien der Onleihe (none for München) – the other's own score of the group above counts in its place, as the index scores a missing value: these account for −6.7 points of the gap."))
    #expect(!run.stdout.contains("not attributed"))
    #expect(lines.contains("München: rank 5 of 80, plausibly 4–5, 60.5 points"))
    #expect(lines.contains("Bitkom Smart City Index 2021: München rank 4, 72.7 points; Hamburg rank 1, 88.1 points."))
    #expect(lines.contains("Bitkom Smart City Index orders the two as this index does."))
    #expect(run.stdout.contains("  Glasfaser bis ins Haus (FTTH/B) (% of households)    ") && run.stdout.contains("  53.32  "))
    #expect(lines.count <= 30, "one screen: \(lines.count) lines")
  }

  @Test func germanAsAGermanDeskWritesIt() throws {
    let run = try SCIRunner.run(["versus", "muenchen", "HAMBURG", "--lang", "de", "--sensitivity", "0"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("München gegen Hamburg, 2021\nHamburg liegt 10,0 Punkte vor München (70,6 zu 60,5) und führt in 2 von 5 Bereichen"))
    #expect(run.stdout.contains("Gigabit-Anschlüsse (% der Haushalte)") && run.stdout.contains("−10,0"))
    #expect(!run.stdout.contains("of households"))
  }

  /// Berlin and Hamburg have a value of every indicator in 2021 (München has no Onleihe count).
  @Test func theContributionsAddUpToTheGapAndEachIsShareTimesDifference() throws {
    let rows = try rows(["Berlin", "Hamburg"])
    let index = try #require(rows.first)
    let gap = try #require(Double(index["score_a"] ?? "")) - (Double(index["score_b"] ?? "") ?? 0)
    #expect(abs((Double(index["contribution"] ?? "") ?? .nan) - gap) < 1e-9)
    let indicators = rows.filter { $0["level"] == "indicator" }
    #expect(indicators.count == 11)
    let sum = indicators.compactMap { Double($0["contribution"] ?? "") }.reduce(0, +)
    #expect(abs(sum - gap) < 1e-9)
    for row in indicators {
      let share = Double(row["effective_weight"] ?? "") ?? .nan
      let difference = Double(row["difference"] ?? "") ?? .nan
      #expect(abs(share * difference - (Double(row["contribution"] ?? "") ?? .nan)) < 1e-9, "\(row["node"] ?? "")")
    }
    for area in rows.filter({ $0["level"] == "area" }) {
      let children = indicators.filter { row in
        ["verwaltung": ["mpsc_funded", "open_data_portal_listed", "oparl_endpoint_listed"],
         "it_kommunikation": ["broadband_hh_share_ge1000mbit", "broadband_hh_share_ftthb_ge1000mbit", "mobile_5g_area_share_residential"],
         "energie_umwelt": ["pv_installed_kw", "ev_bev_share_car_stock", "ev_charging_points"],
         "mobilitaet": ["gbfs_shared_mobility_systems"], "gesellschaft_bildung": ["onleihe_media_titles"]][area["node"] ?? ""]?
          .contains(row["node"] ?? "") == true
      }
      let childSum = children.compactMap { Double($0["contribution"] ?? "") }.reduce(0, +)
      #expect(abs(childSum - (Double(area["contribution"] ?? "") ?? .nan)) < 1e-9, "\(area["node"] ?? "")")
    }
    // The raw values are the data's, with their years: the charging points carried from 2018.
    let charging = try #require(indicators.first { $0["node"] == "ev_charging_points" })
    #expect(charging["value_year_a"] == "2018" && charging["value_year_b"] == "2018")
  }

  /// München has no Onleihe count in 2021: its own total stands in (its Gesellschaft und
  /// Bildung area has no score either), so the indicator accounts for its part of the gap and
  /// every indicator's contribution is share × (score or stand-in − Hamburg's score).
  @Test func anIndicatorOnlyOneCityHasCountsAtTheOthersOwnScore() throws {
    let rows = try rows(["München", "Hamburg"])
    let index = try #require(rows.first)
    let totalA = try #require(Double(index["score_a"] ?? "")), totalB = try #require(Double(index["score_b"] ?? ""))
    let onleihe = try #require(rows.first { $0["node"] == "onleihe_media_titles" })
    #expect(onleihe["score_a"] == "" && onleihe["value_a"] == "")
    let standIn = try #require(Double(onleihe["stand_in_a"] ?? ""))
    #expect(abs(standIn - totalA) < 1e-9)
    let share = try #require(Double(onleihe["effective_weight"] ?? "")), scoreB = try #require(Double(onleihe["score_b"] ?? ""))
    #expect(abs(share * (standIn - scoreB) - (Double(onleihe["contribution"] ?? "") ?? .nan)) < 1e-9)
    #expect(abs(share * (standIn - scoreB) - (-6.7)) < 0.05)
    let sum = rows.filter { $0["level"] == "indicator" }.compactMap { Double($0["contribution"] ?? "") }.reduce(0, +)
    #expect(abs(sum - (totalA - totalB)) < 1e-9)
    #expect(rows.filter { $0["stand_in_a"] != "" || $0["stand_in_b"] != "" }.map { $0["node"] } == ["onleihe_media_titles"])
  }

  @Test func aCityAgainstItselfIsZeroAndSwappingFlipsEverySign() throws {
    let itself = try rows(["Ulm", "ulm"])
    #expect(itself.allSatisfy { ($0["contribution"] ?? "") == "0.0" && ($0["difference"] ?? "") == "0.0" })
    let ab = try rows(["München", "Hamburg"])
    let ba = try rows(["Hamburg", "München"])
    for (x, y) in zip(ab, ba) {
      // München has no Onleihe count: that row has no contribution either way
      #expect(Double(x["contribution"] ?? "").map { -$0 } == Double(y["contribution"] ?? ""), "\(x["node"] ?? "")")
      #expect(x["value_a"] == y["value_b"] && x["score_a"] == y["score_b"])
    }
  }

  @Test func fromAYearTheGapsChangeLikeForLikeAndTheRanksBetween() throws {
    let run = try SCIRunner.run(["versus", "München", "Hamburg", "--from", "2018", "--sensitivity", "0", "--format", "csv"])
    #expect(run.status == 0, "\(run.stderr)")
    let parts = run.stdout.components(separatedBy: "\n\n")
    #expect(parts.count == 3)
    #expect(parts[1].hasPrefix("node,name,level,status_a,status_b,gap_from,gap_to,change\n"))
    #expect(parts[2] == "year,rank_a,rank_b\n2018,22,7\n2019,21,6\n2020,4,3\n2021,5,2\n")  // as sci rank --year ranks them
    let text = try SCIRunner.run(["versus", "München", "Hamburg", "--from", "2018", "--sensitivity", "0"]).stdout
    #expect(text.contains("How the gap between München and Hamburg changed, 2018 → 2021, like for like"))
  }

  @Test func aMisspelledCityIsAClearError() throws {
    let run = try SCIRunner.run(["versus", "München", "Hamburgg"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("unknown city 'Hamburgg' (did you mean 'Hamburg'?)"))
    #expect(run.stdout.isEmpty)
  }

  @Test func everyFormatAndTheWorkbooksSheets() throws {
    let json = try SCIRunner.run(["versus", "München", "Hamburg", "--sensitivity", "20", "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let summary = try #require(object["summary"] as? [String: Any])
    #expect(summary["published_rank_a"] as? Int == 4 && summary["rank_b"] as? Int == 2)
    let md = try SCIRunner.run(["versus", "München", "Hamburg", "--sensitivity", "0", "--format", "markdown"])
    #expect(md.stdout.hasPrefix("## München against Hamburg, 2021\n"))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sci-versus-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("duel.xlsx").path
    let xlsx = try SCIRunner.run(["versus", "München", "Hamburg", "--from", "2020", "--sensitivity", "0", "--format", "xlsx", "--output", file])
    #expect(xlsx.status == 0)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
    #expect(bytes.prefix(2) == Data("PK".utf8))
    let names = String(decoding: bytes, as: UTF8.self)
    #expect(names.contains("xl/worksheets/sheet3.xml"))
  }
}

@Suite struct LocaleCommandTests {
  @Test func withoutLangTheLocaleDecidesAndLangWins() throws {
    let german = try SCIRunner.run(["versus", "Ulm", "Hamburg", "--sensitivity", "0"], environment: ["LANG": "de_DE.UTF-8"])
    #expect(german.stdout.hasPrefix("Ulm gegen Hamburg, 2021\n"))
    let rank = try SCIRunner.run(["rank"], environment: ["LANG": "de_DE.UTF-8"])
    #expect(rank.stdout.contains("Normierung: Min-Max"))
    let english = try SCIRunner.run(["versus", "Ulm", "Hamburg", "--sensitivity", "0", "--lang", "en"], environment: ["LANG": "de_DE.UTF-8"])
    #expect(english.stdout.hasPrefix("Ulm against Hamburg, 2021\n"))
    let c = try SCIRunner.run(["versus", "Ulm", "Hamburg", "--sensitivity", "0"], environment: ["LC_ALL": "C", "LANG": "de_DE.UTF-8"])
    #expect(c.stdout.hasPrefix("Ulm against Hamburg, 2021\n"))
  }
}

/// `gap CITY --rank N` on the shipped default: Wiesbaden (28th in 2021) into the top 3.
@Suite struct GapRankCommandTests {
  @Test func wiesbadenIntoTheTopThreeWithLeversOnly() throws {
    let run = try SCIRunner.run(["gap", "Wiesbaden", "--rank", "3", "--format", "csv"])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = try CSVRows.parse(run.stdout)
    #expect(rows.first == ["indicator", "name", "from", "to", "points_gained", "amount", "reached_by"])
    // the Modellprojekt is a funding decision, no lever: the plan never proposes it
    #expect(!rows.contains { $0[0] == "mpsc_funded" })
    #expect(
      rows.dropFirst().map(\.[0]).sorted() == [
        "broadband_hh_share_ftthb_ge1000mbit", "gbfs_shared_mobility_systems", "open_data_portal_listed",
      ])
    let text = try SCIRunner.run(["gap", "Wiesbaden", "--rank", "3"]).stdout
    #expect(text.hasPrefix("From Wiesbaden (rank 28, 43.9) to Köln (rank 3, 70.4) — into the top 3\n"))
    #expect(text.contains("new rank 3."))
    #expect(text.contains("Left out as no lever a city acts on (the definition's lever column; --all-indicators includes them): Modellprojekt Smart Cities."))
    // a step says what it means: the definition's action, the share rounded up (52.559 → 52.6)
    #expect(text.contains("set up an open-data portal listed in the Open Data Atlas") && text.contains("+52.6 % of households"))
    let all = try SCIRunner.run(["gap", "Wiesbaden", "--rank", "3", "--all-indicators", "--format", "csv"]).stdout
    #expect(all.contains("mpsc_funded,"))
  }

  /// Photovoltaics is divided by population / 1000 (W per inhabitant from kW): a step reads as
  /// the kW to build, at Wiesbaden's 278,950 inhabitants of 2021 (datasets/population.csv).
  @Test func aStepWithADenominatorIsAnAmount() throws {
    let rows = try CSVRows.parse(try SCIRunner.run(["gap", "Wiesbaden", "--rank", "1", "--format", "csv"]).stdout)
    let pv = try #require(rows.first { $0[0] == "pv_installed_kw" })
    let (from, to, amount) = (try #require(Double(pv[2])), try #require(Double(pv[3])), try #require(Double(pv[5])))
    #expect(abs(amount - (to - from) * 278_950 / 1000) < 1e-6 * amount)
    #expect(rows.first { $0[0] == "open_data_portal_listed" }?[5] == "")
    // how many other cities already reach each step's value: a portal 33, fibre to 81.6 % only the best city
    #expect(rows.first { $0[0] == "open_data_portal_listed" }?[6] == "33")
    #expect(rows.first { $0[0] == "broadband_hh_share_ftthb_ge1000mbit" }?[6] == "1")
    let german = try SCIRunner.run(["gap", "Wiesbaden", "--rank", "1", "--lang", "de"]).stdout
    let kW = Int((amount - 1e-9).rounded(.up))
    let grouped = "\(kW / 1000).\(String(format: "%03d", kW % 1000))"
    #expect(german.contains("+\(grouped) kW Photovoltaik (+"), "\(german)")
    #expect(german.contains("ein im Open Data Atlas verzeichnetes Open-Data-Portal einrichten"))
  }

  @Test func alreadyThereOrAskedTwiceSaysSo() throws {
    let there = try SCIRunner.run(["gap", "Hamburg", "--rank", "3"])
    #expect(there.status == 0 && there.stdout == "Hamburg is already in the top 3: rank 2 in 2021.\n")
    let both = try SCIRunner.run(["gap", "Ulm", "--rank", "1", "--to", "Hamburg"])
    #expect(both.status == 2 && both.stderr.contains("--to and --rank each choose the target: give one"))
    let far = try SCIRunner.run(["gap", "Ulm", "--rank", "99"])
    #expect(far.status == 1 && far.stderr.contains("--rank must be between 1 and 80, the cities ranked in 2021, got 99"))
  }
}

/// `sci brief CITY`: one page for a council, in German for Wiesbaden's digital office.
@Suite struct BriefCommandTests {
  @Test func wiesbadensBriefInGermanWithThePlanIntoTheTopTwenty() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("sci-brief-\(UUID().uuidString)")
    let run = try SCIRunner.run(["brief", "wiesbaden", "--lang", "de", "--sensitivity", "0", "--out", out.path])
    #expect(run.status == 0, "\(run.stderr)")
    let md = try String(contentsOf: out.appendingPathComponent("wiesbaden.md"), encoding: .utf8)
    #expect(md.hasPrefix("_Kurzinformation für den Rat"))
    #expect(md.contains("# Wiesbaden — Open Smart City Index 2021"))
    #expect(md.contains("**Rang 28 von 80**"))
    #expect(md.contains("Rang 6 → 28 (−22 Plätze): 0 aus der eigenen vergleichbaren Änderung, −20 aus eigenen nicht vergleichbaren Werten"))
    #expect(md.contains("## Im Vergleich mit ähnlichen Städten (Hessen, 5 Städte)"))
    #expect(md.contains("## Auf dem Weg unter die besten 20"))
    #expect(md.contains("- Sharing mit offenen Daten: 1 → 2 Sharing-Systeme mit offenem GBFS-Feed (+6,7 Punkte; schon erreicht von 4 Städten)"))
    // a break is said once, by its status
    #expect(md.contains("- Gigabit-Anschlüsse: 90,81 % der Haushalte → 64,93 % der Haushalte (Methodenwechsel der Quelle)\n"))
    #expect(md.contains("Neu gewertet, alle anderen Städte unverändert: Wiesbaden 50,57 Punkte, Rang 14 — vor Gütersloh, bisher auf Platz 20."))
    #expect(md.contains("Nicht gezählt, weil kein Hebel der Stadt: Modellprojekt Smart Cities."))
    #expect(md.contains("CC BY-SA") && md.contains("Datenlizenz Deutschland"))
    #expect(!md.contains("of households") && !md.contains("per inhabitant"))
    let html = try String(contentsOf: out.appendingPathComponent("wiesbaden.html"), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"de\">") && html.contains("@page { size: A4;"))
    #expect(!html.contains("<script"))
  }

  @Test func aChosenRankAndTheLeader() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("sci-brief-\(UUID().uuidString)")
    #expect(try SCIRunner.run(["brief", "Wiesbaden", "--rank", "10", "--sensitivity", "0", "--out", out.path]).status == 0)
    let md = try String(contentsOf: out.appendingPathComponent("wiesbaden.md"), encoding: .utf8)
    #expect(md.contains("## Toward the top 10"))
    #expect(try SCIRunner.run(["brief", "Berlin", "--sensitivity", "0", "--out", out.path]).status == 0)
    let leader = try String(contentsOf: out.appendingPathComponent("berlin.md"), encoding: .utf8)
    #expect(leader.contains("Berlin is at rank 1: first place is held."))
    let bad = try SCIRunner.run(["brief", "Wiesbadn", "--out", out.path])
    #expect(bad.status == 1 && bad.stderr.contains("did you mean 'Wiesbaden'?"))
  }
}

/// The Wiesbaden desk in German: compare, compare --city and gap --rank with --lang de.
@Suite struct GermanCommandTests {
  @Test func compareAndGapSpeakGerman() throws {
    let compare = try SCIRunner.run(["compare", "--lang", "de"])
    #expect(compare.stdout.hasPrefix("Rang- und Punkteänderungen 2020 → 2021, vergleichbar gemessen\nGrößte Veränderungen zuerst"))
    #expect(compare.stdout.contains("Stadt ") && compare.stdout.contains("Änderung, vergleichbar"))
    let city = try SCIRunner.run(["compare", "--city", "Wiesbaden", "--lang", "de"])
    #expect(city.stdout.hasPrefix("Was die Punkte von Wiesbaden verändert hat, 2020 → 2021, vergleichbar gemessen (Rang 6 → 28)"))
    #expect(city.stdout.contains("90,81") && city.stdout.contains("64,93"))  // the raw values with decimal commas
    // German integers write the minus sign as German numbers do: Wiesbaden −22 places
    let movers = try SCIRunner.run(["compare", "--from", "2020", "--lang", "de"]).stdout
    #expect(movers.contains("     −22  ") && !movers.contains(" -22 "))
    let gap = try SCIRunner.run(["gap", "Wiesbaden", "--rank", "3", "--lang", "de"])
    #expect(gap.stdout.hasPrefix("Von Wiesbaden (Rang 28, 43,9) zu Köln (Rang 3, 70,4) — unter die besten 3\n"))
    #expect(gap.stdout.contains("+52,6 % der Haushalte") && gap.stdout.contains("ein im Open Data Atlas verzeichnetes Open-Data-Portal einrichten"))
    #expect(gap.stdout.contains("Nicht berücksichtigt, weil kein Hebel der Stadt"))
    // CSV stays a machine format whatever the language
    let csv = try SCIRunner.run(["gap", "Wiesbaden", "--rank", "3", "--lang", "de", "--format", "csv"])
    #expect(csv.stdout.hasPrefix("indicator,name,from,to,points_gained,amount,reached_by\ngbfs_shared_mobility_systems,Sharing mit offenen Daten,1.0,3.0,"))
  }
}
