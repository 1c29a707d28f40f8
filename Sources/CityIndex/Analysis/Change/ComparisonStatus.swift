/// Whether one city's indicator counts in a comparison between two years, and if not, why.
///
/// The rule (DESIGN.md, "Changes between years"): a change is measured like for like — on the
/// indicators for which the city has values of its own in both years, neither carried forward
/// nor across a break in the source. Everything else is named with its reason and never counted
/// as movement.
public enum ComparisonStatus: String, Sendable, CaseIterable, Equatable {
  /// Values of the city's own in both years: the change counts.
  case compared
  /// No city has a value in the earlier year (the indicator enters the index).
  case new
  /// No city has a value in the later year.
  case dropped
  /// The city's value in one of the years is carried forward from an earlier one: no new data.
  case carried
  /// The source changed its method between the two years (a value flagged `break`).
  case `break`
  /// The city has no value in one of the years (or was not scored in it).
  case missing

  /// The flag that marks a value as not comparable with earlier years.
  public static let breakFlag = "break"

  /// The status of one indicator of one city.
  ///
  /// - Parameters:
  ///   - anyFrom, anyTo: whether any city of the year has a value (its own or carried).
  ///   - ownFrom, ownTo: whether the city has a value of its own in each year.
  ///   - carriedFrom, carriedTo: whether the city's value in each year is carried forward.
  ///   - brokenBetween: whether a value of the city after the earlier year, up to the later one,
  ///     is flagged `break`.
  static func of(
    anyFrom: Bool, anyTo: Bool, ownFrom: Bool, ownTo: Bool, carriedFrom: Bool, carriedTo: Bool, brokenBetween: Bool
  ) -> ComparisonStatus {
    if !anyFrom { return .new }
    if !anyTo { return .dropped }
    if brokenBetween { return .break }
    if !(ownFrom || carriedFrom) || !(ownTo || carriedTo) { return .missing }
    if carriedFrom || carriedTo { return .carried }
    return .compared
  }
}
