import Foundation
import Testing

/// From official exports to a ranking in two commands: `sci import`, then `sci rank`.
@Suite struct ImportCommandTests {
  let kreise = SCIRunner.fixture("genesis/kreise-12411-stichtag.csv")
  let gemeinden = SCIRunner.fixture("genesis/gemeinden-33111-jahr.csv")

  @Test func importThenRank() throws {
    let paths = try SCIRunner.write([
      "index.csv": """
        id,name,parent,weight,direction,unit
        sci,Official mini index,,,,
        size,Size,sci,1,,
        population,Population,size,1,+,persons
        area_ha,Area,size,1,+,ha

        """
    ])
    let index = paths["index.csv"]!
    let data = URL(fileURLWithPath: index).deletingLastPathComponent().appendingPathComponent("official.csv").path
    let imported = try SCIRunner.run([
      "import", kreise, gemeinden, "--map", "BEVSTD=population", "--map", "FLC006=area_ha", "--output", data,
    ])
    #expect(imported.status == 0)
    #expect(imported.stdout == "")
    #expect(imported.stderr.contains("kreise-12411-stichtag.csv: 9 values of 2 indicators for 4 cities, 2021–2022 (regions: KREISE); skipped 4 rows of 2 regions not in the cities file; no values for 13 cities that are no kreisfreie Stadt (Hannover, Aachen, Saarbrücken, Neuss, Paderborn and 8 more): a Gemeinde-level table has them; missing: 1 '.'"))
    let csv = try String(contentsOfFile: data, encoding: .utf8)
    #expect(csv.hasPrefix("city,year,indicator,value,flag,source\n"))
    #expect(csv.contains("Köln,2021,area_ha,40515,revised,33111-01-02-5 Bodenfläche nach Art der tatsächlichen Nutzung - Stichtag 31.12. - regionale Tiefe: Gemeinden\n"))
    #expect(csv.contains("Köln,2022,population,1084831,provisional,12411-01-01-4 "))

    // The data holds more than the index uses (population_gesw, flc010): one warning with --ignore-unknown.
    let ranked = try SCIRunner.run(["rank", "--index", index, "--data", data, "--year", "2021", "--format", "csv", "--ignore-unknown"])
    #expect(ranked.status == 0)
    #expect(ranked.stderr.contains("left out 2 indicators that \(index) does not have (--ignore-unknown): 'flc010' (1 row), 'population_gesw' (1 row)"))
    // 2021, min-max per indicator: population Köln 1,073,096 → 100, Münster 317,713 → 0;
    // area Köln 40,515 ha → 100, Aachen 16,085 → 0. Düsseldorf: population 301,764 / 755,383
    // = 39.948, area 5,656 / 24,430 = 23.152, mean 31.550. Bonn has no area: population alone,
    // 14,172 / 755,383 = 1.876. Köln's area is flagged (revised).
    let rows = ranked.stdout.split(separator: "\n")
    #expect(rows[0] == "rank,city,score,size,coverage,carried,flagged")
    #expect(rows[1] == "1,Köln,100.0,100.0,1.0,0,1")
    #expect(rows[2].hasPrefix("2,Düsseldorf,31.5501694662"))
    #expect(rows[3].hasPrefix("3,Bonn,1.876134358"))
    #expect(rows[4...].map(String.init) == ["4,Aachen,0.0,0.0,0.5,0,0", "4,Münster,0.0,0.0,0.5,0,0"])
  }

  @Test func listShowsTheVariables() throws {
    let run = try SCIRunner.run(["import", "--list", kreise])
    #expect(run.status == 0)
    #expect(run.stdout.contains("bevstd_gesw  BEVSTD  Bevölkerungsstand  Anzahl"))
  }

  @Test func everyFilesProblemsAtOnceAndNothingWritten() throws {
    let paths = try SCIRunner.write(["bad.csv": "city,year\nKöln,2022\n"])
    let out = URL(fileURLWithPath: paths["bad.csv"]!).deletingLastPathComponent().appendingPathComponent("out.csv").path
    let run = try SCIRunner.run(["import", kreise, paths["bad.csv"]!, "--output", out])
    #expect(run.status == 1)
    #expect(run.stderr.contains("bad.csv:1: not a GENESIS flat-file CSV (ffcsv)"))
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func theSameValueFromTwoExportsIsAnError() throws {
    let run = try SCIRunner.run(["import", kreise, kreise])
    #expect(run.status == 1)
    #expect(run.stderr.contains("is also in \(kreise)"))
  }
}
