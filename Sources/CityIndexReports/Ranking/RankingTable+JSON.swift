import CityIndex
import Foundation

extension RankingTable {
  private struct Document: Encodable {
    struct Method: Encodable {
      var normalization, aggregation, missing, normalizeOver: String
      var minCoverage: Double
      var treatment: String
      var range: [Double]
      var weights: String
    }
    struct Entry: Encodable {
      var rank: Int?
      var city: String
      var score: Double?
      var areas: [String: Double?]
      var coverage: Double
      var reason: String?
      var group: String?
      var groupRank: Int?
      var imputed: Int?
      var treated: Int?
      var carried: Int?
      var flagged: Int?

      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rank, forKey: .rank)  // null, not absent, when not ranked
        try container.encode(city, forKey: .city)
        try container.encode(score, forKey: .score)
        try container.encode(areas, forKey: .areas)
        try container.encode(coverage, forKey: .coverage)
        try container.encodeIfPresent(reason, forKey: .reason)
        try container.encodeIfPresent(group, forKey: .group)
        try container.encodeIfPresent(groupRank, forKey: .groupRank)
        try container.encodeIfPresent(imputed, forKey: .imputed)
        try container.encodeIfPresent(treated, forKey: .treated)
        try container.encodeIfPresent(carried, forKey: .carried)
        try container.encodeIfPresent(flagged, forKey: .flagged)
      }
      enum CodingKeys: String, CodingKey {
        case rank, city, score, areas, coverage, reason, group, groupRank, imputed, treated, carried, flagged
      }
    }
    struct Vintage: Encodable {
      var indicator, name: String
      var maxAge: Int?
      /// Year → how many cities' values come from it.
      var years: [String: Int]
      var carried, tooOld: Int
      var flagged: [String: Int]
    }
    var index: String
    var year: Int
    var method: Method
    var areas: [[String: String]]
    var ranking: [Entry]
    var notRanked: [Entry]
    var vintage: [Vintage]
    var sciVersion = SCIVersion.current
  }

  /// The ranking as a JSON document: `{index, year, method, areas, ranking, notRanked, vintage,
  /// sciVersion}`
  /// (`vintage`: per indicator the years its values come from, what was carried or too old);
  /// missing numbers are `null`, keys sorted, so equal inputs give equal bytes.
  public func json() -> String {
    func entry(_ row: Row) -> Document.Entry {
      var scores: [String: Double?] = [:]
      for (area, value) in zip(areas, row.areas) { scores[area.id] = .some(value) }
      return Document.Entry(
        rank: row.rank, city: row.city, score: row.score, areas: scores, coverage: row.coverage, reason: row.reason,
        group: row.group, groupRank: row.groupRank, imputed: showsImputed ? row.imputed : nil,
        treated: showsTreated ? row.treated : nil, carried: row.carried, flagged: row.flagged)
    }
    let document = Document(
      index: title, year: year,
      method: .init(
        normalization: options.normalization.rawValue, aggregation: options.aggregation.rawValue,
        missing: options.missing.rawValue, normalizeOver: options.scope.rawValue, minCoverage: options.minCoverage,
        treatment: options.treatment.rawValue, range: [options.range.lowerBound, options.range.upperBound],
        weights: options.weighting.argument),
      areas: areas.map { ["id": $0.id, "name": $0.name] },
      ranking: rows.filter { $0.rank != nil }.map(entry),
      notRanked: rows.filter { $0.rank == nil }.map(entry),
      vintage: vintage.map { row in
        Document.Vintage(
          indicator: row.id, name: row.name, maxAge: row.maxAge,
          years: Dictionary(uniqueKeysWithValues: row.years.map { (String($0.year), $0.cities) }), carried: row.carried,
          tooOld: row.tooOld, flagged: Dictionary(uniqueKeysWithValues: row.flagged.map { ($0.flag, $0.count) }))
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(document) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
