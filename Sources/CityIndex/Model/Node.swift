import Foundation

/// Whether a higher raw value of an indicator is better or worse.
public enum Direction: String, Sendable, Equatable, CaseIterable {
  case higherIsBetter = "+"
  case lowerIsBetter = "-"

  /// A direction as people type it: `+`, `-`, an en dash `–` or a minus `−` (what Excel's
  /// autocorrect and word processors make of `-`), or in words — `higher is better`,
  /// `höher besser`, `höher ist besser`, `lower is better`, `niedriger besser`,
  /// `niedriger ist besser` (any case); `nil` for anything else.
  public init?(typed text: String) {
    let words = text.trimmingCharacters(in: .whitespaces).lowercased().split(separator: " ").joined(separator: " ")
    switch words {
    case "+", "higher is better", "higher", "höher besser", "höher ist besser", "hoeher besser", "hoeher ist besser":
      self = .higherIsBetter
    case "-", "–", "−", "lower is better", "lower", "niedriger besser", "niedriger ist besser":
      self = .lowerIsBetter
    default:
      return nil
    }
  }
}

/// One row of an index definition: the index itself, an area, a sub-area or an indicator.
public struct Node: Sendable, Equatable {
  /// Unique, stable key (letters, digits, `_` `.` `-`; case-sensitive).
  public var id: String
  /// Display name; the id when the file gives none.
  public var name: String
  /// The parent's id; `nil` for the root.
  public var parentID: String?
  /// Weight relative to its siblings, > 0.
  public var weight: Double
  /// Leaves only.
  public var direction: Direction?
  public var unit: String
  /// The unit in German (`unit_de` column: `% der Haushalte`, `je 100.000 Einwohner`); empty
  /// when the definition gives none (German pages then show ``unit``).
  public var germanUnit: String = ""
  /// Fixed bounds for `goalpost` normalisation.
  public var goalpostMin: Double?
  public var goalpostMax: Double?
  /// Leaves: the value that counts as fully reached, for `distance-to-target` normalisation.
  public var target: Double?
  /// Leaves: a column of the cities file that the raw value is divided by (population, area …).
  public var denominator: String?
  /// Leaves: what the quotient is multiplied by (`100000` for "per 100,000 inhabitants"); 1 when absent.
  public var scale: Double?
  /// Leaves: a normalisation for this indicator instead of the run's.
  public var normalization: Normalization?
  /// Groups: an aggregation for this group instead of the run's.
  public var aggregation: Aggregation?
  /// Leaves: how many years older than the scored year a value may be and still be carried
  /// forward into it (0: only the year's own values); `nil`: never carried.
  public var maxAge: Int?
  public var description: String
  public var source: String
  /// Indicators: whether a city can act on it (`lever` column, yes/no); `nil` when the
  /// definition does not say, which counts as yes. `sci gap` plans with levers only unless asked.
  public var lever: Bool?
  /// Whether a city can act on the indicator (``lever``, yes when not said).
  public var isLever: Bool { lever ?? true }
  /// Yes/no indicators: what a city does to turn no into yes (`action` column: "set up an OParl
  /// interface"); empty when not said. `sci gap` names the step so.
  public var action: String = ""
  public var germanAction: String = ""
  /// Indicators with a denominator: the unit of the value before it is divided (`count_unit`:
  /// `kW`, `charging points`), so that a step reads as an amount (`+1,200 kW`); empty when not said.
  public var countUnit: String = ""
  public var germanCountUnit: String = ""
  /// The source's public address, where a reader finds the values (`link` column); empty when
  /// the definition gives none.
  public var link: String = ""
  /// The licence the source's values are used under (`licence` column).
  public var licence: String = ""
  /// The credit line the licence requires wherever the values are shown (`attribution` column).
  public var attribution: String = ""
  /// Leaves: the values the data may hold (`valid_min`, `valid_max`); a value outside is an
  /// error. Unlike `min`/`max` (goalposts, which clamp) these say what is impossible.
  public var validMin: Double?
  public var validMax: Double?

  /// The values a raw value of the indicator may take: the definition's `valid_min`…`valid_max`
  /// (either may be left open), else what the unit says — 0…100 for a share in per cent
  /// (`%`), 0 or 1 for yes/no (`yes/no`, `ja/nein`), 0 or more for counts, durations and rates
  /// (`count`, `Anzahl`, `days`, `Tage`, `per …`, `je …`); `nil` when nothing is known.
  public var validRange: ClosedRange<Double>? {
    if validMin != nil || validMax != nil {
      return (validMin ?? -Double.greatestFiniteMagnitude)...(validMax ?? Double.greatestFiniteMagnitude)
    }
    let unit = self.unit.lowercased()
    if unit.hasPrefix("%") { return 0...100 }
    if isYesNo { return 0...1 }
    let nonNegative = ["count", "anzahl", "days", "day", "tage", "tag", "hours", "stunden", "minutes", "minuten", "per ", "je ", "pro "]
    if nonNegative.contains(where: { unit.hasPrefix($0) }) || unit.contains(" per ") || unit.contains(" je ") || unit.contains(" pro ") {
      return 0...Double.greatestFiniteMagnitude
    }
    return nil
  }

  /// Whether the unit says yes/no (`yes/no …`, `ja/nein …`): the values are 0 or 1.
  public var isYesNo: Bool { Self.isYesNo(unit: unit) }

  /// Whether a unit says yes/no (`yes/no …`, `ja/nein …`, any case).
  public static func isYesNo(unit: String) -> Bool {
    let unit = unit.lowercased()
    return unit.hasPrefix("yes/no") || unit.hasPrefix("ja/nein")
  }

  /// The values an indicator can reach by its nature, for improvement plans: the definition's
  /// goalposts `min`…`max` where given, else the valid range.
  public var naturalRange: ClosedRange<Double>? {
    if let low = goalpostMin, let high = goalpostMax, low <= high { return low...high }
    return validRange
  }

  /// Columns the engine does not know, by header name, kept for reports.
  public var extra: [String: String]
  /// The row that defines the node.
  public var location: SourceLocation

  public init(
    id: String, name: String? = nil, parentID: String? = nil, weight: Double = 1,
    direction: Direction? = nil, unit: String = "", goalpostMin: Double? = nil,
    goalpostMax: Double? = nil, description: String = "", source: String = "",
    extra: [String: String] = [:], location: SourceLocation = SourceLocation(file: "")
  ) {
    self.id = id
    self.name = name ?? id
    self.parentID = parentID
    self.weight = weight
    self.direction = direction
    self.unit = unit
    self.goalpostMin = goalpostMin
    self.goalpostMax = goalpostMax
    self.description = description
    self.source = source
    self.extra = extra
    self.location = location
  }
}
