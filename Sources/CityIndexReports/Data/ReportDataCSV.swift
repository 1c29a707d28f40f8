import CityIndex

/// The data behind a report's tables, as CSV beside them ("Get the data"): every number a
/// reader may want to check or reuse, UTF-8, comma-separated.
enum ReportDataCSV {
  /// `cities/<slug>.csv`: one row per indicator,
  /// `indicator,name,value,denominator,scale,scored_value,unit,value_year,flag,source,score` —
  /// `value` as the data file gives it (before a denominator divides it, so that a reader finds
  /// it in the source), `scored_value` what was scored (in `unit`), `value_year` the year the value
  /// belongs to (an earlier one when carried forward).
  static func city(_ p: CityProfile, definition: IndexDefinition) -> String {
    var lines = ["indicator,name,value,denominator,scale,scored_value,unit,value_year,flag,source,score"]
    for line in p.lines where line.isIndicator {
      let node = definition[line.id]
      let fields = [
        CSVText.field(line.id), CSVText.field(line.name), CSVText.number(line.dataValue),
        CSVText.field(node?.denominator ?? ""), node?.denominator == nil ? "" : CSVText.number(node?.scale ?? 1),
        CSVText.number(line.raw), CSVText.field(line.unit), line.raw.isNaN ? "" : String(line.valueYear ?? p.year),
        CSVText.field(line.flag ?? ""), CSVText.field(line.source ?? ""), CSVText.number(line.score),
      ]
      lines.append(fields.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension ReportDataCSV {
  /// `charts/cities/<slug>.csv`, the city page's area bars: `area,name,score,median,best,best_city`.
  static func areaBars(_ p: CityProfile) -> String {
    var lines = ["area,name,score,median,best,best_city"]
    for line in p.areaLines {
      lines.append(
        [CSVText.field(line.id), CSVText.field(line.name), CSVText.number(line.score), CSVText.number(line.median),
         CSVText.number(line.leaderScore), CSVText.field(line.leaderCity)].joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `charts/cities/<slug>-map.csv`, the locator map's dots: `city,latitude,longitude,marked`
  /// (`marked` 1 for the page's city).
  static func locator(_ p: CityProfile) -> String {
    var lines = ["city,latitude,longitude,marked"]
    for dot in p.mapDots {
      lines.append(
        [CSVText.field(dot.city), CSVText.number(dot.latitude), CSVText.number(dot.longitude), dot.city == p.city ? "1" : "0"]
          .joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension ReportDataCSV {
  /// `charts/<name>.csv` for each chart of the overview: the numbers it draws, by the chart's
  /// name (`ranking`, `areas`, `intervals`, `history`, `map`).
  static func charts(_ o: Overview) -> [(name: String, csv: String)] {
    func table(_ header: [String], _ rows: [[String]]) -> String {
      ([header.map(CSVText.field).joined(separator: ",")] + rows.map { $0.joined(separator: ",") }).joined(separator: "\n") + "\n"
    }
    var result: [(String, String)] = []
    result.append(("ranking", table(["rank", "city", "total"], o.rows.map { [String($0.rank), CSVText.field($0.city), CSVText.number($0.total)] })))
    result.append(
      (
        "areas",
        table(
          ["rank", "city"] + o.areas.map(\.id),
          o.rows.map { [String($0.rank), CSVText.field($0.city)] + $0.areas.map(CSVText.number) })
      ))
    if let uncertainty = o.uncertainty {
      let rows = o.rows.compactMap { row in
        uncertainty.intervals[row.city].map { [String(row.rank), CSVText.field(row.city), String($0.p05), String($0.p95)] }
      }
      result.append(("intervals", table(["rank", "city", "rank_p05", "rank_p95"], rows)))
    }
    if o.historyYears.count > 1 {
      var rows: [[String]] = []
      for entry in o.history {
        for (i, year) in o.historyYears.enumerated() {
          let count = i < o.historyIndicators.count ? o.historyIndicators[i] : o.coverage.count
          rows.append([CSVText.field(entry.city), String(year), entry.ranks[i].map(String.init) ?? "", String(count), String(o.coverage.count)])
        }
      }
      result.append(("history", table(["city", "year", "rank", "indicators_with_data", "indicators"], rows)))
    }
    if !o.mapDots.isEmpty {
      result.append(
        (
          "map",
          table(
            ["rank", "city", "total", "population", "latitude", "longitude"],
            o.mapDots.map {
              [String($0.rank), CSVText.field($0.city), CSVText.number($0.score), CSVText.number($0.population), CSVText.number($0.latitude), CSVText.number($0.longitude)]
            })
        ))
    }
    return result
  }
}
