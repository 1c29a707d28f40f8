import Testing

@testable import CityIndex

@Suite struct HierarchyOrderTests {
  struct Row: Equatable {
    var id: String
    var depth: Int
    var effect: Double
  }

  @Test func siblingsByEffectEachFollowedByItsDescendants() {
    // a (+3, children x +1 and y −4), b (+0.5, child z NaN and w 0): a before b (3 > 0.5),
    // y before x (|−4| > |+1|), w before z (no contribution sorts last)
    let rows = [
      Row(id: "a", depth: 1, effect: 3), Row(id: "x", depth: 2, effect: 1), Row(id: "y", depth: 2, effect: -4),
      Row(id: "b", depth: 1, effect: 0.5), Row(id: "z", depth: 2, effect: .nan), Row(id: "w", depth: 2, effect: 0),
    ]
    let ordered = HierarchyOrder.byEffect(rows, depth: \.depth, contribution: \.effect)
    #expect(ordered.map(\.id) == ["a", "y", "x", "b", "w", "z"])
  }

  @Test func tiesKeepTheirOrder() {
    let rows = [Row(id: "p", depth: 1, effect: 2), Row(id: "q", depth: 1, effect: -2), Row(id: "r", depth: 1, effect: 2)]
    #expect(HierarchyOrder.byEffect(rows, depth: \.depth, contribution: \.effect).map(\.id) == ["p", "q", "r"])
  }
}
