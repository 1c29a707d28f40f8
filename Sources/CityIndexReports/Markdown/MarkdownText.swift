/// Escaping for GitHub-flavoured Markdown: every string that comes from data goes through here.
public enum MarkdownText {
  /// Text safe inside a paragraph or a table cell: Markdown syntax characters are
  /// backslash-escaped, `<` `>` `&` become entities (GitHub renders raw HTML otherwise), `|`
  /// cannot split a cell, and line breaks become spaces.
  ///
  ///     MarkdownText.escape("A | B <script>")   // "A \\| B &lt;script&gt;"
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\n", "\r", "\r\n": result += " "
      case "\\", "`", "*", "_", "[", "]", "|", "~":
        result += "\\" + String(character)
      default: result.append(character)
      }
    }
    return result
  }
}

extension MarkdownReport {
  /// The credit lines as a Markdown list (``HTMLReport/credits(_:map:_:)``).
  static func credits(_ credits: [DataNotes.Credit], map: Bool, _ s: Strings) -> [String] {
    let e = MarkdownText.escape
    var lines = credits.map { credit in
      let covers = credit.covers.isEmpty ? s.namesAndCoordinates : credit.covers.joined(separator: ", ")
      return "- **\(e(credit.attribution))**\(credit.licence.isEmpty ? "" : " — " + e(credit.licence)) (\(e(covers)))"
    }
    if map {
      lines.append("- **[\(s.mapCredit)](https://www.bkg.bund.de)** — [\(s.mapLicence)](https://www.govdata.de/dl-de/by-2-0) (\(s.mapOutlines))")
    }
    return lines
  }

  /// After a chart's data link: ` · Image: [ranking.svg](…), [ranking.png](…)`.
  static func imageLinks(_ name: String, _ o: Overview, _ s: Strings) -> String {
    " · \(s.image): [\(name).svg](charts/\(name).svg)" + (o.chartImages ? ", [\(name).png](charts/\(name).png)" : "")
  }
}
