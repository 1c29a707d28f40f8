import Testing

@testable import CityIndexReports

@Suite struct MarkdownTextTests {
  @Test(arguments: [
    ("Köln", "Köln"),
    ("A | B", "A \\| B"),
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("Fish & Chips", "Fish &amp; Chips"),
    ("*bold* _it_ `code` [link]", "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\]"),
    ("two\nlines", "two lines"),
    ("back\\slash", "back\\\\slash"),
  ])
  func escapesEverythingMarkdownWouldInterpret(input: String, expected: String) {
    #expect(MarkdownText.escape(input) == expected)
  }
}
