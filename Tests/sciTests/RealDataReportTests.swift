import Foundation
import Testing

/// One default report for the suites that read it (each run of 80 profiles, duels and briefs
/// takes a while in a debug build): plausible ranks from 50 samples, München against Hamburg
/// head to head, and the PNG charts where librsvg's converter is installed.
enum SharedReport {
  static let canDrawPNG = FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert")

  static let out: URL? = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("sci-shared-\(UUID().uuidString)/reports")
    let arguments = ["report", "--sensitivity", "50", "--versus", "münchen,HAMBURG", "--out", url.path] + (canDrawPNG ? ["--png"] : [])
    guard let run = try? SCIRunner.run(arguments), run.status == 0 else { return nil }
    return url
  }()
}

/// `sci report` on the shipped default: real data, its sources and licences named, Bitkom's
/// published ranking compared, nothing called simulated.
@Suite struct RealDataReportTests {
  static var out: URL? { SharedReport.out }

  func read(_ name: String) throws -> String {
    let folder = try #require(Self.out, "the default report is written")
    return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  @Test func theDefaultReportIsRealAndNamesItsSourcesAndLicences() throws {
    for name in ["index.md", "index.html", "cities/hamburg.md", "cities/aachen.html"] {
      #expect(!(try read(name)).lowercased().contains("simulated"), "\(name) calls nothing simulated")
    }
    let md = try read("index.md")
    #expect(md.hasPrefix("# Open Smart City Index 2021\n"))
    #expect(md.contains("Every value is real, public data with its source and year"))
    for credit in [
      "Breitbandatlas \\| Gigabit-Grundbuch (https://gigabitgrundbuch.bund.de)", "Datenlizenz Deutschland – Namensnennung 2.0",
      "**Bundesnetzagentur, Ladesäulenregister** — CC BY 4.0", "**Kraftfahrt-Bundesamt, Flensburg**",
      "© Bundesnetzagentur, Marktstammdatenregister", "Statistisches Bundesamt (Destatis)",
    ] {
      #expect(md.contains(credit), "credit line: \(credit)")
    }
    #expect(md.contains("| Öffentliche Ladepunkte | 2018 | 3 years | 80 | 0 |  |"))  // data vintage
    #expect(md.contains("| 5G-Versorgung | 2021 | 3 years | 0 | 0 | 13 proxy |"))
  }

  @Test func theReportComparesWithBitkomsPublishedRanking() throws {
    let md = try read("index.md")
    #expect(md.contains("## Compared with the Bitkom Smart City Index"))
    #expect(md.contains("Spearman's ρ = 0.45 and Kendall's τ = 0.33"))
    #expect(md.contains("| [Stuttgart](cities/stuttgart.md) | 55 | [8](https://www.ganz-hamburg.de/aktuell/wirtschaft/"))
    #expect(md.contains("| Energie und Umwelt | 0.78 | 0.56 | 9 |") && md.contains("| Mobilität | 0.73 | 0.61 | 9 |"))
    // Every city more than ten places apart (8 in 2021) is explained from both indexes' data.
    let why = try #require(md.components(separatedBy: "### Why so far apart (generated from both indexes' data)\n\n").last?.components(separatedBy: "\n\n").first)
    #expect(why.split(separator: "\n").count == 8)
    // Both indexes now score the five areas: no "also scores … which this one does not measure"
    #expect(!why.contains("which this one does not measure"))
    #expect(
      why.contains(
        "- Stuttgart: rank 55 here, 8 in the Bitkom Smart City Index. Its weakest indicators here: Modellprojekt Smart Cities no (0.0 points)"))
    #expect(why.contains("Elektroautos im Bestand 0.527 % of passenger cars (2018 value) (98.7 points)"))
    #expect(
      why.contains(
        "Verwaltung 50 against 1 of 11; IT und Kommunikation 48 against 9 of 9; Energie und Umwelt 18 against 2 of 9; "
          + "Mobilität 34 against 6 of 9; Gesellschaft und Bildung 29 against 7 of 9."))
    #expect(why.contains("- Darmstadt: rank 56 here, 5 in the Bitkom Smart City Index.") && why.contains("its strongest: Modellprojekt Smart Cities yes"))
    // every published year, 2025 against the open data of 2024 (the last year ranked)
    #expect(md.contains("### Every published year"))
    #expect(md.contains("| 2021 | 2021 | 0.45 | 0.33 | 16 | Verwaltung −0.03 (11); IT und Kommunikation 0.63 (9);"))
    #expect(md.contains("| 2025 | 2024 | "))
    // the methodology's nominal and effective shares
    #expect(md.contains("**Nominal and effective shares 2021**"))
    #expect(md.contains("- Verwaltung (area): 20\u{202F}% by weight, "))
    let html = try read("index.html")
    #expect(html.contains("<h2 id=\"benchmark\">Compared with the Bitkom Smart City Index</h2>"))
    #expect(html.contains("<h3 id=\"every-year\">Every published year</h3>") && html.contains("<h4 id=\"shares\">"))
  }

  @Test func profilesMarkCarriedAndProxyValuesAndListPublishedResults() throws {
    let aachen = try read("cities/aachen.md")
    #expect(aachen.contains("71.63 % of residential area (value of a larger unit (proxy))"))
    #expect(aachen.contains("(2018 value, value of a larger unit (proxy))"))
    let munich = try read("cities/muenchen.md")
    #expect(munich.contains("## Published results: Bitkom Smart City Index"))
    #expect(munich.contains("- 2023: rank 1, 84.5 points"))
    #expect(munich.contains("| 2021 | 5 | 60.5 | 11 / 11 |"))
  }

  /// On a phone (the stylesheet hides `hide-narrow` below 40rem) the ranking keeps rank, city,
  /// total and plausible ranks; the change column and the areas give way (issue 17).
  @Test func aPhoneKeepsRankCityTotalAndPlausibleRanks() throws {
    let html = try read("index.html")
    #expect(html.contains("<th class=\"num hide-narrow\" scope=\"col\">± since 2020</th>"))
    #expect(html.contains("<th class=\"num plausible\" scope=\"col\">Plausible ranks</th>"))
    #expect(html.contains("<th class=\"num\" scope=\"col\">Total</th>"))
  }

  @Test func theHeadlineSaysWhatPointsAndPlausibleRanksMean() throws {
    let md = try read("index.md")
    #expect(md.contains("Points are relative, not absolute: on each indicator the best city of the year scores 100 and the weakest 0"))
    #expect(md.contains("They cover the choice of weights — not errors or gaps in the data"))
    #expect(md.contains("Ordered by the change like for like, in points of the index"))
  }

  @Test func theOverviewHasAMapOfGermanyWithTheBKGsSourceNote() throws {
    let html = try read("index.html")
    #expect(html.contains("<h2 id=\"map\">Map</h2>"))
    #expect(html.components(separatedBy: "<circle cx=").count - 1 >= 80)
    #expect(html.contains("data-city=\"München\""))
    #expect(html.contains("<a href=\"https://www.bkg.bund.de\">© GeoBasis-DE / BKG 2021 (Daten verändert)</a>"))
    let md = try read("index.md")
    #expect(md.contains("](charts/map.svg)"))
    #expect(md.contains("© GeoBasis-DE / BKG 2021 (Daten verändert)"))
    let page = try read("cities/ulm.html")
    #expect(page.contains("<div class=\"locator\">") && page.contains("data-city=\"Ulm\""))
  }
}

