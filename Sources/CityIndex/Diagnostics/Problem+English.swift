/// The English words of every ``Problem``.
extension Problem {
  var english: String {
    typealias E = EnglishWords
    switch self {
    case .noSuchFile: return "no such file"
    case .permissionDenied: return "cannot open file: permission denied"
    case .cannotOpen(let reason): return "cannot open file: \(reason)"
    case .cannotRead(let reason): return "cannot read file: \(reason)"
    case .isAFolder: return "is a folder, not a CSV file"
    case .utf16: return "file is UTF-16; save it as \"CSV UTF-8\" (or any 8-bit CSV) and try again"
    case .endlessLine(let megabytes):
      return "a line longer than \(megabytes) MB (it does not end): is this a table, and the right file?"
    case .unterminatedQuote: return "unterminated quoted field: the quote that opens it is never closed"
    case .textAfterClosingQuote:
      return "text after the closing quote of a quoted field (a quote inside a quoted field is written \"\")"
    case .quoteInUnquotedField:
      return "quote inside an unquoted field (quote the whole field and write the inner quote as \"\")"
    case .cannotParse(let reason): return "cannot parse: \(reason)"
    case .notUTF8: return "file is not valid UTF-8; read as Windows-1252 (save it as \"CSV UTF-8\" to avoid this)"
    case .fieldCount(let fields, let header): return "row has \(E.count(fields, "field")), the header has \(header)"
    case .emptyFile: return "file is empty: a header row is needed"
    case .emptyColumnName: return "empty column name in the header"
    case .columnTwice(let name, let first): return "column '\(name)' appears twice in the header (first in column \(first))"
    case .noDataRows: return "no data rows after the header"

    case .missingColumn(let name, let header, let table):
      let has = header.joined(separator: ", ")
      switch table {
      case .data(let long):
        let hint = long ? "" : " (a long file has city,year,indicator,value; a wide one city,year and one column per indicator)"
        return "missing required column \(E.column(name))\(hint); the header has: \(has)"
      case .published:
        return "missing required column '\(name)': published figures are long, city,year,indicator,value (the header has: \(has))"
      case .other: return "missing required column \(E.column(name)) (the header has: \(has))"
      }
    case .emptyCityName: return "empty city name"
    case .emptyIndicatorID: return "empty indicator id"
    case .emptyIndicator: return "empty indicator"
    case .emptyYear: return "empty year"
    case .notAFourDigitYear(let text): return "year '\(text)' is not a four-digit whole number"
    case .notAWholeYear(let text): return "year '\(text)' is not a whole number"
    case .columnNotANumber(let column, let text): return "\(column) '\(text)' is not a number"
    case .valueNotANumber(let text): return "value '\(text)' is not a number"
    case .valueNotANumberMissingAs(let text, let comma):
      let hint = comma ? " (a decimal comma works only in ;-separated files)" : ""
      return "value '\(text)' is not a number\(hint); write missing values as an empty cell, NA, n/a, - or ."
    case .valueNotFinite(let text): return "value '\(text)' is not a finite number"
    case .valueNotGenesis(let text): return "value '\(text)' is not a number (nor a GENESIS symbol: - . ... x /)"
    case .ambiguousNumber(let text, let point, let thousands, let context):
      let comma = point.plainText.replacingOccurrences(of: ".", with: ",")
      let (prefix, reason, option): (String, String, Bool) =
        switch context {
        case .dataFile(let both?):
          ("", "the file has both decimal commas (line \(both.comma)) and decimal points (line \(both.point))", true)
        case .dataFile(nil): ("", "no other value in the file tells which", true)
        case .citiesFile: ("", "a cities file must say which", false)
        case .published: ("", "a published figure must say which", false)
        case .definition(let column, let id): ("\(column) of '\(id)': ", "a definition must say which", false)
        }
      return prefix + "value '\(text)' could be \(thousands.plainText) (a German thousands point) or \(point.plainText) "
        + "(a decimal point), and \(reason): write \(thousands.plainText) or \(comma)"
        + (option ? " — or give --decimal comma or --decimal point" : "")
    case .decimalNotAsOption(let text, let option, let count):
      let wanted = option == .comma ? "decimal commas" : "decimal points"
      return "value '\(text)' does not follow --decimal \(option.rawValue): the file's values must all write \(wanted)\(E.more(count))"
    case .decimalMixed(let text, let comma, let usualLine, let usualText, let count):
      return "value '\(text)' writes a decimal \(comma ? "comma" : "point"), but the file writes \(comma ? "decimal points" : "decimal commas") "
        + "(line \(usualLine): '\(usualText)')\(E.more(count)): write it as the others, or say which with --decimal comma|point"
    case .decimalChosen(let text, let others, let comma, let value, let line):
      let how =
        comma
        ? "with a thousands point (\(value.plainText)): the file writes decimal commas (line \(line))"
        : "with a decimal point (\(value.plainText)): the file writes decimal points (line \(line))"
      return "read '\(text)'\(others == 0 ? "" : " and \(others) more like it") \(how); --decimal comma|point says so explicitly"

    case .keysNeedCitiesFile(let column):
      return "cities given by official key (\(E.column(column))) need a cities file with an ags column (--cities)"
    case .noIndicatorColumns: return "no indicator columns: a wide file has city, year and one column per indicator id"
    case .unknownIndicator(let id, let file, let suggestions):
      return "unknown indicator '\(id)' (not in \(file))\(E.didYouMean(suggestions))"
    case .unknownIndicatorRows(let id, let file, let rows, let wholeColumn, let suggestions):
      let extent = wholeColumn ? "a column of \(E.count(rows, "row"))" : "\(E.count(rows, "row")) from here"
      return "unknown indicator '\(id)' (not in \(file)), in \(extent)\(E.didYouMean(suggestions))"
        + "; --ignore-unknown leaves out indicators the index does not use"
    case .leftOutIndicators(let file, let named, let more):
      let count = named.count + more
      return "left out \(count) indicator\(count == 1 ? "" : "s") that \(file) does not have (--ignore-unknown): "
        + named.map { "'\($0.id)' (\(E.count($0.rows, "row")))" }.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
    case .groupNotIndicator(let id, let file):
      return "'\(id)' is a group in \(file), not an indicator: data gives indicator values only"
    case .duplicateValue(let city, let year, let indicator, let first):
      return "duplicate value for (\(city), \(year), \(indicator)): first given on \(first)"
    case .duplicatePublished(let city, let year, let indicator, let line):
      return "duplicate value for (\(city), \(year), \(indicator)): first given on line \(line)"
    case .noPublishedValues: return "no values: every row is empty or missing"
    case .noDataForYear(let year, let years):
      return "no data for year \(year) (years in the data: \(years.isEmpty ? "none" : yearList(years)))"
    case .yearWithoutData(let year): return "year \(year) has no data: every value is missing"
    case .dataHasNoRows: return "the data has no rows, so there is no year to score"
    case .impossibleValue(let value, let id, let city, let year, let bounds):
      return "value \(value.plainText) of '\(id)' for \(city) in \(year) is impossible: it must be \(E.bounds(bounds))"
    case .moreImpossibleValues(let count, let id, let bounds):
      return "\(count) more values of '\(id)' are impossible: each must be \(E.bounds(bounds))"
    case .cityReadAs(let spelling, let city, let official):
      return "city '\(spelling)' is read as '\(city)' (\(official ? "the cities file's name" : "as the data first writes it"))"

    case .emptyKey: return "empty key"
    case .key(let problem, let rows): return E.key(problem) + (rows > 0 ? " (in \(E.count(rows, "row")) from here)" : "")
    case .nameDisagreesWithKey(let name, let key, let city):
      return "city '\(name)' disagrees with its key '\(key)', which is \(city)'s: correct the name or the key"

    case .cityTwice(let name, let year, let line, let file):
      let which = year.map { "'\(name)' for \($0)" } ?? "'\(name)'"
      return "city \(which) appears twice (first on \(file.map { "\($0):\(line)" } ?? "line \(line)"))"
    case .agsDroppedZeros(let text):
      return "ags '\(text)' has \(text.utf8.count) digits, an official municipality key 8: a spreadsheet dropped the "
        + "leading zeros; write \(String(repeating: "0", count: max(0, 8 - text.utf8.count)) + text) (format the column as text)"
    case .agsInvalid(let text): return "ags '\(text)' is not an 8-digit official municipality key (Amtlicher Gemeindeschlüssel)"
    case .noCitiesFile(let strict):
      return "no cities file, so the data's city names are not checked (give --cities FILE"
        + (strict ? ", or --no-cities when there is none" : "") + ")"
    case .cityNotInFile(let city, let file, let suggestions): return "city '\(city)' is not in \(file)\(E.didYouMean(suggestions))"
    case .moreCitiesNotInFile(let count, let total, let file): return "\(count) more cities are not in \(file) (\(total) in all)"
    case .optionNeedsCitiesFile(let option, let column): return "\(option) \(column) needs a cities file (--cities)"
    case .noSuchCitiesColumn(let option, let column, let file, let columns):
      return "\(option) \(column): \(file) has no such column (it has: \(columns.joined(separator: ", ")))"
    case .populationColumnNeeded: return "a 'population' column is needed to simulate data"
    case .noPopulation(let city): return "city '\(city)' has no population"
    case .peersNeedCitiesFile(let kind): return "peer groups by \(kind) need a cities file (--cities)"
    case .noColumnValue(let file, let column, let city): return "\(file) gives no \(column) for \(city)"

    case .noDefinitionRows: return "the index definition has no rows"
    case .emptyID: return "empty id: every row needs one"
    case .badID(let id): return "id '\(id)' may contain only letters, digits, '_', '.' and '-'"
    case .notOneOf(let column, let id, let known, let got, let suggestions):
      return "\(column) of '\(id)' must be one of \(known.joined(separator: ", ")), got '\(got)'\(E.didYouMean(suggestions))"
    case .weightNotPositive(let id, let got): return "weight of '\(id)' must be greater than 0, got '\(got)'"
    case .badDirection(let id, let got):
      return "direction of '\(id)' must be + (higher is better) or - (lower is better; also –, −, 'höher besser', "
        + "'niedriger besser'), got '\(got)'"
    case .validRangeReversed(let id, let low, let high):
      return "valid_min of '\(id)' (\(low.plainText)) is above its valid_max (\(high.plainText))"
    case .scaleNotPositive(let id, let got): return "scale of '\(id)' must be greater than 0, got '\(got)'"
    case .badMaxAge(let id, let got): return "max_age of '\(id)' must be a whole number of years, 0 or more, got '\(got)'"
    case .badLever(let id, let got): return "lever of '\(id)' must be yes or no, got '\(got)'"
    case .duplicateID(let id, let line): return "duplicate id '\(id)' (first defined on line \(line))"
    case .unknownParent(let parent, let id, let suggestions):
      return "unknown parent '\(parent)' of '\(id)' (no row has that id)\(E.didYouMean(suggestions))"
    case .ownParent(let id): return "'\(id)' names itself as its parent"
    case .noRoot: return "no root: exactly one row needs an empty parent"
    case .severalRoots(let names):
      return "several roots (\(names.map { "'\($0)'" }.joined(separator: ", "))): exactly one row may have an empty parent"
    case .rootWithoutChildren(let id): return "the root '\(id)' has no children: an index needs at least one indicator"
    case .directionNeeded(let id): return "indicator '\(id)' needs a direction: + (higher is better) or - (lower is better)"
    case .groupDirectionIgnored(let id): return "direction of group '\(id)' is ignored: only indicators have one"
    case .indicatorAggregationIgnored(let id): return "aggregation of indicator '\(id)' is ignored: only groups have one"
    case .groupFieldIgnored(let field, let id): return "\(field) of group '\(id)' is ignored: only indicators have one"
    case .goalpostsReversed(let id, let low, let high):
      return "goalposts of '\(id)' need min < max, got min \(low.plainText) and max \(high.plainText)"
    case .cycle(let chain): return "cycle in the hierarchy: \(chain) (each node is its own ancestor)"
    case .simulationSpecMissing(let id, let kinds):
      return "indicator '\(id)' needs sim_kind (\(kinds.joined(separator: ", "))), sim_low and sim_high (low <= high) to be simulated"

    case .excludeUnknown(let id, let suggestions): return "--exclude: unknown node '\(id)'\(E.didYouMean(suggestions))"
    case .excludeRoot(let id): return "--exclude: '\(id)' is the index itself"
    case .excludeLeavesNothing: return "--exclude leaves no indicator to score"
    case .optionUnknownNode(let option, let id, let suggestions):
      return "\(option): unknown indicator or area '\(id)'\(E.didYouMean(suggestions))"

    case .unknownNode(let id, let suggestions): return "unknown node '\(id)'\(E.didYouMean(suggestions))"
    case .nodeTwice(let id, let line): return "node '\(id)' appears twice (first on line \(line))"
    case .noWeightColumn: return "no weight column beside 'id'"
    case .badWeight(let expert, let id, let got): return "\(expert) gives '\(id)' '\(got)': a weight must be a number ≥ 0"
    case .weightsTogether(let group, let named, let missing):
      return "weights of '\(group)''s children must be given together: the file names "
        + "\(named.map { "'\($0)'" }.joined(separator: ", ")) but not \(missing.map { "'\($0)'" }.joined(separator: ", "))"
    case .allWeightsZero(let expert, let group): return "\(expert) gives every child of '\(group)' 0 points"

    case .noRegionVariable(let codes):
      return "no region variable among the export's variables (\(codes)): export the table by Kreis or Gemeinde"
    case .badTime(let text): return "time '\(text)' is neither a year nor a reference date (2022, 2022-12-31, 31.12.2022)"
    case .genesisSecondValue(let city, let year, let indicator, let line):
      return "a second value for \(city), \(year), \(indicator) (first on line \(line)): two regions or variables give the "
        + "same city's value; tell them apart with --map"
    case .genesisAlsoIn(let city, let year, let indicator, let file, let line):
      return "\(city), \(year), \(indicator) is also in \(file) (line \(line)): give one export per value, or --map one of them to another id"
    case .noRegionIsACity(let regions, let examples):
      return "no region of the export is a city of the cities file (\(regions) regions, e.g. \(examples))"
    case .notFlatFile(let missing):
      return "not a GENESIS flat-file CSV (ffcsv): the header lacks \(missing.map { "'\($0)'" }.joined(separator: ", ")) "
        + "(export the table as \"Flatfile CSV\")"
    case .noVariables: return "no variables: an ffcsv export has 1_variable_code and 1_variable_attribute_code columns"

    case .noGroupToImpute(let names, let column, let year):
      return "\(names.count == 1 ? "1 city has" : "\(names.count) cities have") no '\(column)' to impute within, "
        + "so \(names.count == 1 ? "its" : "their") missing values in \(year) stay missing: " + E.some(names)
    case .noValueEver(let id, let year, let first):
      return "indicator '\(id)' has no value for \(year) or any earlier year"
        + (first.map { " (its values start in \($0))" } ?? " (the data has none)") + ", so it counts as missing for every city"
    case .tooOld(let id, let year, let maxAge, let cities, let latest):
      return "indicator '\(id)' has no value for \(year) within its maximum age of \(E.count(maxAge, "year")) "
        + "for \(E.count(cities, "city", "cities")) (latest: \(yearList(latest))), "
        + "so \(cities == 1 ? "its value counts" : "their values count") as missing"
    case .goalpostsNeeded(let id): return "goalpost normalization needs min and max for indicator '\(id)'"
    case .targetNeeded(let id): return "distance-to-target normalization needs a target for indicator '\(id)'"
    case .missingNeedsGroups(let method):
      return "--missing \(method) needs the groups to impute within (--group COLUMN of the cities file)"
    case .needsPositiveScores(let method, let group, let normalization, let child, let low):
      return "\(method) aggregation of '\(group)' needs scores above 0, but \(normalization) gives '\(child)' scores from "
        + "\(low.plainText): use --range 1,100 (or --aggregation arithmetic)"
    case .sameValueForEveryCity(let id, let year, let top):
      return "indicator '\(id)' has the same value for every city \(year.map { "in \($0)" } ?? "in every year"): "
        + "every city scores \(top.plainText) on it"
    case .dividedNeedsCitiesFile(let id, let attribute):
      return "indicator '\(id)' is divided by '\(attribute)', which needs a cities file (--cities)"
    case .noSuchDenominator(let id, let attribute, let file, let columns, let suggestions):
      return "indicator '\(id)' is divided by '\(attribute)', but \(file) has no such column "
        + "(it has: \(columns.joined(separator: ", ")))\(E.didYouMean(suggestions))"
    case .noUsableDenominator(let file, let attribute, let cities, let year, let id):
      let one = cities.count == 1
      return "\(file) gives no usable \(attribute) for \(one ? "" : "\(cities.count) cities: ")\(E.some(cities)) in \(year), "
        + "so \(one ? "its value" : "their values") of '\(id)' \(one ? "counts" : "count") as missing"
    case .principalComponentsUndefined(let group, let year):
      return "principal-component weights of '\(group)' are undefined in \(year) "
        + "(a child without spread, or too few complete cities): its children are weighted equally"
    case .nonPositiveScore(let method, let group, let orZero, let city, let score, let child, let year, let rangeHint):
      let hint =
        rangeHint.map {
          "; \($0.normalization) gives the weakest city \($0.low.plainText), so use --range 1,100 or --aggregation arithmetic"
        } ?? ""
      return "\(method) aggregation of '\(group)' needs \(orZero ? "scores of 0 or more" : "scores above 0"), "
        + "but \(city) scores \(score.plainText) on '\(child)' in \(year)\(hint)"

    case .ambiguousCity(let query, let matches):
      return "city '\(query)' is ambiguous: \(matches.map { "'\($0)'" }.joined(separator: ", "))"
    case .unknownCity(let query, let suggestions): return "unknown city '\(query)'\(E.didYouMean(suggestions))"
    case .noPublishedValue(let indicator, let year, let years):
      return "no value of '\(indicator)' for \(year) (years with one: \(yearList(years)))"
    case .noPublishedIndicator(let indicator, let known, let suggestions):
      return "no indicator '\(indicator)' (it has: \(known.joined(separator: ", ")))\(E.didYouMean(suggestions))"
    case .noNodeToCompare(let indicator, let areas, let suggestions):
      return "the index has no node '\(indicator)' to compare with (its areas: \(areas.joined(separator: ", ")); "
        + "or rank, total)\(E.didYouMean(suggestions))"
    case .sensitivityNotCopeland:
      return "sensitivity analysis supports arithmetic, geometric, harmonic and product aggregation, not copeland"
    case .sensitivityCopelandNode(let id):
      return "sensitivity analysis cannot resample Copeland aggregation, which '\(id)' asks for"
    case .sensitivityNotPrincipalComponents:
      return "sensitivity analysis draws weights around given ones; principal-component weights depend on the data"
    case .notScoredInBoth(let city, let from, let to):
      return "\(city) is not scored in both \(from) and \(to), so the gap's change cannot be measured"
    case .noSharedIndicator(let a, let b, let from, let to):
      return "\(a) and \(b) share no indicator with comparable values in \(from) and \(to), so the gap's change cannot be measured"
    case .notScoredToCompare(let city, let year): return "\(city) is not scored in \(year), so it cannot be compared"
    case .copelandGap:
      return "Copeland aggregation ranks cities against each other, so the gap between two cities cannot be split into contributions"
    case .notRankedToAttribute(let city, let year): return "\(city) is not ranked in \(year), so its change cannot be attributed"
    case .notScoredToMeasure(let city, let year): return "\(city) is not scored in \(year), so its change cannot be measured"
    case .copelandChange:
      return "Copeland aggregation ranks cities against each other, so a city's change cannot be split into contributions"
    case .notRanked(let city, let year): return "\(city) is not ranked in \(year)"
    case .rankOutOfRange(let count, let year, let got):
      return "--rank must be between 1 and \(count), the cities ranked in \(year), got \(got)"
    case .noDataForCity(let city, let year): return "no data for \(city) in \(year)"
    case .sameCity(let a, let b): return "'\(a)' and '\(b)' are the same city"

    case .versusPair(let text): return "--versus takes two cities separated by a comma (München,Hamburg), got '\(text)'"
    case .noScores(let city, let year): return "\(city) has no scores in \(year)"
    case .noYearBefore(let year, let years):
      return "no year before \(year) in the data to compare with (years: \(yearList(years)))"
    case .importNeedsCitiesFile: return "sci import needs a cities file with an ags column (--cities)"
    case .noAGSColumn: return "the cities file has no ags column: official keys cannot find their cities"
    case .cannotCreateFolder(let reason): return "cannot create the folder (\(reason))"
    case .cannotWrite(let reason): return reason
    case .notAReportFolder: return "refusing to replace it: it exists and is not a report folder (no index.html)"
    case .pathLeavesFolder: return "internal error: a report file path leaves the folder"
    case .pngNeedsConverter(let tool): return "--png needs \(tool) from librsvg (Debian: apt-get install librsvg2-bin)"
    case .cannotRun(let reason): return "cannot run it (\(reason))"
    case .toolFailed(let tool, let reason): return "\(tool) failed: \(reason)"
    case .reportKept(let problem, let folder): return problem.english + "; the report in \(folder) is as it was"

    case .workbookNotForTerminal:
      return "a workbook is not for a terminal: give --output FILE.xlsx, or redirect standard output to a file"
    case .optionAtLeast(let option, let least): return "\(option) must be at least \(least)"
    case .optionBetweenZeroAndOne(let option, let got): return "\(option) must be between 0 and 1" + (got.map { ", got \($0)" } ?? "")
    case .badRange(let text): return "--range must be two numbers LO,HI with LO < HI, e.g. 1,100; got '\(text)'"
    case .missingNeedsGroupOption(let method):
      return "--missing \(method) needs --group COLUMN (a column of the cities file, e.g. state)"
    case .citiesContradict: return "--no-cities and --cities contradict each other: give one"
    case .badShareBounds(let lower, let upper, let n):
      return "--bod-shares \(lower),\(upper) admits no weights: each of the \(n) indicators' share must lie in 0–1, the lower bound at most 1/\(n) and the upper at least 1/\(n)"
    case .bodOnlyInRank:
      return "--weights bod gives every city its own weights: only sci rank takes it (the other commands need one set of weights)"
    case .bodSharesWithoutBod: return "--bod-shares goes with --weights bod"
    case .withOnlyOptions: return "--indicator, --other-year, --year and --every-year go with --with FILE"
    case .withTakesNoFromOrCity: return "--with compares one year's ranking with a published one: it takes no --from or --city"
    case .everyYearTakesNoYear:
      return "--every-year compares every published year's ranks: it takes no --year, --to, --other-year or --indicator"
    case .yearAndToDisagree(let year, let to): return "--year \(year) and --to \(to) disagree: give one"
    case .badMap(let entry): return "--map '\(entry)': write CODE=id, e.g. BEVSTD=population"
    case .targetTwice: return "--to and --rank each choose the target: give one"
    case .fromAfterTo(let from, let to): return "--from \(from) is after --to \(to)"
    }
  }
}

