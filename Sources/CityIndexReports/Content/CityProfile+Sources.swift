import CityIndex

/// What a city page says besides its tables: the sources of its values and the rows of "What
/// changed" — decided once here, rendered alike in HTML and Markdown.
extension CityProfile {
  /// A distinct source of the page's values and what it gives: `Photovoltaik 2021`.
  struct SourceNote: Equatable {
    var text: String
    var uses: [String]
    /// The public address of the source of its first use (the definition's `link`), if any.
    var link: String?
  }

  /// The distinct sources of the page's values, in the order of the indicator table; a value's
  /// note number is its source's position + 1.
  var sourceNotes: [SourceNote] {
    var notes: [SourceNote] = []
    for line in lines where line.isIndicator {
      guard let source = line.source else { continue }
      let use = "\(line.name) \(line.valueYear ?? year)"
      if let i = notes.firstIndex(where: { $0.text == source }) {
        notes[i].uses.append(use)
      } else {
        notes.append(SourceNote(text: source, uses: [use], link: links[line.id].flatMap { $0.isEmpty ? nil : $0 }))
      }
    }
    return notes
  }

  /// Compared indicators "What changed" lists, at most.
  static let changesShown = 6

  /// The rows of "What changed": the compared indicators that moved the score by 0.05 points or
  /// more (largest first, at most ``changesShown``), then every indicator that does not compare,
  /// with both its values — a revision in a source shows as what it is.
  static func changeRows(_ c: CityChange) -> [CityChange.Row] {
    let moved = c.compared.filter { abs($0.contribution) >= 0.05 }.sorted { abs($0.contribution) > abs($1.contribution) }
    return Array(moved.prefix(changesShown)) + c.notCompared
  }
}
