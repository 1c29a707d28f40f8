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
