import Testing

@testable import CityIndexReports

@Suite struct EscapingTests {
  @Test(arguments: [
    ("Köln", "Köln"),
    ("\"><script>alert(1)</script>", "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("Fish & Chips", "Fish &amp; Chips"),
    ("&amp;", "&amp;amp;"),  // entity-looking data stays text (Plot 0.14 would pass it through)
    ("it's", "it&#39;s"),
  ])
  func escapesText(input: String, expected: String) {
    #expect(Escaping.html(input) == expected)
  }

  @Test func nodesEscapeTextAndAttributeValues() {
    let node = Node.el("a", ["href": "cities/\"x\".html", "title": "<b>"], .text("A & B"))
    #expect(node.rendered == "<a href=\"cities/&quot;x&quot;.html\" title=\"&lt;b&gt;\">A &amp; B</a>")
    #expect(Node.el("br").rendered == "<br>")
    #expect(Node.el("rect", ["x": "1"]).rendered == "<rect x=\"1\"/>")
  }

  @Test func reportsShowHostileNamesAsText() throws {
    let report = try sampleReport()
    let pages = [HTMLReport.overview(report)] + report.profiles.map(HTMLReport.profile)
    for page in pages {
      #expect(!page.contains("<script>"))
      #expect(!page.contains("<Index>"))
    }
    #expect(pages[0].contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(pages[0].contains("OZG &lt;dashboard&gt;"))
    #expect(pages[0].hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
  }

  @Test func markdownTablesStayIntactWithHostileNames() throws {
    let report = try sampleReport()
    let markdown = MarkdownReport.overview(report)
    #expect(!markdown.contains("<script>"))
    let table = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") || $0.hasPrefix("|-") || $0.hasPrefix("| -") }
    let header = table.first.map { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count } ?? 0
    for row in table.prefix(5) {
      #expect(row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == header, "\(row)")
    }
    #expect(markdown.contains("[A \\| B](cities/a-b.md)"))
  }
}
