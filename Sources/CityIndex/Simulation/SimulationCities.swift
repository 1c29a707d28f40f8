/// The cities a simulation draws for: every row of a city table with a population.
public enum SimulationCities {
  /// - Throws: ``InputErrors`` when the table has no `population` column or a city lacks one.
  public static func from(_ table: CityTable, file: String) throws(InputErrors) -> [(name: String, population: Double)] {
    guard table.hasColumn("population") else {
      throw InputErrors([.error(.populationColumnNeeded, at: SourceLocation(file: file))])
    }
    var log = DiagnosticLog()
    var result: [(name: String, population: Double)] = []
    for city in table.cities {
      if let population = table.number("population", of: city) {
        result.append((city, population))
      } else {
        log.error(.noPopulation(city), at: SourceLocation(file: file))
      }
    }
    try log.throwIfErrors()
    return result
  }
}
