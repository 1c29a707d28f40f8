import Testing

@testable import CityIndexReports

@Suite struct ChartFrameTests {
  @Test func wrapsWordsToTheWidthAndKeepsALongWordWhole() {
    // 100 px at 10 px: 100 / 5.5 = 18 characters a line.
    #expect(ChartFrame.wrap("Source: Open Smart City Index 2021", width: 100, size: 10) == ["Source: Open Smart", "City Index 2021"])
    #expect(ChartFrame.wrap("a https://gigabitgrundbuch.bund.de b", width: 100, size: 10) == ["a", "https://gigabitgrundbuch.bund.de", "b"])
    #expect(ChartFrame.wrap("", width: 100, size: 10).isEmpty)
  }

  @Test func aFramedChartCarriesItsTitleYearSourceAndCreditsInsideTheImage() {
    let chart = RankingBarChart(labels: ["A"], values: [10], language: .en).render(id: "r", title: "The <ranking>", description: "D")
    let frame = ChartFrame(title: "The <ranking>", subtitle: "Index 2021", footer: ["Source: Index 2021", "© BKG — dl-de/by-2-0"])
    let svg = frame.render(chart).rendered
    // 640 wide: the chart (640 × 30) below the title (y 27) and subtitle (y 43), from y 53;
    // the two footer lines 9.5 × 1.35 apart from 53 + 30 + 8 = 91; 12 below the last.
    let footY = 53.0 + 30 + 8
    let height = footY + 2 * 9.5 * 1.35 + 12
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"r\" role=\"img\" aria-labelledby=\"r-title r-desc\""))
    #expect(svg.contains("viewBox=\"0 0 640 \(SVG.n(height))\" width=\"640\" height=\"\(SVG.n(height))\""))
    #expect(svg.contains("<title id=\"r-title\">The &lt;ranking&gt;</title><desc id=\"r-desc\">D</desc>"))
    #expect(svg.contains(">The &lt;ranking&gt;</text>") && svg.contains(">Index 2021</text>"))
    #expect(svg.contains("<svg x=\"0\" y=\"53\" width=\"640\" height=\"30\" viewBox=\"0 0 640 30\">"))
    #expect(svg.contains("y=\"\(SVG.n(footY + 9.5 * 1.35))\" text-anchor=\"start\" fill=\"#555\" font-size=\"9.5\">Source: Index 2021</text>"))
    #expect(svg.contains(">© BKG — dl-de/by-2-0</text>"))
    // The chart's own title and description appear once, at the top.
    #expect(svg.components(separatedBy: "<desc").count == 2)
  }

  @Test func aNarrowOrHugeChartIsScaledIntoTheFrame() {
    // The locator map's coordinates are large: shown 400 wide, its height in proportion.
    let big = SVG.chart(id: "m", width: 1000, height: 1500, title: "T", description: "D", [])
    #expect(ChartFrame(title: "T", subtitle: "S", footer: []).render(big).rendered.contains("<svg x=\"0\" y=\"53\" width=\"640\" height=\"960\" viewBox=\"0 0 1000 1500\">"))
    let narrow = SVG.chart(id: "n", width: 300, height: 60, title: "T", description: "D", [])
    #expect(ChartFrame(title: "T", subtitle: "S", footer: []).render(narrow).rendered.contains("<svg x=\"0\" y=\"53\" width=\"400\" height=\"80\" viewBox=\"0 0 300 60\">"))
  }
}
