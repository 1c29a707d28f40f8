import CityIndex

extension MarkdownReport {
  /// `duels/<slug>.md`: the duel page in Markdown (``HTMLReport/duel(_:)``), its tables without
  /// the charts.
  public static func duel(_ page: DuelPage) -> String {
    let s = Strings(language: page.language)
    let l = page.language
    let d = page.duel
    let e = MarkdownText.escape
    var lines = ["# \(e(s.duelTitle(d)))", "", "_\(e(page.title)) \(d.year)_", ""]
    if page.simulated { lines += ["> **\(e(s.simulatedBanner))**", ""] }
    lines += [e(s.duelSentence(d)), ""]
    lines += [d.a, d.b].map { "- " + e(s.duelSide($0, of: d.rankedCount, interval: page.intervals[$0.city])) } + [""]
    if let (published, name) = page.published { lines += s.duelPublished(published, d, name: name).map(e) + [""] }
    lines += [
      "## \(s.area) & \(s.indicator)", "",
      "| \(s.area) / \(s.indicator) | \(e(d.a.city)) | \(e(d.b.city)) | ± | \(s.pointsOfTheGap) |", "| --- | ---: | ---: | ---: | ---: |",
    ]
    for r in d.rows {
      let isIndicator = r.level == .indicator
      let name = isIndicator ? "&nbsp;&nbsp;" + e(r.name) : "**\(e(r.name))**"
      func value(_ v: Double, _ year: Int?, _ flag: String?, score: Double, standIn: Double) -> String {
        isIndicator ? e(s.standIn(s.changeValue(v, year: year, flag: flag, unit: r.unit, scoredYear: d.year), standIn)) : l.number(score)
      }
      let valueA = value(r.valueA, r.yearA, r.flagA, score: r.scoreA, standIn: r.standInA)
      let valueB = value(r.valueB, r.yearB, r.flagB, score: r.scoreB, standIn: r.standInB)
      lines.append(
        "| \(name) | \(valueA) | \(valueB) | "
          + "\(l.signed(r.difference)) | \(l.signed(r.contribution)) |")
    }
    lines += ["", "_\(e(s.duelNotes(d).joined(separator: " ")))_"]
    if let c = page.change {
      lines += ["", "## \(e(s.gapChangeTitle(c)))", "", e(s.gapChangeSentence(c)), ""]
      lines += ["| \(s.area) / \(s.indicator) | \(c.fromYear) | \(c.toYear) | \(s.changeLikeForLike) |", "| --- | ---: | ---: | ---: |"]
      for r in c.rows {
        let compared = r.statusA == .compared && r.statusB == .compared
        let name = r.level == .indicator ? "&nbsp;&nbsp;" + e(r.name) : "**\(e(r.name))**"
        let status = s.statusLabel(r.statusA == .compared ? r.statusB : r.statusA)
        lines.append(
          compared ? "| \(name) | \(l.signed(r.from)) | \(l.signed(r.to)) | \(l.signed(r.change)) |" : "| \(name) | \(e(status)) |  |  |")
      }
    }
    if page.history.years.count > 1 {
      lines += ["", "## \(s.history)", "", "| \(s.year) | \(e(d.a.city)) | \(e(d.b.city)) |", "| --- | ---: | ---: |"]
      for (i, year) in page.history.years.enumerated() {
        lines.append("| \(year) | \(page.history.a[i].map(String.init) ?? "–") | \(page.history.b[i].map(String.init) ?? "–") |")
      }
    }
    lines += ["", "\(s.getTheData): [\(page.slug).csv](\(page.slug).csv) (sci versus --format csv)"]
    lines += ["", "## \(s.credits)", ""] + credits(page.credits, map: false, s)
    lines += [
      "", "[\(s.backToOverview)](../index.md) · [\(e(d.a.city))](../cities/\(page.profiles.a).md) · [\(e(d.b.city))](../cities/\(page.profiles.b).md)",
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}
