extension HeadToHead {
  /// What a publication says about the same two cities in the same year: each one's published
  /// rank, total and area scores (with their status and source), whether it orders the two as
  /// this index does, and which of its areas this index does not measure.
  public struct Published: Sendable {
    public struct Figure: Sendable, Equatable {
      /// The published indicator (`rank`, `total`, an area id) and its name.
      public var id: String
      public var name: String
      public var valueA: Double?
      public var valueB: Double?
      /// `reported`, or how the figure was derived, as the file gives it.
      public var statusA: String
      public var statusB: String
      public var derivedA: Bool
      public var derivedB: Bool
      public var sourceA: String
      public var sourceB: String
      /// Whether this index has the same node (an area both score).
      public var measuredHere: Bool
    }

    public var year: Int
    /// `rank`, `total`, then the areas, in the file's order; only what it gives for either city.
    public var figures: [Figure]

    /// The published ranks, when both have one.
    public var ranks: (a: Int, b: Int)? {
      guard let rank = figures.first(where: { $0.id == "rank" }), let a = rank.valueA, let b = rank.valueB else { return nil }
      return (Int(a), Int(b))
    }

    /// The published areas this index does not measure (names), where the publication gives
    /// either city a score.
    public var unmeasured: [String] {
      figures.filter { $0.id != "rank" && $0.id != "total" && !$0.measuredHere }.map(\.name)
    }

    /// - Parameter index: the publication's own definition, which names its indicators (else ids).
    public init(_ published: PublishedValues, duel: HeadToHead, definition: IndexDefinition, index: IndexDefinition? = nil) {
      year = duel.year
      func entry(_ city: String, _ id: String) -> PublishedValues.Entry? {
        let key = CityMatching.keys(city)
        return published.entries.last {
          $0.year == duel.year && $0.indicator == id && ($0.city == city || !CityMatching.keys($0.city).isDisjoint(with: key))
        }
      }
      // rank, total, the areas this index has in its order, then the others in the file's.
      let order = published.indicators.sorted { x, y in
        func key(_ id: String) -> Int {
          id == "rank" ? -2 : id == "total" ? -1 : definition.index(of: id) ?? Int.max
        }
        return key(x) < key(y)
      }
      figures = order.compactMap { id in
        let (a, b) = (entry(duel.a.city, id), entry(duel.b.city, id))
        guard a != nil || b != nil else { return nil }
        return Figure(
          id: id, name: index?[id]?.name ?? definition[id]?.name ?? id, valueA: a?.value, valueB: b?.value, statusA: a?.status ?? "",
          statusB: b?.status ?? "", derivedA: a?.isDerived ?? false, derivedB: b?.isDerived ?? false, sourceA: a?.source ?? "",
          sourceB: b?.source ?? "", measuredHere: id == "rank" || id == "total" || definition.index(of: id) != nil)
      }
    }

    /// Whether the publication orders the two cities otherwise than `duel` does (by rank, else
    /// by total); `nil` when it does not rank both.
    public func disagrees(with duel: HeadToHead) -> Bool? {
      let here = duel.gap
      if let ranks { return ranks.a == ranks.b ? here != 0 : (ranks.a < ranks.b) != (here > 0) }
      guard let total = figures.first(where: { $0.id == "total" }), let a = total.valueA, let b = total.valueB else { return nil }
      return a == b ? here != 0 : (a > b) != (here > 0)
    }
  }
}
