/// What a ``Diagnostic`` says, as data: one case per kind of problem, with the facts that
/// make it specific. Words come only when it is shown: ``text(_:)`` renders it in English or
/// German, each by one exhaustive `switch` (`Problem+English.swift`, `Problem+German.swift`),
/// so that a case without its German words does not compile.
///
///     Problem.unknownCity("Bielfeld", suggestions: ["Bielefeld"]).text(.de)
///     // unbekannte Stadt 'Bielfeld' (meinten Sie 'Bielefeld'?)
///
/// Names, ids, file paths, values and the operating system's own reasons (`strerror`) are
/// carried as they are: they are the user's words, not ours.
public enum Problem: Sendable, Equatable {
  // MARK: Reading a CSV file
  case noSuchFile
  case permissionDenied
  case cannotOpen(reason: String)
  case cannotRead(reason: String)
  case isAFolder
  case utf16
  case endlessLine(megabytes: Int)
  case unterminatedQuote
  case textAfterClosingQuote
  case quoteInUnquotedField
  case cannotParse(reason: String)
  case notUTF8
  case fieldCount(fields: Int, header: Int)
  case emptyFile
  case emptyColumnName
  case columnTwice(String, firstColumn: Int)
  case noDataRows

  // MARK: Columns and cells
  /// `table` says what the file is, for the words after the column's name.
  case missingColumn(String, header: [String], table: TableKind)
  case emptyCityName
  case emptyIndicatorID
  case emptyIndicator
  case emptyYear
  case notAFourDigitYear(String)
  case notAWholeYear(String)
  /// `column` is the column's name (`population`, `valid_min`).
  case columnNotANumber(column: String, text: String)
  case valueNotANumber(String)
  /// `commaOnlyWithSemicolon`: the value holds a comma in a `,`-separated file.
  case valueNotANumberMissingAs(String, commaOnlyWithSemicolon: Bool)
  case valueNotFinite(String)
  case valueNotGenesis(String)
  /// `1.500` read as 1500 or 1.5: who must say which (`prefix`: `valid_min of 'x': ` for a definition).
  case ambiguousNumber(text: String, point: Double, thousands: Double, context: AmbiguityContext)
  case decimalNotAsOption(text: String, option: DecimalConvention, count: Int)
  case decimalMixed(text: String, comma: Bool, usualLine: Int, usualText: String, count: Int)
  case decimalChosen(text: String, others: Int, comma: Bool, value: Double, line: Int)

  // MARK: The data file
  case keysNeedCitiesFile(column: String)
  case noIndicatorColumns
  case unknownIndicator(String, file: String, suggestions: [String])
  case unknownIndicatorRows(String, file: String, rows: Int, wholeColumn: Bool, suggestions: [String])
  case leftOutIndicators(file: String, named: [(id: String, rows: Int)], more: Int)
  case groupNotIndicator(String, file: String)
  case duplicateValue(city: String, year: Int, indicator: String, first: String)
  case duplicatePublished(city: String, year: Int, indicator: String, line: Int)
  case noPublishedValues
  case noDataForYear(Int, years: [Int])
  case yearWithoutData(Int)
  case dataHasNoRows
  case impossibleValue(value: Double, id: String, city: String, year: Int, bounds: Bounds)
  case moreImpossibleValues(count: Int, id: String, bounds: Bounds)
  case cityReadAs(spelling: String, city: String, official: Bool)

  // MARK: Official keys (AGS, ARS, Kreis)
  case emptyKey
  case key(KeyProblem, rows: Int)
  case nameDisagreesWithKey(name: String, key: String, city: String)

  // MARK: The cities file
  case cityTwice(String, year: Int?, firstLine: Int, firstFile: String?)
  case agsDroppedZeros(String)
  case agsInvalid(String)
  case noCitiesFile(strict: Bool)
  case cityNotInFile(String, file: String, suggestions: [String])
  case moreCitiesNotInFile(count: Int, total: Int, file: String)
  case optionNeedsCitiesFile(option: String, column: String)
  case noSuchCitiesColumn(option: String, column: String, file: String, columns: [String])
  case populationColumnNeeded
  case noPopulation(String)
  case peersNeedCitiesFile(kind: String)
  case noColumnValue(file: String, column: String, city: String)

