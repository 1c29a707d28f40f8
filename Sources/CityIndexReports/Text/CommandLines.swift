import CityIndex

/// The lines commands print besides their tables (`sci validate`'s checks, what a report
/// wrote), in the run's language.
public struct CommandLines: Sendable {
  let language: Language
  var de: Bool { language == .de }

  public init(language: Language) { self.language = language }

  /// `indicators/x.csv: ok — 9 indicators in 4 groups under 'open_smart_city_index'`.
  public func definitionOK(_ definition: IndexDefinition) -> String {
    let (indicators, groups) = (definition.leaves.count, definition.nodes.count - definition.leaves.count)
    let root = definition.nodes[definition.root].id
    return de
      ? "\(definition.file): in Ordnung — \(indicators) Indikatoren in \(groups) Gruppe\(groups == 1 ? "" : "n") unter '\(root)'"
      : "\(definition.file): ok — \(indicators) indicators in \(groups) group\(groups == 1 ? "" : "s") under '\(root)'"
  }

  /// `datasets/open-data.csv: ok — 80 cities, years 2017–2023, 2 flagged break`.
  public func dataOK(_ files: [String], _ dataset: Dataset) -> String {
    let flags = dataset.flagCounts.sorted { $0.key < $1.key }
      .map { de ? "\($0.value) mit Kennzeichen \($0.key)" : "\($0.value) flagged \($0.key)" }
    return files.joined(separator: ", ") + (de ? ": in Ordnung — \(dataset.cities.count) Städte, Jahre " : ": ok — \(dataset.cities.count) cities, years ")
      + yearList(dataset.years) + (flags.isEmpty ? "" : ", " + flags.joined(separator: ", "))
  }

  /// `datasets/cities.csv: ok — 80 cities, columns state, population`.
  public func citiesOK(_ path: String, _ table: CityTable) -> String {
    path + (de ? ": in Ordnung — \(table.cities.count) Städte, Spalten " : ": ok — \(table.cities.count) cities, columns ")
      + table.columns.joined(separator: ", ")
  }

  /// What `sci report` wrote.
  public func reportWritten(_ out: String, workbook: String, profiles: Int) -> String {
    de
      ? "\(out)/index.html, \(out)/index.md, \(out)/\(workbook) und \(profiles) Stadtprofile geschrieben"
      : "\(out)/index.html, \(out)/index.md, \(out)/\(workbook) and \(profiles) city profiles written"
  }

  /// What `sci brief` wrote.
  public func briefWritten(_ base: String) -> String {
    de ? "\(base).html und \(base).md geschrieben" : "\(base).html and \(base).md written"
  }
}
