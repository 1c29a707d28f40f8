import Foundation
import Testing

@testable import CityIndexReports

/// The map of Germany: the projection of the outlines' README, circles sized by population,
/// coloured by score, each with its city.
@Suite struct GermanyMapTests {
  @Test func projectsAsTheOutlinesWereProjected() {
    // k · scale = 760 / 9.5 = 80 per degree of longitude; scale = 80 / cos 51° per degree of latitude
    let berlin = GermanyMap.project(latitude: 52.52, longitude: 13.405)
    #expect(abs(berlin.x - 7.705 * 80) < 1e-9)
    #expect(abs(berlin.y - 2.63 * 80 / cos(51 * Double.pi / 180)) < 1e-9)
    let munich = GermanyMap.project(latitude: 48.137, longitude: 11.575)
    #expect(munich.y > berlin.y && munich.x < berlin.x)  // south and west of Berlin
    #expect(abs(GermanyOutline.height - 8 * 80 / cos(51 * Double.pi / 180)) < 0.5)
  }

  @Test func circleAreasFollowThePopulation() {
    let map = GermanyMap(dots: [], language: .en)
    // a quarter of the largest city's people: half its radius, a quarter of its area
    #expect(abs(map.radius(900_000, largest: 3_600_000) - GermanyMap.largestRadius / 2) < 1e-9)
    #expect(map.radius(1, largest: 3_600_000) == 2.5)  // never invisible
  }

  @Test func everyCityIsACircleWithItsNameRankScoreAndLink() {
    let dots = [
      GermanyMap.Dot(city: "Berlin", slug: "berlin", rank: 2, score: 60, population: 3_600_000, latitude: 52.52, longitude: 13.405),
      GermanyMap.Dot(city: "<Ulm>", slug: "ulm", rank: 1, score: 75, population: 120_000, latitude: 48.4, longitude: 9.99),
    ]
    let svg = GermanyMap(dots: dots, language: .en).render(
      id: "m", title: "Map", description: "D", profileLink: { "cities/\($0 == "Berlin" ? "berlin" : "ulm").html" }
    ).rendered
    #expect(svg.components(separatedBy: "<path d=").count - 1 == 16)  // the Länder
    #expect(svg.contains("<a href=\"cities/berlin.html\"><circle cx=\"616.4\""))
    #expect(svg.contains("data-city=\"Berlin\" data-score=\"60.0\"><title>Berlin: rank 2, 60.0</title>"))
    #expect(svg.contains("data-city=\"&lt;Ulm&gt;\""))  // escaped
    #expect(svg.contains("fill=\"\(Palette.sequential(0.75))\""))
    // the large city first, so that the small one is drawn on top of it
    #expect(svg.range(of: "Berlin")?.lowerBound ?? svg.endIndex < svg.range(of: "&lt;Ulm&gt;")?.lowerBound ?? svg.startIndex)
  }
}