  // MARK: The definition
  case noDefinitionRows
  case emptyID
  case badID(String)
  case notOneOf(column: String, id: String, known: [String], got: String, suggestions: [String])
  case weightNotPositive(id: String, got: String)
  case badDirection(id: String, got: String)
  case validRangeReversed(id: String, low: Double, high: Double)
  case scaleNotPositive(id: String, got: String)
  case badMaxAge(id: String, got: String)
  case badLever(id: String, got: String)
  case duplicateID(String, firstLine: Int)
  case unknownParent(String, of: String, suggestions: [String])
  case ownParent(String)
  case noRoot
  case severalRoots([String])
  case rootWithoutChildren(String)
  case directionNeeded(String)
  case groupDirectionIgnored(String)
  case indicatorAggregationIgnored(String)
  case groupFieldIgnored(field: String, id: String)
  case goalpostsReversed(id: String, low: Double, high: Double)
  case cycle(String)
  case simulationSpecMissing(id: String, kinds: [String])

  // MARK: Choosing parts of the index
  case excludeUnknown(String, suggestions: [String])
  case excludeRoot(String)
  case excludeLeavesNothing
  case optionUnknownNode(option: String, id: String, suggestions: [String])

  // MARK: Weights files
  case unknownNode(String, suggestions: [String])
  case nodeTwice(String, firstLine: Int)
  case noWeightColumn
  case badWeight(expert: String, id: String, got: String)
  case weightsTogether(group: String, named: [String], missing: [String])
  case allWeightsZero(expert: String, group: String)

  // MARK: GENESIS exports
  case noRegionVariable(codes: String)
  case badTime(String)
  case genesisSecondValue(city: String, year: Int, indicator: String, line: Int)
  case genesisAlsoIn(city: String, year: Int, indicator: String, file: String, line: Int)
  case noRegionIsACity(regions: Int, examples: String)
  case notFlatFile(missing: [String])
  case noVariables

  // MARK: Scoring
  case noGroupToImpute(cities: [String], column: String, year: Int)
  case noValueEver(id: String, year: Int, firstYear: Int?)
  case tooOld(id: String, year: Int, maxAge: Int, cities: Int, latest: [Int])
  case goalpostsNeeded(String)
  case targetNeeded(String)
  case missingNeedsGroups(method: String)
  case needsPositiveScores(method: String, group: String, normalization: String, child: String, low: Double)
  case sameValueForEveryCity(id: String, year: Int?, top: Double)
  case dividedNeedsCitiesFile(id: String, attribute: String)
  case noSuchDenominator(id: String, attribute: String, file: String, columns: [String], suggestions: [String])
  case noUsableDenominator(file: String, attribute: String, cities: [String], year: Int, id: String)
  case principalComponentsUndefined(group: String, year: Int)
  case nonPositiveScore(
    method: String, group: String, orZero: Bool, city: String, score: Double, child: String, year: Int,
    rangeHint: (normalization: String, low: Double)?)

  // MARK: Analyses
  case ambiguousCity(String, matches: [String])
  case unknownCity(String, suggestions: [String])
  case noPublishedValue(indicator: String, year: Int, years: [Int])
  case noPublishedIndicator(String, known: [String], suggestions: [String])
  case noNodeToCompare(String, areas: [String], suggestions: [String])
  case sensitivityNotCopeland
  case sensitivityCopelandNode(String)
  case sensitivityNotPrincipalComponents
  case notScoredInBoth(city: String, from: Int, to: Int)
  case noSharedIndicator(String, String, from: Int, to: Int)
  case notScoredToCompare(city: String, year: Int)
  case copelandGap
  case notRankedToAttribute(city: String, year: Int)
  case notScoredToMeasure(city: String, year: Int)
  case copelandChange
  case notRanked(city: String, year: Int)
  case rankOutOfRange(count: Int, year: Int, got: Int)
  case noDataForCity(city: String, year: Int)
  case sameCity(String, String)