/// Every number checkable (issue 26): the CSV beside each city page gives each value as the data
/// file does, with its year and source; the ranking's CSV is sci rank's.
@Suite struct ReportDataFilesTests {
  /// `datasets/open-data.csv` as (city, year, indicator) → (value, source).
  func shippedValues() throws -> [String: (value: Double, source: String)] {
    let text = try String(contentsOf: SCIRunner.packageRoot.appendingPathComponent("datasets/open-data.csv"), encoding: .utf8)
    var result: [String: (Double, String)] = [:]
    for row in try CSVRows.parse(text).dropFirst() {
      result[[row[0], row[1], row[2]].joined(separator: "|")] = (Double(row[3]) ?? .nan, row[5])
    }
    return result
  }

  static var out: URL? { SharedReport.out }

  func read(_ name: String) throws -> String {
    let folder = try #require(Self.out, "the default report is written")
    return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  /// A raw value as a city page shows it: at most three decimals below 1, two below 100, one
  /// above, and no more than the value has (Strings.shownDecimals).
  static func shown(_ value: Double) -> String {
    var decimals = 3
    for d in 0..<3 {
      let scaled = value * [1, 10, 100][d]
      if abs(scaled - scaled.rounded()) < 1e-9 * max(1, abs(scaled)) {
        decimals = d
        break
      }
    }
    decimals = min(decimals, abs(value) < 1 ? 3 : abs(value) < 100 ? 2 : 1)
    return String(format: "%.\(decimals)f", value)
  }

  @Test func everyValueOnEveryCityPageIsTheDataFilesForItsYearWithItsSource() throws {
    let folder = try #require(Self.out)
    let shipped = try shippedValues()
    let slugs = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("cities").path)
      .filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }
    #expect(slugs.count == 80)
    var checked = 0
    var shownOnPage = 0
    for slug in slugs {
      let page = try read("cities/\(slug).html")
      let city = try #require(page.components(separatedBy: "<h1>").dropFirst().first?.components(separatedBy: "</h1>").first)
      let rows = try CSVRows.parse(try read("cities/\(slug).csv"))
      #expect(rows.first == ["indicator", "name", "value", "denominator", "scale", "scored_value", "unit", "value_year", "flag", "source", "score"])
      for row in rows.dropFirst() where !row[2].isEmpty {
        // The CSV's value is the data file's, for the year it names, with the data file's source …
        let source = try #require(shipped[[city, row[7], row[0]].joined(separator: "|")], "\(city) \(row[7]) \(row[0])")
        #expect(Double(row[2]) == source.value, "\(city) \(row[0])")
        #expect(row[9] == source.source, "\(city) \(row[0]) source")
        checked += 1
        // … and the page shows what was scored from it (the value, or divided by the population
        // of its year), with the year it is from where it is not the report's.
        let scored = try #require(Double(row[5]))
        let text = row[6].hasPrefix("yes/no") ? (scored == 1 ? "yes" : "no") : "\(Self.shown(scored)) \(row[6])"
        let year = row[7] == "2021" ? "" : " (\(row[7]) value"
        let cell = "<td class=\"indent\">\(row[1].replacingOccurrences(of: "&", with: "&amp;"))</td><td class=\"value\">\(text)\(year)"
        #expect(page.contains(cell), "\(city): \(cell)")
        if page.contains(cell) { shownOnPage += 1 }
      }
    }
    #expect(checked == shownOnPage)
    #expect(checked > 600, "every city's values: \(checked)")
    #expect(try read("ranking.csv") == (try SCIRunner.run(["rank", "--format", "csv"])).stdout)
    let page = try read("cities/wiesbaden.html")
    #expect(page.contains("<a href=\"wiesbaden.csv\" download=\"\">wiesbaden.csv</a>"))
    #expect(page.contains("<h3 id=\"sources\">Sources of the values</h3>"))
    #expect(page.contains("— Öffentliche Ladepunkte 2018 (<a href=\"https://github.com/OpenChargingCommunity/WWCP_BNetzA\">"))
  }

  @Test func everyCityPageCreditsEverySourceTheNamesAndTheMap() throws {
    let folder = try #require(Self.out)
    let definition = try String(contentsOf: SCIRunner.packageRoot.appendingPathComponent("indicators/open-smart-city-index.csv"), encoding: .utf8)
    let rows = try CSVRows.parse(definition)
    let column = try #require(rows.first?.firstIndex(of: "attribution"))
    let lines = Set(rows.dropFirst().map { $0[column] }.filter { !$0.isEmpty })
    #expect(lines.count == 10)
    let pages = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("cities").path)
      .filter { $0.hasSuffix(".html") || $0.hasSuffix(".md") }
    #expect(pages.count == 160)
    for name in pages {
      let page = try read("cities/\(name)")
      let credits = try #require(page.components(separatedBy: name.hasSuffix(".md") ? "## Credits" : "<h2 id=\"credits\">").last)
      for line in lines {
        let escaped = name.hasSuffix(".md") ? line.replacingOccurrences(of: "|", with: "\\|") : line.replacingOccurrences(of: "&", with: "&amp;")
        #expect(credits.contains(escaped), "\(name): \(line)")
      }
      #expect(credits.contains("Wikipedia, list of cities and towns in Germany, via github.com/pensnarik/german-cities"), "\(name)")
      #expect(credits.contains("CC BY-SA"), "\(name)")
      #expect(credits.contains("© GeoBasis-DE / BKG 2021 (Daten verändert)"), "\(name)")
    }
  }
}

