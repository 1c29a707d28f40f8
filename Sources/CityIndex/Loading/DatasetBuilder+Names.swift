/// One city, one name: spellings of a city read as its official name (``CityNames``).
extension DatasetBuilder {
  /// The row of the city a name not seen before (as these bytes) means: the cities file's
  /// official name it folds to, else a city the data already wrote another way, else a new city.
  mutating func namedCityRow(_ name: String, at location: SourceLocation) -> Int {
    let key = CityNames.fold(name)
    if let official = names?.official(for: name) {
      noteSpelling(name, of: official, at: location)
      let row = dataset.addCity(official, at: location)  // the official name's row, new or not
      if !key.isEmpty { rowsByFold[key] = row }
      return row
    }
    if !key.isEmpty, let row = rowsByFold[key] {
      noteSpelling(name, of: dataset.cities[row], at: location)
      return row
    }
    let row = dataset.addCity(name, at: location)
    if !key.isEmpty { rowsByFold[key] = row }
    return row
  }

  private mutating func noteSpelling(_ spelling: String, of city: String, at location: SourceLocation) {
    guard spelling != city, notedSpellings.insert(spelling).inserted else { return }
    foldedSpellings.append((spelling, city, location))
  }

  /// One warning per spelling read as another name, where it first came.
  mutating func reportFoldedNames() {
    for folded in foldedSpellings {
      let official = names?.official(for: folded.spelling) == folded.city
      log.warning(.cityReadAs(spelling: folded.spelling, city: folded.city, official: official), at: folded.first)
    }
  }
}
