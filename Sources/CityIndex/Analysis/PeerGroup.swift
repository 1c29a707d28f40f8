/// Which cities a city is compared with.
public enum PeerKind: String, CaseIterable, Sendable {
  /// Same state (`state` column of the cities file).
  case state
  /// Same size class by `population`.
  case size
  /// Every ranked city.
  case all
}

/// The cities a city is compared with, and what they have in common.
public struct PeerGroup: Sendable, Equatable {
  public var kind: PeerKind
  /// `Bayern`, `500,000–1,000,000 inhabitants`, or `all cities`.
  public var label: String
  /// Ranked cities of the group, the city itself included.
  public var cities: [String]

  public init(kind: PeerKind, label: String, cities: [String]) {
    self.kind = kind
    self.label = label
    self.cities = cities
  }

  /// The group of `city` among `candidates` (the ranked cities of a year).
  ///
  /// - Throws: ``InputErrors`` when the cities file lacks the column or the city.
  public static func of(
    _ city: String, kind: PeerKind, table: CityTable?, file: String, among candidates: [String]
  ) throws(InputErrors) -> PeerGroup {
    if kind == .all { return PeerGroup(kind: .all, label: "all cities", cities: candidates) }
    guard let table else {
      throw InputErrors([.error(.peersNeedCitiesFile(kind: kind.rawValue), at: SourceLocation(file: file))])
    }
    let key: (String) -> String?
    switch kind {
    case .state:
      key = { table.text("state", of: $0) }
    case .size:
      key = { table.number("population", of: $0).map(sizeClass) }
    case .all:
      key = { _ in "" }
    }
    guard let label = key(city) else {
      let column = kind == .state ? "state" : "population"
      throw InputErrors([.error(.noColumnValue(file: file, column: column, city: city), at: SourceLocation(file: file))])
    }
    return PeerGroup(kind: kind, label: label, cities: candidates.filter { key($0) == label })
  }

  /// The size classes of German statistics for large cities.
  ///
  ///     PeerGroup.sizeClass(330_579)   // "200,000–500,000 inhabitants"
  public static func sizeClass(_ population: Double) -> String {
    switch population {
    case ..<100_000: "under 100,000 inhabitants"
    case ..<200_000: "100,000–200,000 inhabitants"
    case ..<500_000: "200,000–500,000 inhabitants"
    case ..<1_000_000: "500,000–1,000,000 inhabitants"
    default: "1,000,000 inhabitants or more"
    }
  }
}
