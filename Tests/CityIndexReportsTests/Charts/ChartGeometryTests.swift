import Testing

@testable import CityIndexReports

@Suite struct ChartGeometryTests {
  @Test func barLengthsAreProportionalToScores() {
    let chart = RankingBarChart(labels: ["A", "B", "C"], values: [100, 50, 25], language: .en)
    let plot = RankingBarChart.width - RankingBarChart.labelWidth - RankingBarChart.valueWidth  // 424
    #expect(chart.bar(0).width == plot)
    #expect(chart.bar(1).width == plot / 2)
    #expect(chart.bar(2).width == plot / 4)
    #expect(chart.bar(1).y == chart.bar(0).y + RankingBarChart.barHeight + RankingBarChart.gap)
    let svg = chart.render(id: "c", title: "Scores", description: "Bars").rendered
    #expect(svg.contains("<rect x=\"170\" y=\"6\" width=\"424\" height=\"14\""))
    #expect(svg.contains("<rect x=\"170\" y=\"24\" width=\"212\" height=\"14\""))
  }

  @Test func scoresAboveHundredRescaleTheAxis() {
    let chart = RankingBarChart(labels: ["A", "B"], values: [120, 60], language: .en)
    #expect(chart.bar(1).width * 2 == chart.bar(0).width)
  }

  @Test func chartsAreAccessibleImages() {
    let svg = RankingBarChart(labels: ["<A>"], values: [10], language: .en).render(id: "r", title: "T", description: "D").rendered
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"r\" viewBox=\"0 0 640 30\" role=\"img\" aria-labelledby=\"r-title r-desc\""))
    #expect(svg.contains("<title id=\"r-title\">T</title><desc id=\"r-desc\">D</desc>"))
    #expect(svg.contains("&lt;A&gt;"))
  }

  @Test func rankHistoryPutsRankOneAtTheTop() {
    let chart = RankHistoryChart(years: [2021, 2022], series: [("A", [1, 3]), ("B", [3, 1])])
    #expect(chart.y(1) == RankHistoryChart.top)
    #expect(chart.y(3) == RankHistoryChart.height - RankHistoryChart.bottom)
    #expect(chart.x(0) == RankHistoryChart.left)
  }

  @Test func heatmapColoursFollowViridis() {
    #expect(Palette.sequential(0) == "#440154")
    #expect(Palette.sequential(1) == "#fde725")
    #expect(Palette.sequential(0.5) == "#21918c")
  }
}
