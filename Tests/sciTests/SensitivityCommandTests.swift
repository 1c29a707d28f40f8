import Testing

@Suite struct SensitivityCommandTests {
  let common = ["--index", SCIRunner.fixture("good/index.csv"), "--data", SCIRunner.fixture("good/two-years.csv")]

  @Test func csvHasTheFixedHeaderAndNoUncertaintyCollapsesTheIntervals() throws {
    let run = try SCIRunner.run(["sensitivity", "--uncertainty", "0", "--samples", "50", "--format", "csv"] + common)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == """
      city,rank,median_rank,rank_p05,rank_p95,probability_first
      München,1,1,1,1,1.0
      Düsseldorf,2,2,2,2,0.0
      Nürnberg,3,3,3,3,0.0
      Köln,4,4,4,4,0.0
      Erfurt,5,5,5,5,0.0

      """)
  }

  @Test(arguments: ["table", "json", "markdown"])
  func printsIntervalsLeaveOneOutAndFirstOrder(format: String) throws {
    let run = try SCIRunner.run(["sensitivity", "--samples", "300", "--methods", "--format", format] + common)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Rank intervals 2023: 300 samples"))
    #expect(run.stdout.contains("Leave one out"))
    #expect(run.stdout.contains("choice of normalisation"))
  }

  @Test func theSameSeedPrintsTheSameBytesWithOneOrTwoThreads() throws {
    let one = try SCIRunner.run(["sensitivity", "--samples", "400", "--seed", "9", "--threads", "1", "--format", "json"] + common)
    let two = try SCIRunner.run(["sensitivity", "--samples", "400", "--seed", "9", "--threads", "2", "--format", "json"] + common)
    #expect(one.status == 0 && one.stdout == two.stdout)
  }

  @Test func rejectsImpossibleSettings() throws {
    #expect(try SCIRunner.run(["sensitivity", "--uncertainty", "1.5"] + common).status == 2)
    #expect(try SCIRunner.run(["sensitivity", "--samples", "0"] + common).status == 2)
  }
}