extension ReportDataFilesTests {
  /// The texts of `<title>` elements inside `svg` that are not the chart's own (those have an id).
  static func titles(_ svg: String) -> [String] {
    svg.components(separatedBy: "<title>").dropFirst().compactMap { $0.components(separatedBy: "</title>").first }
  }

  static func one(_ value: String) -> String { Double(value).map { String(format: "%.1f", $0) } ?? "–" }

  @Test func everyChartsCSVIsWhatTheChartDraws() throws {
    let ranking = try CSVRows.parse(try read("charts/ranking.csv"))
    #expect(ranking.first == ["rank", "city", "total"])
    #expect(Self.titles(try read("charts/ranking.svg")) == ranking.dropFirst().map { "\($0[0]). \($0[1]): \(Self.one($0[2]))" })
    let areas = try CSVRows.parse(try read("charts/areas.csv"))
    let names = [
      "verwaltung": "Verwaltung", "it_kommunikation": "IT und Kommunikation", "energie_umwelt": "Energie und Umwelt",
      "mobilitaet": "Mobilität", "gesellschaft_bildung": "Gesellschaft und Bildung",
    ]
    let cells = areas.dropFirst().flatMap { row in
      areas[0].indices.dropFirst(2).map { i in "\(row[0]). \(row[1]), \(names[areas[0][i]] ?? "?"): \(Self.one(row[i]))" }
    }
    #expect(Self.titles(try read("charts/areas.svg")) == cells)
    let map = try CSVRows.parse(try read("charts/map.csv"))
    let svg = try read("charts/map.svg")
    #expect(map.count - 1 == 80 && svg.components(separatedBy: "<circle").count - 1 >= 80)
    for row in map.dropFirst() { #expect(svg.contains("\(row[1]): rank \(row[0])"), "\(row[1]) on the map") }
    // Each city page's area bars: the scores written beside the bars are the CSV's.
    let folder = try #require(Self.out)
    let slugs = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("charts/cities").path)
      .filter { $0.hasSuffix(".csv") && !$0.hasSuffix("-map.csv") }
    #expect(slugs.count == 80)
    for file in slugs {
      let rows = try CSVRows.parse(try read("charts/cities/\(file)"))
      #expect(rows.first == ["area", "name", "score", "median", "best", "best_city"])
      let chart = try read("charts/cities/\(file.dropLast(4)).svg")
      let drawn = chart.components(separatedBy: "text-anchor=\"end\" fill=\"#222\" font-weight=\"600\">").dropFirst()
        .compactMap { $0.components(separatedBy: "<").first }
      #expect(drawn == rows.dropFirst().map { Self.one($0[2]) }, "\(file)")
      let locator = try CSVRows.parse(try read("charts/cities/\(file.dropLast(4))-map.csv"))
      #expect(locator.count == 81 && locator.dropFirst().filter { $0[3] == "1" }.count == 1, "\(file)")
    }
  }

