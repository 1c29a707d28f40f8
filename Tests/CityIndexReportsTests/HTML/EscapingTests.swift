import Foundation
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
    let report = try sampleReport(extraCity: "</script><!--\u{2028}")
    let pages = [HTMLReport.overview(report)] + report.profiles.map(HTMLReport.profile)
    for page in pages {
      #expect(!page.contains("<script>alert"))
      #expect(!page.contains("</script><!--"))
      #expect(!page.contains("<Index>"))
    }
    // the overview's own two scripts (its data and its code), nothing else
    #expect(pages[0].components(separatedBy: "<script").count - 1 == 2)
    #expect(pages.dropFirst().allSatisfy { !$0.contains("<script") })
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

  @Test(arguments: [
    ("{\"city\":\"</script><script>alert(1)</script>\"}", "{\"city\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"}"),
    ("{\"city\":\"<!--\"}", "{\"city\":\"\\u003c!--\"}"),
    ("{\"city\":\"a\u{2028}b\u{2029}\"}", "{\"city\":\"a\\u2028b\\u2029\"}"),
    ("{\"city\":\"A & B\"}", "{\"city\":\"A \\u0026 B\"}"),
  ])
  func jsonInAScriptCannotEndOrBendIt(json: String, expected: String) {
    #expect(Escaping.scriptJSON(json) == expected)
  }

  @Test func theOverviewsDataReadsBackTheHostileNames() throws {
    let page = HTMLReport.overview(try sampleReport(extraCity: "</script><!--\u{2028}"))
    let start = try #require(page.range(of: "<script type=\"application/json\" id=\"sci-data\">"))
    let end = try #require(page[start.upperBound...].range(of: "</script>"))
    let json = String(page[start.upperBound..<end.lowerBound])
    #expect(!json.contains("<") && !json.contains("\u{2028}"))
    struct Payload: Decodable { struct City: Decodable { var city: String }; var cities: [City] }
    let decoded = try JSONDecoder().decode(Payload.self, from: Data(json.utf8))
    #expect(Set(decoded.cities.map(\.city)) == ["München", "A | B", "\"><script>alert(1)</script>", "</script><!--\u{2028}"])
  }
}
