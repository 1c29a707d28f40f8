import CityIndex

/// Every file of a report, as paths relative to the output folder and their contents. The CLI
/// writes them; nothing here touches the disk.
public enum ReportFiles {
  /// The report's Excel workbook (``RankingWorkbook/report(_:)``), beside `index.html`.
  public static let workbook = "ranking.xlsx"

  /// The year's ranking as CSV, beside `index.html`.
  public static let rankingCSV = "ranking.csv"

  /// `index.md`, `index.html`, `ranking.csv`, `cities/<slug>.{md,html,csv}` and the SVG charts
  /// the Markdown links.
  public static func render(_ report: Report) -> [(path: String, contents: String)] {
    let s = Strings(language: report.overview.language)
    var files: [(String, String)] = [
      ("index.md", MarkdownReport.overview(report)),
      ("index.html", HTMLReport.overview(report)),
      (rankingCSV, report.overview.rankingCSV),
    ]
    for chart in HTMLReport.charts(report.overview, s) {
      files.append(("charts/\(chart.name).svg", svgFile(chart.node)))
    }
    if let map = HTMLReport.mapChart(report.overview, s, linked: false) { files.append(("charts/map.svg", svgFile(map))) }
    for data in ReportDataCSV.charts(report.overview) { files.append(("charts/\(data.name).csv", data.csv)) }
    for profile in report.profiles {
      files.append(("cities/\(profile.slug).md", MarkdownReport.profile(profile)))
      files.append(("cities/\(profile.slug).html", HTMLReport.profile(profile)))
      files.append(("cities/\(profile.slug).csv", profile.dataCSV))
      files.append(("charts/cities/\(profile.slug).svg", svgFile(AreaBarsChart.render(profile))))
      if let locator = HTMLReport.locator(profile, Strings(language: profile.language)) {
        files.append(("charts/cities/\(profile.slug)-map.svg", svgFile(locator)))
      }
    }
    return files
  }

  /// A standalone SVG file: an XML declaration, then the chart. ARIA attributes are HTML's:
  /// a file shown as an image gets its text alternative from the Markdown, and keeps its
  /// `<title>` and `<desc>`.
  static func svgFile(_ node: Node) -> String {
    guard case .element(let name, let attributes, let children) = node else { return node.rendered }
    let plain = Node.element(name, attributes.filter { $0.0 != "role" && $0.0 != "aria-labelledby" }, children)
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + plain.rendered + "\n"
  }
}
