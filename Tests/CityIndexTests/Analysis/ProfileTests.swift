import Testing

@testable import CityIndex

@Suite struct ProfileTests {
  let cities = CityTable(
    cities: ["A", "B", "C", "D"], columns: ["state", "population"],
    rows: [["Bayern", "150000"], ["Bayern", "1500000"], ["Hessen", "600000"], ["Bayern", "180000"]])

  @Test func peerGroupsByStateSizeOrAll() throws {
    let all = ["A", "B", "C", "D"]
    #expect(try PeerGroup.of("A", kind: .state, table: cities, file: "c.csv", among: all).cities == ["A", "B", "D"])
    let size = try PeerGroup.of("A", kind: .size, table: cities, file: "c.csv", among: all)
    #expect(size.label == "100,000–200,000 inhabitants" && size.cities == ["A", "D"])
    #expect(try PeerGroup.of("C", kind: .all, table: nil, file: "c.csv", among: all).cities == all)
    let found = diagnostics { _ = try PeerGroup.of("A", kind: .state, table: nil, file: "c.csv", among: all) }
    #expect(found.map(\.description) == ["c.csv: peer groups by state need a cities file (--cities)"])
  }

  // x: A 10, B 20, C 30, D 40 → 0, 33.3, 66.7, 100;  y: A 40, B 30, C 20, D 10 → 100, 66.7, 33.3, 0
  // A: total 50; x −50 vs median 50, y +50 vs median 50. Bayern peers A, B, D: x median 33.3.
  @Test func comparesWithMedianPeersAndLeader() throws {
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\ny,sci,+\n")
    let data = try dataset("city,year,x,y\nA,2023,10,40\nB,2023,20,30\nC,2023,30,20\nD,2023,40,10\n", for: definition)
    let card = try Scorer.score(definition, data)
    let peers = try PeerGroup.of("A", kind: .state, table: cities, file: "c.csv", among: card.cities)
    let profile = Profile(city: "A", scorecard: card, history: [card], dataset: data, peers: peers)
    let x = try #require(profile.lines.first { $0.id == "x" })
    #expect(x.raw == 10 && x.score == 0 && close(x.median, 50) && close(x.peerMedian, 100.0 / 3))
    #expect(x.leaderCity == "D" && x.leaderScore == 100 && x.leaderTies == 0)
    #expect(profile.strongest.map(\.id) == ["y"])
    #expect(profile.weakest.map(\.id) == ["x"])
    #expect(profile.rank == 1 && profile.peerRank == 1)  // every city scores 50: all tie at 1
    #expect(profile.history.count == 1 && profile.history[0].rank == 1)
  }

  // x: A 10, B 20, C 30, D 40, E 41, F 30.2 → 0, 32.26, 64.52, 96.77, 100, 65.16; median of six
  // (64.52 + 65.16) / 2 = 64.84. y: A 50, B 51, C 52, D 53, E 60, F 52.1 → 0, 10, 20, 30, 100, 21;
  // median 20.5. F: x +0.32, y +0.5 (both "above the median", neither a strength). B: x −32.58,
  // y −10.5 (two weaknesses, worst first). E: x +35.16, y +79.5 (two strengths, best first).
  @Test func aStrengthOrWeaknessIsAtLeastFivePointsFromTheMedian() throws {
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\ny,sci,+\n")
    let data = try dataset(
      "city,year,x,y\nA,2023,10,50\nB,2023,20,51\nC,2023,30,52\nD,2023,40,53\nE,2023,41,60\nF,2023,30.2,52.1\n", for: definition)
    let card = try Scorer.score(definition, data)
    let all = try PeerGroup.of("C", kind: .all, table: nil, file: "c.csv", among: card.cities)
    func profile(_ city: String) -> Profile { Profile(city: city, scorecard: card, history: [card], dataset: data, peers: all) }
    #expect(profile("C").highlightMargin == 5)
    // F is within a point of both medians: no strength, where "above the median" made it two.
    #expect(profile("F").strongest.isEmpty && profile("F").weakest.isEmpty)
    #expect(profile("B").weakest.map(\.id) == ["x", "y"])
    #expect(profile("E").strongest.map(\.id) == ["y", "x"])
  }

  // 2022: x, y, z for every city; 2023: z has none (no max_age, so nothing is carried) → the
  // history says 3 of 3, then 2 of 3. C is best on every indicator: rank 1 in both years.
  @Test func theHistorySaysHowManyIndicatorsHadDataEachYear() throws {
    let definition = try definition("id,parent,direction\nsci,,\nx,sci,+\ny,sci,+\nz,sci,+\n")
    let data = try dataset(
      "city,year,x,y,z\nA,2022,1,2,3\nB,2022,2,3,4\nC,2022,3,4,5\nA,2023,1,2,\nB,2023,2,3,\nC,2023,3,4,\n", for: definition)
    let then = try Scorer.score(definition, data, year: 2022)
    let now = try Scorer.score(definition, data, year: 2023)
    let all = try PeerGroup.of("C", kind: .all, table: nil, file: "c.csv", among: now.cities)
    let profile = Profile(city: "C", scorecard: now, history: [now, then], dataset: data, peers: all)
    #expect(profile.indicatorCount == 3)
    #expect(profile.history.map(\.year) == [2022, 2023])
    #expect(profile.history.map(\.indicatorsWithData) == [3, 2])
    #expect(profile.history.map(\.rank) == [1, 1])
  }
}