/// Phrases the English messages share.
enum EnglishWords {
  /// `1 row`, `3 rows`.
  static func count(_ n: Int, _ one: String, _ many: String? = nil) -> String {
    n == 1 ? "1 \(one)" : "\(n) \(many ?? one + "s")"
  }

  /// ` (and 2 more like it)` after the first of `n`.
  static func more(_ n: Int) -> String { n > 1 ? " (and \(n - 1) more like it)" : "" }

  /// ` (did you mean 'A' or 'B'?)`, or nothing.
  static func didYouMean(_ names: [String]) -> String {
    names.isEmpty ? "" : " (did you mean " + names.map { "'\($0)'" }.joined(separator: " or ") + "?)"
  }

  /// The first five names and `, …` when there are more.
  static func some(_ names: [String]) -> String {
    names.prefix(5).joined(separator: ", ") + (names.count > 5 ? ", …" : "")
  }

  /// `'city' (or 'Stadt')`: a column and its German name where the readers take one.
  static func column(_ name: String) -> String {
    CSVHeader.germanName(of: name).map { "'\(name)' (or '\($0)')" } ?? "'\(name)'"
  }

  static func bounds(_ bounds: Problem.Bounds) -> String {
    switch bounds {
    case .yesNo(let unit): return "0 or 1 (\(unit))"
    case .given(let min, let max):
      return [min.map { "at least \($0.plainText)" }, max.map { "at most \($0.plainText)" }].compactMap { $0 }
        .joined(separator: " and ") + " (the definition's valid_min and valid_max)"
    case .nonNegative(let unit): return "0 or more (\(unit))"
    case .range(let low, let high, let unit): return "\(low.plainText)–\(high.plainText) (\(unit))"
    }
  }

  static func key(_ problem: Problem.KeyProblem) -> String {
    func near(_ nearest: (city: String, ags: String)?) -> String {
      nearest.map { " (\($0.city), AGS \($0.ags), lies in that Kreis)" } ?? ""
    }
    switch problem {
    case .notAKey(let key): return "key '\(key)' is not an official key: 8 digits (AGS), 12 (ARS) or 5 (Kreis)"
    case .agsNotACity(let key, let nearest): return "AGS '\(key)' is none of the cities in the cities file" + near(nearest)
    case .arsNotACity(let key, let ags, let nearest):
      return "ARS '\(key)' (AGS \(ags)) is none of the cities in the cities file" + near(nearest)
    case .kreisNotACity(let key, let nearest):
      return "Kreis key '\(key)' is not a kreisfreie Stadt of the cities file: a Kreis's value is not a city's" + near(nearest)
    case .droppedZero(let key):
      return "key '\(key)' has \(key.utf8.count) digits: a spreadsheet dropped its leading zero; write '0\(key)' (keep the column as text)"
    case .wrongLength(let key): return "key '\(key)' has \(key.utf8.count) digits: an AGS has 8, an ARS 12, a Kreis key 5"
    }
  }
}