  @Test func everyChartFileCarriesItsTitleYearSourceAndCredits() throws {
    let folder = try #require(Self.out)
    let cities = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("charts/cities").path)
      .filter { $0.hasSuffix(".svg") }.map { "charts/cities/\($0)" }
    let files = ["charts/ranking.svg", "charts/areas.svg", "charts/history.svg", "charts/map.svg"] + cities
    #expect(files.count == 164)
    for file in files {
      let svg = try read(file)
      #expect(svg.contains(">Open Smart City Index 2021</text>"), "\(file)")
      #expect(svg.contains(">Source: Open Smart City Index 2021, made with sci "), "\(file)")
      #expect(svg.contains(">Bundesnetzagentur, Ladesäulenregister — CC BY 4.0</text>"), "\(file)")
      #expect(svg.contains("CC BY-SA</text>"), "\(file)")
      #expect(svg.contains("© GeoBasis-DE / BKG 2021 (Daten verändert), dl-de/by-2-0") == file.hasSuffix("map.svg"), "\(file)")
    }
  }
}

@Suite struct ReportDuelTests {
  static var out: URL? { SharedReport.out }

  func read(_ name: String) throws -> String {
    let folder = try #require(Self.out, "the report is written")
    return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  @Test func theOverviewShowsTheLeaderAgainstTheRunnerUpAndThePairAskedFor() throws {
    let md = try read("index.md")
    let section = try #require(md.components(separatedBy: "## Head to head\n\n").last?.components(separatedBy: "\n## ").first)
    #expect(section.hasPrefix("### [Berlin against Hamburg, 2021](duels/berlin-hamburg.md)\n\nBerlin leads Hamburg by 6.7 points (77.3 to 70.6)"))
    #expect(section.contains("### [München against Hamburg, 2021](duels/muenchen-hamburg.md)\n\nHamburg leads München by 10.0 points"))
    let html = try read("index.html")
    #expect(html.contains("<div id=\"duel-pick\" class=\"explore\" hidden=\"hidden\">"))
    #expect(html.contains("id=\"chart-duel-1\"") && html.contains("id=\"chart-duel-2\""))
  }

  @Test func everyRankedCityLinksItsDuelWithTheCityJustAbove() throws {
    let folder = try #require(Self.out)
    let pages = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("duels").path)
    // 79 cities below the first, each against the one above, and München against Hamburg.
    #expect(pages.filter { $0.hasSuffix(".html") }.count == 80 && pages.count == 240)
    #expect(try read("cities/wiesbaden.html").contains("<a href=\"../duels/bonn-wiesbaden.html\">Head to head with Bonn, the city just above</a>"))
    #expect(try read("cities/berlin.md").contains("[Head to head with Hamburg, the runner-up](../duels/berlin-hamburg.md)"))
    // and each city its council brief
    let briefs = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("briefs").path)
    #expect(briefs.filter { $0.hasSuffix(".html") }.count == 80 && briefs.count == 160)
    #expect(try read("cities/wiesbaden.html").contains("<a href=\"../briefs/wiesbaden.html\">Council brief: this city on one printable page</a>"))
    let page = try read("duels/muenchen-hamburg.html")
    #expect(page.contains("<h1>München against Hamburg, 2021</h1>"))
    #expect(page.contains("Bitkom Smart City Index 2021: München rank 4, 72.7 points; Hamburg rank 1, 88.1 points."))
    #expect(page.contains("How the gap between München and Hamburg changed, 2020 → 2021, like for like"))
    #expect(page.contains("<h2 id=\"credits\">Credits</h2>"))
  }

  @Test func aDuelsDataIsSciVersus() throws {
    let csv = try read("duels/muenchen-hamburg.csv")
    #expect(csv == (try SCIRunner.run(["versus", "München", "Hamburg", "--sensitivity", "0", "--format", "csv"])).stdout)
  }

  @Test func aPairThatIsNotTwoCitiesIsAClearError() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("sci-duel-bad-\(UUID().uuidString)")
    let run = try SCIRunner.run(["report", "--versus", "Ulm", "--versus", "Ulm,Hambrug", "--out", out.path])
    #expect(run.status == 1)
    #expect(run.stderr.contains("--versus takes two cities separated by a comma (München,Hamburg), got 'Ulm'"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }
}

