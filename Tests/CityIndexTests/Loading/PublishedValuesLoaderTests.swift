import Testing

@testable import CityIndex

@Suite struct PublishedValuesLoaderTests {
  @Test func readsLongFiguresPastOtherColumnsAndSkipsMissingOnes() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("p.csv", "city;year;indicator;value;status\nMünchen;2023;rank;1;reported\nMünchen;2023;total;84,5;reported\nBonn;2023;total;;\n")
    let published = try PublishedValuesLoader.load(path: path).value
    #expect(published.value(city: "München", year: 2023, indicator: "total") == 84.5)  // decimal comma in a ;-file
    #expect(published.entries.count == 2)
    #expect(published.indicators == ["rank", "total"])
    #expect(published.years() == [2023])
  }

  @Test func reportsEveryProblemWithItsPlace() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("p.csv", "city,year,indicator,value\nA,20x,rank,1\nA,2021,rank,one\nA,2021,rank,1\nA,2021,rank,2\n")
    #expect(diagnostics { _ = try PublishedValuesLoader.load(path: path) }.map(\.description) == [
      "\(path):2:2: year '20x' is not a four-digit whole number",
      "\(path):3:4: value 'one' is not a number",
      "\(path):5:4: duplicate value for (A, 2021, rank): first given on line 4",
    ])
    let wide = try folder.write("w.csv", "city,year,rank\nA,2021,1\n")
    #expect(diagnostics { _ = try PublishedValuesLoader.load(path: wide) }.map(\.message) == [
      "missing required column 'indicator': published figures are long, city,year,indicator,value (the header has: city, year, rank)",
      "missing required column 'value': published figures are long, city,year,indicator,value (the header has: city, year, rank)",
    ])
  }

  @Test func eachFigureKeepsItsSourceAndWhetherItWasReportedOrDerived() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "p.csv",
      "city,year,indicator,value,source,status\nA,2022,rank,13,https://x.example/a,score reported; rank derived (between 12 and 14)\n"
        + "A,2022,total,74.7,https://x.example/a,score reported; rank derived (between 12 and 14)\n"
        + "B,2019,rank,31,https://x.example/b,derived: 2020 rank 8 after +23 places\nC,2019,rank,1,,reported\n")
    let entries = try PublishedValuesLoader.load(path: path).value.entries
    // A's rank was derived, its score reported; B's rank derived; C's reported
    #expect(entries.map(\.isDerived) == [true, false, true, false])
    #expect(entries[0].source == "https://x.example/a" && entries[3].source.isEmpty)
  }
}
