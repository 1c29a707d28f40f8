import CityIndex

/// Every file of a report, as paths relative to the output folder and their contents. The CLI
/// writes them; nothing here touches the disk.
public enum ReportFiles {
  /// The report's Excel workbook (``RankingWorkbook/report(_:)``), beside `index.html`.
  public static let workbook = "ranking.xlsx"

  /// The year's ranking as CSV, beside `index.html`.
  public static let rankingCSV = "ranking.csv"

  /// `index.md`, `index.html`, `ranking.csv`, `cities/<slug>.{md,html,csv}`,
  /// `duels/<slug>.{md,html,csv}`, `briefs/<slug>.{html,md}` and the charts (SVG with their data
  /// as CSV).
  public static func render(_ report: Report) -> [(path: String, contents: String)] {
    let o = report.overview
    let s = Strings(language: o.language)
    var files: [(String, String)] = [
      ("index.md", MarkdownReport.overview(report)),
      ("index.html", HTMLReport.overview(report)),
      (rankingCSV, o.rankingCSV),
    ]
    for chart in HTMLReport.charts(o, s) {
      files.append(("charts/\(chart.name).svg", svgFile(chart.node, frame: frame(chart.node, o, o.data.credits, map: false, s))))
    }
    if let map = HTMLReport.mapChart(o, s, linked: false) {
      files.append(("charts/map.svg", svgFile(map, frame: frame(map, o, o.data.credits, map: true, s))))
    }
    for data in ReportDataCSV.charts(o) { files.append(("charts/\(data.name).csv", data.csv)) }
    for profile in report.profiles {
      let ps = Strings(language: profile.language)
      files.append(("cities/\(profile.slug).md", MarkdownReport.profile(profile)))
      files.append(("cities/\(profile.slug).html", HTMLReport.profile(profile)))
      files.append(("cities/\(profile.slug).csv", profile.dataCSV))
      let bars = AreaBarsChart.render(profile)
      files.append(("charts/cities/\(profile.slug).svg", svgFile(bars, frame: frame(bars, o, profile.credits, map: false, ps))))
      files.append(("charts/cities/\(profile.slug).csv", ReportDataCSV.areaBars(profile)))
      if let locator = HTMLReport.locator(profile, ps) {
        files.append(("charts/cities/\(profile.slug)-map.svg", svgFile(locator, frame: frame(locator, o, profile.credits, map: true, ps))))
        files.append(("charts/cities/\(profile.slug)-map.csv", ReportDataCSV.locator(profile)))
      }
    }
    for brief in report.briefs {
      files.append(("briefs/\(brief.slug).html", HTMLBrief.render(brief)))
      files.append(("briefs/\(brief.slug).md", MarkdownBrief.render(brief)))
    }
    for page in report.duels {
      files.append(("duels/\(page.slug).html", HTMLReport.duel(page)))
      files.append(("duels/\(page.slug).md", MarkdownReport.duel(page)))
      files.append(("duels/\(page.slug).csv", page.dataCSV))
    }
    return files
  }

  /// The overview's chart files that get a PNG beside them when ``Overview/chartImages`` is set
  /// (the CLI draws them with librsvg): `charts/ranking.svg` …
  public static func chartImages(_ report: Report) -> [String] {
    guard report.overview.chartImages else { return [] }
    let s = Strings(language: report.overview.language)
    let names = HTMLReport.charts(report.overview, s).map(\.name) + (report.overview.mapDots.isEmpty ? [] : ["map"])
    return names.map { "charts/\($0).svg" }
  }

  /// The frame a chart's file travels in: its title, the index and year, the source line and
  /// every credit line (the map's where it draws one).
  static func frame(_ chart: Node, _ o: Overview, _ credits: [DataNotes.Credit], map: Bool, _ s: Strings) -> ChartFrame {
    var footer = [s.chartSource(title: o.title, year: o.year)]
    footer += credits.map { $0.licence.isEmpty ? $0.attribution : "\($0.attribution) — \($0.licence)" }
    if map { footer.append(s.mapCreditLine) }
    return ChartFrame(title: SVG.title(of: chart), subtitle: "\(o.title) \(o.year)", footer: footer)
  }

  /// A standalone SVG file: an XML declaration, then the chart. ARIA attributes are HTML's:
  /// a file shown as an image gets its text alternative from the Markdown, and keeps its
  /// `<title>` and `<desc>`.
  static func svgFile(_ node: Node, frame: ChartFrame? = nil) -> String {
    let framed = frame?.render(node) ?? node
    guard case .element(let name, let attributes, let children) = framed else { return framed.rendered }
    let plain = Node.element(name, attributes.filter { $0.0 != "role" && $0.0 != "aria-labelledby" }, children)
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + plain.rendered + "\n"
  }
}