  // MARK: The command line's own
  case versusPair(String)
  case noScores(city: String, year: Int)
  case noYearBefore(Int, years: [Int])
  case importNeedsCitiesFile
  case noAGSColumn
  case cannotCreateFolder(reason: String)
  /// A file that could not be written; `reason` is the operating system's (or libxlsxwriter's).
  case cannotWrite(reason: String)
  case notAReportFolder
  case pathLeavesFolder
  case pngNeedsConverter(tool: String)
  case cannotRun(reason: String)
  case toolFailed(tool: String, reason: String)
  /// A problem writing a report, after which the report folder is as it was.
  indirect case reportKept(Problem, folder: String)

  // MARK: Options that do not go together (usage errors, exit code 2)
  case workbookNotForTerminal
  /// `--samples must be at least 1`.
  case optionAtLeast(String, Int)
  /// `--uncertainty must be between 0 and 1, got 2`.
  case optionBetweenZeroAndOne(String, got: String?)
  case badRange(String)
  case missingNeedsGroupOption(method: String)
  case citiesContradict
  case withOnlyOptions
  case badShareBounds(lower: Double, upper: Double, indicators: Int)
  case bodOnlyInRank
  case bodSharesWithoutBod
  case withTakesNoFromOrCity
  case everyYearTakesNoYear
  case yearAndToDisagree(year: Int, to: Int)
  case badMap(String)
  case targetTwice
  case fromAfterTo(from: Int, to: Int)

  /// The words of this problem in `language`.
  public func text(_ language: Language) -> String {
    switch language {
    case .en: english
    case .de: german
    }
  }

  public static func == (a: Problem, b: Problem) -> Bool { a.english == b.english }
}

extension Problem {
  /// What kind of table lacks a column, for the words after its name.
  public enum TableKind: Sendable, Equatable {
    /// A data file: long or wide.
    case data(long: Bool)
    case published
    case other
  }

  /// Who must say how `1.500` is meant.
  public enum AmbiguityContext: Sendable, Equatable {
    /// A data file where nothing tells; `both` gives the lines of a comma and a point.
    case dataFile(both: (comma: Int, point: Int)?)
    case citiesFile
    case published
    /// A definition's column of a node.
    case definition(column: String, id: String)

    public static func == (a: Self, b: Self) -> Bool {
      switch (a, b) {
      case (.dataFile(let x), .dataFile(let y)): x?.comma == y?.comma && x?.point == y?.point
      case (.citiesFile, .citiesFile), (.published, .published): true
      case (.definition(let c1, let i1), .definition(let c2, let i2)): c1 == c2 && i1 == i2
      default: false
      }
    }
  }

  /// What a value of an indicator must be.
  public enum Bounds: Sendable, Equatable {
    case yesNo(unit: String)
    /// The definition's `valid_min` and `valid_max` (one may be missing).
    case given(min: Double?, max: Double?)
    case nonNegative(unit: String)
    case range(Double, Double, unit: String)
  }

  /// Why an official key names no city of the cities file.
  public enum KeyProblem: Error, Sendable, Equatable {
    case notAKey(String)
    /// `nearest`: a city of the file in the same Kreis, with its AGS.
    case agsNotACity(String, nearest: (city: String, ags: String)?)
    case arsNotACity(String, ags: String, nearest: (city: String, ags: String)?)
    case kreisNotACity(String, nearest: (city: String, ags: String)?)
    case droppedZero(String)
    case wrongLength(String)

    public static func == (a: Self, b: Self) -> Bool { Problem.key(a, rows: 1) == Problem.key(b, rows: 1) }
  }
}
