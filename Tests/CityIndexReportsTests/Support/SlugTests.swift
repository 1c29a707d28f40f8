import Testing

@testable import CityIndexReports

@Suite struct SlugTests {
  @Test(arguments: [
    ("München", "muenchen"),
    ("Frankfurt am Main", "frankfurt-am-main"),
    ("Halle (Saale)", "halle-saale"),
    ("Gießen", "giessen"),
    ("Besançon", "besancon"),
    ("../../etc/passwd", "etc-passwd"),
    ("/", "city"),
    ("", "city"),
    ("\"><script>", "script"),
  ])
  func makesSafeFileNames(name: String, expected: String) {
    #expect(Slug.make(name) == expected)
  }

  @Test func keepsSlugsUnique() {
    #expect(Slug.unique(["Köln", "Koeln", "KÖLN"]) == ["koeln", "koeln-2", "koeln-3"])
  }
}