@Suite struct ChartImageTests {
  @Test(.enabled(if: SharedReport.canDrawPNG))
  func pngWritesEachOverviewChartAtTwiceItsSizeAndThePagesLinkIt() throws {
    let out = try #require(SharedReport.out)
    for name in ["ranking", "areas", "intervals", "history", "map"] {
      let png = try Data(contentsOf: out.appendingPathComponent("charts/\(name).png"))
      #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(name).png is a PNG")
      // IHDR: width and height, big-endian, at bytes 16 and 20; twice the SVG's.
      let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
      let svg = try String(contentsOf: out.appendingPathComponent("charts/\(name).svg"), encoding: .utf8)
      let svgWidth = try #require(svg.components(separatedBy: "\" width=\"").dropFirst().first?.components(separatedBy: "\"").first)
      #expect(width == 2 * (Int(svgWidth) ?? 0), "\(name)")
    }
    let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(html.contains("<a href=\"charts/ranking.png\" download=\"\">ranking.png</a>"))
    let md = try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8)
    #expect(md.contains("[map.png](charts/map.png)"))
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("charts/cities/ulm.png").path))
  }
}

@Suite struct GermanReportTests {
  @Test func germanPagesShowGermanUnitsAndMethodWords() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("sci-de-\(UUID().uuidString)")
    #expect(try SCIRunner.run(["report", "--lang", "de", "--no-briefs", "--out", out.path]).status == 0)
    // --no-briefs: no briefs and no link to one
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("briefs").path))
    let page = try String(contentsOf: out.appendingPathComponent("cities/wiesbaden.html"), encoding: .utf8)
    #expect(!page.contains("Kurzinformation für den Rat"))
    for german in ["31,26 je 100.000 Einwohner (Wert von 2018)", "64,93 % der Haushalte (neue Methode der Quelle: Bruch)", "95,16 W je Einwohner", "97,19 % der Wohnbaufläche", "<td class=\"value\">nein"] {
      #expect(page.contains(german), "\(german)")
    }
    let overview = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(overview.contains("Wert ÷ Einwohnerzahl des Jahres × 1000"))
    #expect(overview.contains("(Aggregation: arithmetisches Mittel)"))
    for english in ["per 100,000", "of households", "per inhabitant", "residential area", "of passenger cars", "÷ population", "Aggregation: arithmetic", ">yes/no"] {
      #expect(!page.contains(english) && !overview.contains(english), "\(english)")
    }
  }
}
