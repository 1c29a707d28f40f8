import CityIndex

/// Renders a ``Report`` as GitHub-flavoured Markdown; charts are linked SVG files
/// (`charts/*.svg`) because GitHub does not render inline SVG. Every string from data passes
/// through ``MarkdownText/escape(_:)``.
public enum MarkdownReport {
  public static func overview(_ report: Report) -> String {
    let o = report.overview
    let s = Strings(language: o.language)
    let l = o.language
    let e = MarkdownText.escape
    var lines = ["# \(e(o.title)) \(o.year)", ""]
    if o.simulated { lines += ["> **\(s.simulatedBanner)**", ""] }
    lines += [e(o.headline.sentences(l).joined(separator: " ")), ""]
    let asOf = s.asOf(year: o.year, vintage: o.data.vintage, madeOn: o.provenance.madeOn)
    if !asOf.isEmpty { lines += ["_\(e(asOf))_", ""] }
    var plain = s.pointsSentence(o.options, leader: o.headline.leader, score: o.rows.first?.total ?? .nan)
    if let u = o.uncertainty { plain += " " + s.plausibleSentence(u.settings.samples, l.percent(u.settings.uncertainty)) }
    lines += ["> \(e(plain))", ""]
    if !o.simulated {
      let note = s.realDataSentence(year: o.year, vintage: o.data.vintage, flagged: o.data.flagged, dropped: o.data.dropped)
      lines += ["> \(e(note)) [\(s.dataVintage)](#\(s.dataVintage.lowercased().replacingOccurrences(of: " ", with: "-")))", ""]
    }

    lines += ["## \(s.ranking)", ""]
    var head = [s.rank]
    if let previous = o.previousYear { head.append(s.changeSince(previous)) }
    head += [s.city, s.total] + (o.uncertainty == nil ? [] : [s.plausibleRanks]) + o.areas.map { e($0.name) }
    lines.append("| " + head.joined(separator: " | ") + " |")
    lines.append("|" + head.indices.map { head[$0] == s.city ? " --- |" : " ---: |" }.joined())
    for row in o.rows {
      var cells = [String(row.rank)]
      if o.previousYear != nil { cells.append(l.rankChange(row.change) + (row.changeMostlyNotComparable ? "¹" : "")) }
      cells += ["[\(e(row.city))](cities/\(row.slug).md)", "**\(l.number(row.total))**"]
      if let uncertainty = o.uncertainty {
        cells.append(uncertainty.intervals[row.city].map { $0.p05 == $0.p95 ? "\($0.p05)" : "\($0.p05)–\($0.p95)" } ?? "–")
      }
      cells += row.areas.map { l.number($0) }
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    if o.rows.contains(where: \.changeMostlyNotComparable) { lines += ["", "_\(e(s.notComparableMark))_"] }
    if !o.notRanked.isEmpty {
      lines += ["", "### \(s.notRanked)", ""]
      lines += o.notRanked.map { "- \(e($0.city)): \(e(s.reason($0)))" }
    }
    lines += ["", "[\(s.workbookLink)](\(ReportFiles.workbook)) (\(s.workbookContents))."]
    lines += ["", "\(s.getTheData): [\(ReportFiles.rankingCSV)](\(ReportFiles.rankingCSV)) (\(s.rankingDataContents))."]

    if !o.mapDots.isEmpty {
      lines += ["", "## \(s.mapHeading)", "", "![\(e(s.mapDescription(o.mapDots.count)))](charts/map.svg)", ""]
      lines.append("_[\(s.mapCredit)](https://www.bkg.bund.de), [\(s.mapLicence)](https://www.govdata.de/dl-de/by-2-0)._")
      lines += ["", "\(s.getTheData): [map.csv](charts/map.csv)" + imageLinks("map", o, s)]
    }

    if let previous = o.previousYear, !(o.climbers.isEmpty && o.fallers.isEmpty) {
      lines += ["", "## \(s.moversLikeForLike(since: previous))", ""]
      lines.append("| \(previous) → \(o.year) | \(s.city) | \(s.places) | \(s.changeLikeForLike) | \(s.comparedIndicators) |")
      lines.append("| ---: | --- | ---: | ---: | --- |")
      for m in o.climbers + o.fallers {
        let drivers = m.drivers.map { "\(e($0.name)) \(l.signed($0.contribution))" }
        lines.append(
          "| \(m.rankFrom) → \(m.rankTo) | [\(e(m.city))](cities/\(m.slug).md) | \(l.rankChange(m.places))\(m.placesMostlyNotComparable ? "¹" : "") | "
            + "\(l.signed(m.change)) | \(drivers.joined(separator: ", ")) |")
      }
      lines += ["", "_\(e(s.moversNote(from: previous, to: o.year, scope: o.changeScope)))_"]
      if !o.data.arrived.isEmpty || !o.data.departed.isEmpty {
        lines += ["", "_\(e(s.arrivalNote(arrived: o.data.arrived, departed: o.data.departed, previous: previous, year: o.year)))_"]
      }
    }

    if let b = o.benchmark {
      lines += ["", "## \(e(s.comparedWith(b.name)))", ""]
      if let overall = b.overall {
        lines += [e(s.benchmarkSentence(overall, name: b.name)), "", "### \(s.largestDisagreements)", ""]
        lines += ["| \(s.city) | \(s.here) | \(s.publishedRank) | \(s.difference) |", "| --- | ---: | ---: | ---: |"]
        for pair in b.disagreements {
          let link = o.profileSlugs[pair.city].map { "[\(e(pair.city))](cities/\($0).md)" } ?? e(pair.city)
          let url = PublishedResult.link(in: pair.otherSource).url
          let published = url.map { "[\(e(s.publishedRank(pair)))](\($0))" } ?? e(s.publishedRank(pair))
          lines.append("| \(link) | \(pair.rank) | \(published) | \(l.rankChange(pair.rankDifference)) |")
        }
        lines += ["", "_\(e(s.differenceNote))_"]
        let explained = b.disagreements.compactMap { pair in b.explanations[pair.city].map { (pair, $0) } }
        if !explained.isEmpty {
          lines += ["", "### \(s.whyApart)", ""]
          lines += explained.map { "- \(e(s.explanation($1, $0, name: b.name, unmeasured: b.unmeasured)))" }
        }
        if !b.areas.isEmpty {
          lines += ["", "### \(s.byArea)", "", "| \(s.area) | ρ | τ | \(s.matchedCities) |", "| --- | ---: | ---: | ---: |"]
          lines += b.areas.map {
            "| \(e($0.name)) | \(l.number($0.benchmark.spearman, decimals: 2)) | \(l.number($0.benchmark.kendall, decimals: 2)) | \($0.benchmark.n) |"
          }
        }
      } else {
        lines.append(e(s.noPublishedRanks(b.name, year: o.year, years: b.publishedYears)))
      }
      if let agreement = b.everyYear, !agreement.years.isEmpty {
        lines += ["", "### \(s.everyYearHeading)", ""]
        lines += ["| \(s.publishedYearHeader) | \(s.dataOfHeader) | ρ | τ | \(s.matchedCities) | \(s.areasRho) |", "| ---: | ---: | ---: | ---: | ---: | --- |"]
        lines += agreement.years.map { "| " + s.everyYearRow($0).map(e).joined(separator: " | ") + " |" }
        lines += ["", "_\(e(s.everyYearNote(mean: agreement.meanSpearman)))_"]
      }
    }

    let featured = report.featuredDuels
    if !featured.isEmpty {
      lines += ["", "## \(s.headToHead)", ""]
      for page in featured {
        lines += ["### [\(e(s.duelTitle(page.duel)))](duels/\(page.slug).md)", "", e(s.duelSentence(page.duel)), ""]
      }
      lines.append("_\(e(s.otherDuels))_")
    }

    lines += ["", "## \(s.charts)", ""]
    for chart in HTMLReport.charts(o, s) {
      lines += [
        "![\(e(chart.caption))](charts/\(chart.name).svg)", "",
        "\(s.getTheData): [\(chart.name).csv](charts/\(chart.name).csv)" + imageLinks(chart.name, o, s), "",
      ]
    }

    lines += ["## \(s.cityProfiles)", ""]
    lines.append(
      (o.rows.map { ($0.city, $0.slug) } + o.notRanked.map { ($0.city, o.profileSlugs[$0.city] ?? "") })
        .map { "[\(e($0.0))](cities/\($0.1).md)" }.joined(separator: " · "))

    lines += ["", "## \(s.methodology)", ""]
    lines += o.appendix.rows.map { "- **\($0.label):** \(e($0.text))" }
    lines += [
      "", "### \(s.hierarchy)", "",
    ]
    for line in o.hierarchy {
      let indent = String(repeating: "  ", count: max(0, line.depth - 1))
      let weight = l.number(line.weight, decimals: line.weight == line.weight.rounded() ? 0 : 2)
      lines.append("\(indent)- \(e(line.name)) (`\(line.id)`): \(s.weight) \(weight), \(l.percent(line.share))")
    }
    lines += ["", "### \(s.coverage)", "", "| \(s.indicator) | \(s.unit) | \(s.citiesWithValue) |", "| --- | --- | ---: |"]
    lines += o.coverage.map { "| \(e($0.name)) | \(e($0.unit)) | \($0.citiesWithValue) / \($0.cities) |" }
    if o.data.showsVintage {
      lines += ["", "### \(s.dataVintage)", "", e(s.vintageNote(o.year)), ""]
      lines += [
        "| \(s.indicator) | \(s.valuesFrom) | \(s.maxAge) | \(s.carriedCities) | \(s.tooOld) | \(s.flaggedValues) |",
        "| --- | --- | ---: | ---: | ---: | --- |",
      ]
      lines += o.data.vintage.map {
        "| \(e($0.name)) | \($0.yearsText) | \($0.maxAge.map { s.years($0) } ?? "–") | \($0.carried) | \($0.tooOld) | \(e($0.flaggedText)) |"
      }
    }
    let a = o.appendix
    if !a.treatment.isEmpty {
      lines += ["", "### \(s.dataTreatment)", ""] + a.treatment.map { "- \(e($0))" }
    }
    lines += ["", "### \(s.audit)", "", s.auditNote(), "", "| \(s.group) | \(s.cronbachAlpha) | \(s.firstComponent) |", "| --- | ---: | ---: |"]
    lines += a.groups.map {
      "| \(e($0.name)) | \(l.number($0.alpha, decimals: 2)) | \($0.firstComponent.isNaN ? "–" : l.percent($0.firstComponent)) |"
    }
    if !a.flagged.isEmpty { lines += ["", "**\(s.flagged)**", ""] + a.flagged.map { "- **\(e($0.name)):** \(e($0.text))" } }
    if !a.redundant.isEmpty {
      lines += ["", "**\(s.redundant)**", ""]
      lines += a.redundant.map { "- \(e($0.first)) – \(e($0.second)): r = \(l.number($0.correlation, decimals: 2))" }
    }
    if !a.shares.isEmpty {
      lines += ["", "**\(s.importanceTitle(a.year))**", ""]
      lines += a.shares.map { "- \(e(s.shareLine($0)))" }
      lines += ["", "_\(e(s.sharesNote))_"]
    }
    if !o.data.credits.isEmpty || !o.mapDots.isEmpty {
      lines += ["", "### \(s.creditsHeading)", ""] + credits(o.data.credits, map: !o.mapDots.isEmpty, s)
    }
    if !o.sources.isEmpty {
      lines += ["", "### \(s.sources)", ""]
      lines += o.sources.map { "- **\(e($0.name)):** \(e($0.source))" }
    }
    lines += ["", "### \(s.reproduce)", "", "```", o.provenance.commandLine, "```", "", "### \(s.checksums)", ""]
    lines += o.provenance.inputs.map { "- `\($0.sha256)` `\($0.path.replacingOccurrences(of: "`", with: "'"))`" }
    lines += ["", "---", "", s.madeWith()]
    return lines.joined(separator: "\n") + "\n"
  }

  public static func profile(_ p: CityProfile) -> String {
    let s = Strings(language: p.language)
    let l = p.language
    let e = MarkdownText.escape
    var lines = ["[\(s.backToOverview)](../index.md)", "", "# \(e(p.city))", "", "_\(e(p.title)) \(p.year)_", ""]
    if p.simulated { lines += ["> **\(s.simulatedBanner)**", ""] }
    if let rank = p.rank {
      var facts = ["**\(s.rankOf(rank, p.rankedCount))**" + (p.interval.map { " (\(s.plausibly($0.p05, $0.p95)))" } ?? ""), "**\(l.number(p.total))** \(s.points)"]
      if let change = HTMLReport.historyChange(p) {
        let marked = p.changes?.rankParts?.isMostlyNotComparable == true
        facts.append("\(s.changeSince(change.since)): \(l.rankChange(change.places))" + (marked ? " (\(s.mostlyNotComparable))" : ""))
      }
      lines += [facts.joined(separator: " · "), ""]
    }
    if let entry = p.notRanked { lines += ["\(s.notRanked) \(p.year): \(e(s.reason(entry)))", ""] }
    if p.mapDots.contains(where: { $0.city == p.city }) {
      lines += ["![\(e(s.locatorTitle(p.city)))](../charts/cities/\(p.slug)-map.svg)", ""]
    }
    lines += [
      "![\(e(s.chartDescriptionAreas(p.city)))](../charts/cities/\(p.slug).svg)", "",
      "\(s.getTheData): [\(p.slug).csv](../charts/cities/\(p.slug).csv)", "",
    ]

    if !p.strengths.isEmpty || !p.weaknesses.isEmpty {
      for (heading, entries, none) in [
        (s.strengths, p.strengths, s.noneAboveMedian(p.highlightMargin)),
        (s.weaknesses, p.weaknesses, s.noneBelowMedian(p.highlightMargin)),
      ] {
        lines += ["## \(heading)", ""]
        if entries.isEmpty { lines.append(none) }
        lines += entries.map { line in
          let difference = line.score - line.median
          return "- **\(e(line.name))**: \(l.number(line.score)) \(s.points) (\(s.median) \(l.number(line.median)), \(difference >= 0 ? "+" : "")\(l.number(difference)))"
        }
        lines.append("")
      }
    }

    if p.hasPeers {
      let peers = p.analysis.peers
      let members = peers.cities.map { $0 == p.city ? "**\(e($0))**" : e($0) }.joined(separator: ", ")
      lines += ["## \(s.peers)", "", "\(e(s.peerGroup(peers.kind, peers.label, rank: p.analysis.peerRank, of: peers.cities.count))): \(members)", ""]
    }
    if p.rank != nil {
      lines += ["## \(s.nextRank)", ""]
      if let next = p.nextUp {
        let gap = l.number(next.gap, decimals: next.gap < 0.1 ? 2 : 1)
        lines += ["[\(e(next.city))](\(next.slug).md)\(e(s.nextUpSuffix(rank: next.rank, gap: gap)))", ""]
        if !p.levers.isEmpty {
          lines += [e(s.levers), ""] + p.levers.map { "- **\(e($0.name))**: +\(l.number($0.potential)) \(s.points)" } + [""]
        }
        lines += ["_\(e(s.gapCommandLead))_ `sci gap '\(p.city.replacingOccurrences(of: "`", with: "'"))' --to '\(next.city.replacingOccurrences(of: "`", with: "'"))' --year \(p.year)`", ""]
      } else {
        lines += [s.leads, ""]
      }
      if let duel = p.duel { lines += ["[\(e(s.duelLink(duel.against, leader: p.nextUp == nil)))](../duels/\(duel.slug).md)", ""] }
      if p.hasBrief { lines += ["[\(e(s.briefLink))](../briefs/\(p.slug).md)", ""] }
    }
    if let c = p.changes {
      lines += ["## \(s.whatChangedLikeForLike(since: c.fromYear))", ""]
      if let parts = s.rankParts(c) { lines += [e(parts), ""] }
      lines += [e(s.changeSentence(c)), ""]
      let rows = CityProfile.changeRows(c)
      if !rows.isEmpty {
        lines += [
          "| \(s.indicator) | \(s.value) \(c.fromYear) | \(s.value) \(c.toYear) | \(s.score) \(c.fromYear) | \(s.score) \(c.toYear) | \(s.effect) |",
          "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        lines += rows.map { row in
          let from = s.changeValue(row.valueFrom, year: row.valueYearFrom, flag: row.flagFrom, unit: row.unit, scoredYear: c.fromYear)
          let to = s.changeValue(row.valueTo, year: row.valueYearTo, flag: row.flagTo, unit: row.unit, scoredYear: c.toYear)
          let effect = row.status == .compared ? l.signed(row.contribution) : s.status(row.status, from: c.fromYear, to: c.toYear)
          return "| \(e(row.name)) | \(e(from)) | \(e(to)) | \(l.number(row.scoreFrom)) | \(l.number(row.scoreTo)) | \(e(effect)) |"
        }
        lines.append("")
      }
      if c.compared.allSatisfy({ abs($0.contribution) < 0.05 }) && !c.compared.isEmpty { lines += [s.noIndicatorChanged, ""] }
      if !c.notCompared.isEmpty { lines += ["_\(e(s.notCompared(c.notCompared, from: c.fromYear, to: c.toYear)))_", ""] }
    }
    lines += [
      "## \(s.area) & \(s.indicator)", "",
      "| \(s.area) / \(s.indicator) | \(s.value) | \(s.score) | \(s.median) | \(s.leader) |",
      "| --- | ---: | ---: | ---: | ---: |",
    ]
    let notes = p.sourceNotes
    for line in p.lines {
      let name = line.isIndicator ? "&nbsp;&nbsp;" + e(line.name) : "**\(e(line.name))**"
      let mark = line.source.flatMap { source in notes.firstIndex { $0.text == source } }.map { " [\($0 + 1)]" } ?? ""
      let value = e(s.rawValue(line)) + mark
      let leader = e(s.leader(line))
      lines.append("| \(name) | \(value) | \(l.number(line.score)) | \(l.number(line.median)) | \(leader) |")
    }
    if !notes.isEmpty {
      lines += ["", "### \(s.sourcesOfTheValues)", ""]
      for (i, note) in notes.enumerated() {
        lines.append("\(i + 1). \(e(note.text)) — \(e(s.list(note.uses)))" + (note.link.map { " (<\($0)>)" } ?? ""))
      }
    }
    lines += ["", "\(s.getTheData): [\(p.slug).csv](\(p.slug).csv) (\(s.cityDataContents))"]
    lines += ["", "## \(s.history)", "", "| \(s.year) | \(s.rank) | \(s.score) | \(s.indicatorsWithData) |", "| --- | ---: | ---: | ---: |"]
    lines += p.history.map {
      "| \($0.year) | \($0.rank.map(String.init) ?? "–") | \(l.number($0.score)) | \(s.indicatorShare($0.indicatorsWithData, of: p.indicatorCount)) |"
    }
    lines += ["", "_\(e(s.historyNote))_"]
    if let name = p.publishedName {
      lines += ["", "## \(e(s.publishedResults(name)))", ""]
      lines +=
        p.published.isEmpty
        ? [s.publishedNone]
        : p.published.map { result in
          let (url, rest) = result.sourceLink
          let source =
            result.source.isEmpty
            ? "" : " — " + (url.map { "[\(s.sourceWord)](\($0))" } ?? "") + (rest.isEmpty ? "" : (url == nil ? "" : " ") + e(rest))
          return "- \(e(s.publishedResult(result)))\(source)"
        }
    }
    let hasMap = p.mapDots.contains { $0.city == p.city }
    if !p.credits.isEmpty || hasMap { lines += ["", "## \(s.credits)", ""] + credits(p.credits, map: hasMap, s) }
    lines += ["", "[\(s.backToOverview)](../index.md)"]
    return lines.joined(separator: "\n") + "\n"
  }
}
