import CityIndex

/// The council brief in Markdown (``HTMLBrief``).
public enum MarkdownBrief {
  public static func render(_ b: CouncilBrief) -> String {
    let p = b.profile
    let s = Strings(language: p.language)
    let l = p.language
    let e = MarkdownText.escape
    var lines = ["_\(s.councilBrief)\(b.madeOn.map { " · \($0)" } ?? "")_", "", "# \(e(s.briefTitle(b)))", ""]
    if p.simulated { lines += ["> **\(e(s.simulatedBanner))**", ""] }
    var facts: [String] = []
    if let rank = p.rank {
      facts.append("**\(s.rankOf(rank, p.rankedCount))**" + (p.interval.map { " (\(s.plausibly($0.p05, $0.p95)))" } ?? ""))
      facts.append("**\(l.number(p.total))** \(s.points)")
    } else if let entry = p.notRanked {
      facts.append("\(s.notRanked) \(p.year): \(e(s.reason(entry)))")
    }
    if let change = HTMLReport.historyChange(p) {
      let marked = p.changes?.rankParts?.isMostlyNotComparable == true
      facts.append("\(s.changeSince(change.since)): \(l.rankChange(change.places))" + (marked ? " (\(s.mostlyNotComparable))" : ""))
    }
    lines += [facts.joined(separator: " · "), ""]
    if let c = p.changes {
      lines += ["## \(s.whatChangedLikeForLike(since: c.fromYear))", ""]
      if let parts = s.rankParts(c) { lines += [e(parts), ""] }
      lines += [e(s.changeSentence(c)), ""]
      for row in CityProfile.changeRows(c).prefix(3) {
        lines.append("- " + e(s.briefChange(row, c)))
      }
      lines.append("")
    }
    let peers = p.analysis.peers
    lines += ["## \(e(s.againstPeers(peers.label, count: peers.cities.count)))", "", "**\(s.strengths)**", ""]
    lines += (b.strengths.isEmpty ? ["–"] : b.strengths.map { "- " + e(s.standing($0)) }) + ["", "**\(s.weaknesses)**", ""]
    lines += (b.weaknesses.isEmpty ? ["–"] : b.weaknesses.map { "- " + e(s.standing($0)) }) + [""]
    if let (top, gap) = b.plan {
      lines += ["## \(s.towardTop(top))", ""] + gap.steps.map { "- " + e(s.planStep($0)) }
      lines += ["", e(s.planResult(gap, top: top)), "", "_\(e(s.planRule(notLevers: b.notLevers)))_", ""]
    } else if let rank = p.rank, rank == 1 {
      lines += [e(s.alreadyInTop(p.city, rank: rank)), ""]
    }
    lines += ["## \(s.sources)", "", "_\(e(s.briefFoot(b)))_", ""] + MarkdownReport.credits(p.credits, map: false, s)
    return lines.joined(separator: "\n") + "\n"
  }
}
