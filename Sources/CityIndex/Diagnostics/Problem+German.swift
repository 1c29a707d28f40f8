/// The German words of every ``Problem``: ids, options, file names and values stay as given;
/// numbers in the text are the user's own (`1.500`) or written as German writes them.
extension Problem {
  var german: String {
    typealias D = GermanWords
    switch self {
    case .noSuchFile: return "Datei nicht gefunden"
    case .permissionDenied: return "Datei kann nicht geöffnet werden: keine Berechtigung"
    case .cannotOpen(let reason): return "Datei kann nicht geöffnet werden: \(reason)"
    case .cannotRead(let reason): return "Datei kann nicht gelesen werden: \(reason)"
    case .isAFolder: return "ist ein Ordner, keine CSV-Datei"
    case .utf16: return "Datei ist UTF-16; als \"CSV UTF-8\" (oder eine andere 8-Bit-CSV) speichern und erneut versuchen"
    case .endlessLine(let megabytes):
      return "eine Zeile länger als \(megabytes) MB (sie endet nicht): ist das eine Tabelle, und die richtige Datei?"
    case .unterminatedQuote: return "Feld in Anführungszeichen ohne Ende: das öffnende Anführungszeichen wird nie geschlossen"
    case .textAfterClosingQuote:
      return "Text nach dem schließenden Anführungszeichen eines Felds (ein Anführungszeichen im Feld wird \"\" geschrieben)"
    case .quoteInUnquotedField:
      return "Anführungszeichen in einem Feld ohne Anführungszeichen (das ganze Feld in Anführungszeichen setzen und das innere als \"\" schreiben)"
    case .cannotParse(let reason): return "nicht lesbar: \(reason)"
    case .notUTF8:
      return "Datei ist kein gültiges UTF-8; als Windows-1252 gelesen (als \"CSV UTF-8\" speichern, um das zu vermeiden)"
    case .fieldCount(let fields, let header):
      return "Zeile hat \(D.count(fields, "Feld", "Felder")), die Kopfzeile \(header)"
    case .emptyFile: return "Datei ist leer: eine Kopfzeile wird gebraucht"
    case .emptyColumnName: return "leerer Spaltenname in der Kopfzeile"
    case .columnTwice(let name, let first): return "Spalte '\(name)' steht zweimal in der Kopfzeile (zuerst in Spalte \(first))"
    case .noDataRows: return "keine Datenzeilen nach der Kopfzeile"

    case .missingColumn(let name, let header, let table):
      let has = header.joined(separator: ", ")
      switch table {
      case .data(let long):
        let hint =
          long
          ? "" : " (eine lange Datei hat city,year,indicator,value; eine breite city,year und eine Spalte je Indikator)"
        return "Pflichtspalte \(D.column(name)) fehlt\(hint); die Kopfzeile hat: \(has)"
      case .published:
        return "Pflichtspalte '\(name)' fehlt: veröffentlichte Zahlen sind lang, city,year,indicator,value (die Kopfzeile hat: \(has))"
      case .other: return "Pflichtspalte \(D.column(name)) fehlt (die Kopfzeile hat: \(has))"
      }
    case .emptyCityName: return "leerer Stadtname"
    case .emptyIndicatorID: return "leere Indikator-ID"
    case .emptyIndicator: return "leerer Indikator"
    case .emptyYear: return "leeres Jahr"
    case .notAFourDigitYear(let text): return "Jahr '\(text)' ist keine vierstellige ganze Zahl"
    case .notAWholeYear(let text): return "Jahr '\(text)' ist keine ganze Zahl"
    case .columnNotANumber(let column, let text): return "\(column) '\(text)' ist keine Zahl"
    case .valueNotANumber(let text): return "Wert '\(text)' ist keine Zahl"
    case .valueNotANumberMissingAs(let text, let comma):
      let hint = comma ? " (ein Dezimalkomma geht nur in Dateien mit ; als Trennzeichen)" : ""
      return "Wert '\(text)' ist keine Zahl\(hint); fehlende Werte als leere Zelle, NA, n/a, - oder . schreiben"
    case .valueNotFinite(let text): return "Wert '\(text)' ist keine endliche Zahl"
    case .valueNotGenesis(let text): return "Wert '\(text)' ist keine Zahl (und kein GENESIS-Zeichen: - . ... x /)"
    case .ambiguousNumber(let text, let point, let thousands, let context):
      let comma = point.plainText.replacingOccurrences(of: ".", with: ",")
      let (prefix, reason, option): (String, String, Bool) =
        switch context {
        case .dataFile(let both?):
          ("", "die Datei hat Dezimalkommas (Zeile \(both.comma)) und Dezimalpunkte (Zeile \(both.point))", true)
        case .dataFile(nil): ("", "kein anderer Wert der Datei sagt, welches", true)
        case .citiesFile: ("", "eine Städtedatei muss es eindeutig schreiben", false)
        case .published: ("", "eine veröffentlichte Zahl muss es eindeutig schreiben", false)
        case .definition(let column, let id): ("\(column) von '\(id)': ", "eine Definition muss es eindeutig schreiben", false)
        }
      return prefix + "Wert '\(text)' kann \(thousands.plainText) (deutscher Tausenderpunkt) oder \(point.plainText) "
        + "(Dezimalpunkt) sein, und \(reason): \(thousands.plainText) oder \(comma) schreiben"
        + (option ? " — oder --decimal comma bzw. --decimal point angeben" : "")
    case .decimalNotAsOption(let text, let option, let count):
      let wanted = option == .comma ? "Dezimalkommas" : "Dezimalpunkte"
      return "Wert '\(text)' folgt nicht --decimal \(option.rawValue): alle Werte der Datei müssen \(wanted) schreiben\(D.more(count))"
    case .decimalMixed(let text, let comma, let usualLine, let usualText, let count):
      return "Wert '\(text)' schreibt ein Dezimal\(comma ? "komma" : "punkt"), die Datei aber \(comma ? "Dezimalpunkte" : "Dezimalkommas") "
        + "(Zeile \(usualLine): '\(usualText)')\(D.more(count)): wie die anderen schreiben oder mit --decimal comma|point angeben"
    case .decimalChosen(let text, let others, let comma, let value, let line):
      let how =
        comma
        ? "mit Tausenderpunkt (\(value.plainText)): die Datei schreibt Dezimalkommas (Zeile \(line))"
        : "mit Dezimalpunkt (\(value.plainText)): die Datei schreibt Dezimalpunkte (Zeile \(line))"
      return "'\(text)'\(others == 0 ? "" : " und \(others) weitere wie dieser") gelesen \(how); --decimal comma|point sagt es ausdrücklich"

    case .keysNeedCitiesFile(let column):
      return "Städte nach amtlichem Schlüssel (\(D.column(column))) brauchen eine Städtedatei mit einer Spalte ags (--cities)"
    case .noIndicatorColumns: return "keine Indikatorspalten: eine breite Datei hat city, year und eine Spalte je Indikator-ID"
    case .unknownIndicator(let id, let file, let suggestions):
      return "unbekannter Indikator '\(id)' (nicht in \(file))\(D.didYouMean(suggestions))"
    case .unknownIndicatorRows(let id, let file, let rows, let wholeColumn, let suggestions):
      let extent = wholeColumn ? "einer Spalte mit \(D.count(rows, "Zeile", "Zeilen"))" : "\(D.count(rows, "Zeile", "Zeilen")) ab hier"
      return "unbekannter Indikator '\(id)' (nicht in \(file)), in \(extent)\(D.didYouMean(suggestions))"
        + "; --ignore-unknown lässt Indikatoren weg, die der Index nicht nutzt"
    case .leftOutIndicators(let file, let named, let more):
      let count = named.count + more
      return "\(count == 1 ? "1 Indikator" : "\(count) Indikatoren") weggelassen, die \(file) nicht hat (--ignore-unknown): "
        + named.map { "'\($0.id)' (\(D.count($0.rows, "Zeile", "Zeilen")))" }.joined(separator: ", ")
        + (more > 0 ? " und \(more) weitere" : "")
    case .groupNotIndicator(let id, let file):
      return "'\(id)' ist in \(file) eine Gruppe, kein Indikator: Daten geben nur Werte von Indikatoren"
    case .duplicateValue(let city, let year, let indicator, let first):
      return "doppelter Wert für (\(city), \(year), \(indicator)): zuerst in \(D.place(first))"
    case .duplicatePublished(let city, let year, let indicator, let line):
      return "doppelter Wert für (\(city), \(year), \(indicator)): zuerst in Zeile \(line)"
    case .noPublishedValues: return "keine Werte: jede Zeile ist leer oder fehlt"
    case .noDataForYear(let year, let years):
      return "keine Daten für das Jahr \(year) (Jahre in den Daten: \(years.isEmpty ? "keine" : yearList(years)))"
    case .yearWithoutData(let year): return "das Jahr \(year) hat keine Daten: jeder Wert fehlt"
    case .dataHasNoRows: return "die Daten haben keine Zeilen, also kein Jahr zum Bewerten"
    case .impossibleValue(let value, let id, let city, let year, let bounds):
      return "Wert \(D.number(value)) von '\(id)' für \(city) in \(year) ist unmöglich: er muss \(D.bounds(bounds)) sein"
    case .moreImpossibleValues(let count, let id, let bounds):
      return "\(count) weitere Werte von '\(id)' sind unmöglich: jeder muss \(D.bounds(bounds)) sein"
    case .cityReadAs(let spelling, let city, let official):
      return "Stadt '\(spelling)' wird als '\(city)' gelesen (\(official ? "der Name der Städtedatei" : "wie die Daten sie zuerst schreiben"))"

    case .emptyKey: return "leerer Schlüssel"
    case .key(let problem, let rows):
      return D.key(problem) + (rows > 0 ? " (in \(D.count(rows, "Zeile", "Zeilen")) ab hier)" : "")
    case .nameDisagreesWithKey(let name, let key, let city):
      return "Stadt '\(name)' passt nicht zu ihrem Schlüssel '\(key)', der \(city) gehört: den Namen oder den Schlüssel korrigieren"

    case .cityTwice(let name, let year, let line, let file):
      let which = year.map { "'\(name)' für \($0)" } ?? "'\(name)'"
      return "Stadt \(which) steht zweimal in der Datei (zuerst in \(file.map { "\($0):\(line)" } ?? "Zeile \(line)"))"
    case .agsDroppedZeros(let text):
      return "ags '\(text)' hat \(text.utf8.count) Ziffern, ein Amtlicher Gemeindeschlüssel 8: eine Tabellenkalkulation hat die "
        + "führenden Nullen entfernt; \(String(repeating: "0", count: max(0, 8 - text.utf8.count)) + text) schreiben (die Spalte als Text formatieren)"
    case .agsInvalid(let text): return "ags '\(text)' ist kein achtstelliger Amtlicher Gemeindeschlüssel"
    case .noCitiesFile(let strict):
      return "keine Städtedatei, daher werden die Städtenamen der Daten nicht geprüft (--cities DATEI angeben"
        + (strict ? ", oder --no-cities, wenn es keine gibt" : "") + ")"
    case .cityNotInFile(let city, let file, let suggestions):
      return "Stadt '\(city)' steht nicht in \(file)\(D.didYouMean(suggestions))"
    case .moreCitiesNotInFile(let count, let total, let file):
      return "\(count) weitere Städte stehen nicht in \(file) (\(total) insgesamt)"
    case .optionNeedsCitiesFile(let option, let column): return "\(option) \(column) braucht eine Städtedatei (--cities)"
    case .noSuchCitiesColumn(let option, let column, let file, let columns):
      return "\(option) \(column): \(file) hat keine solche Spalte (sie hat: \(columns.joined(separator: ", ")))"
    case .populationColumnNeeded: return "um Daten zu simulieren, wird eine Spalte 'population' gebraucht"
    case .noPopulation(let city): return "Stadt '\(city)' hat keine Einwohnerzahl"
    case .peersNeedCitiesFile(let kind): return "Vergleichsgruppen nach \(kind) brauchen eine Städtedatei (--cities)"
    case .noColumnValue(let file, let column, let city): return "\(file) gibt kein \(column) für \(city) an"

    case .noDefinitionRows: return "die Indexdefinition hat keine Zeilen"
    case .emptyID: return "leere ID: jede Zeile braucht eine"
    case .badID(let id): return "ID '\(id)' darf nur Buchstaben, Ziffern, '_', '.' und '-' enthalten"
    case .notOneOf(let column, let id, let known, let got, let suggestions):
      return "\(column) von '\(id)' muss eines von \(known.joined(separator: ", ")) sein, nicht '\(got)'\(D.didYouMean(suggestions))"
    case .weightNotPositive(let id, let got): return "weight von '\(id)' muss größer als 0 sein, nicht '\(got)'"
    case .badDirection(let id, let got):
      return "direction von '\(id)' muss + (höher besser) oder - (niedriger besser; auch –, −, 'höher besser', "
        + "'niedriger besser') sein, nicht '\(got)'"
    case .validRangeReversed(let id, let low, let high):
      return "valid_min von '\(id)' (\(D.number(low))) liegt über valid_max (\(D.number(high)))"
    case .scaleNotPositive(let id, let got): return "scale von '\(id)' muss größer als 0 sein, nicht '\(got)'"
    case .badMaxAge(let id, let got): return "max_age von '\(id)' muss eine ganze Zahl von Jahren sein, 0 oder mehr, nicht '\(got)'"
    case .badLever(let id, let got): return "lever von '\(id)' muss yes oder no sein, nicht '\(got)'"
    case .duplicateID(let id, let line): return "doppelte ID '\(id)' (zuerst in Zeile \(line))"
    case .unknownParent(let parent, let id, let suggestions):
      return "unbekannte Elternzeile '\(parent)' von '\(id)' (keine Zeile hat diese ID)\(D.didYouMean(suggestions))"
    case .ownParent(let id): return "'\(id)' nennt sich selbst als Elternzeile"
    case .noRoot: return "keine Wurzel: genau eine Zeile braucht ein leeres parent"
    case .severalRoots(let names):
      return "mehrere Wurzeln (\(names.map { "'\($0)'" }.joined(separator: ", "))): nur eine Zeile darf ein leeres parent haben"
    case .rootWithoutChildren(let id): return "die Wurzel '\(id)' hat keine Kinder: ein Index braucht mindestens einen Indikator"
    case .directionNeeded(let id): return "Indikator '\(id)' braucht eine direction: + (höher besser) oder - (niedriger besser)"
    case .groupDirectionIgnored(let id): return "direction der Gruppe '\(id)' wird übergangen: nur Indikatoren haben eine"
    case .indicatorAggregationIgnored(let id): return "aggregation des Indikators '\(id)' wird übergangen: nur Gruppen haben eine"
    case .groupFieldIgnored(let field, let id): return "\(field) der Gruppe '\(id)' wird übergangen: nur Indikatoren haben eines"
    case .goalpostsReversed(let id, let low, let high):
      return "die Zielpfosten von '\(id)' brauchen min < max, nicht min \(D.number(low)) und max \(D.number(high))"
    case .cycle(let chain): return "Kreis in der Hierarchie: \(chain) (jeder Knoten ist sein eigener Vorfahr)"
    case .simulationSpecMissing(let id, let kinds):
      return "Indikator '\(id)' braucht sim_kind (\(kinds.joined(separator: ", "))), sim_low und sim_high (low <= high), um simuliert zu werden"

    case .excludeUnknown(let id, let suggestions): return "--exclude: unbekannter Knoten '\(id)'\(D.didYouMean(suggestions))"
    case .excludeRoot(let id): return "--exclude: '\(id)' ist der Index selbst"
    case .excludeLeavesNothing: return "--exclude lässt keinen Indikator zum Bewerten übrig"
    case .optionUnknownNode(let option, let id, let suggestions):
      return "\(option): unbekannter Indikator oder Bereich '\(id)'\(D.didYouMean(suggestions))"

    case .unknownNode(let id, let suggestions): return "unbekannter Knoten '\(id)'\(D.didYouMean(suggestions))"
    case .nodeTwice(let id, let line): return "Knoten '\(id)' steht zweimal in der Datei (zuerst in Zeile \(line))"
    case .noWeightColumn: return "keine Gewichtsspalte neben 'id'"
    case .badWeight(let expert, let id, let got): return "\(expert) gibt '\(id)' '\(got)': ein Gewicht muss eine Zahl ≥ 0 sein"
    case .weightsTogether(let group, let named, let missing):
      return "die Gewichte der Kinder von '\(group)' müssen zusammen angegeben werden: die Datei nennt "
        + "\(named.map { "'\($0)'" }.joined(separator: ", ")), aber nicht \(missing.map { "'\($0)'" }.joined(separator: ", "))"
    case .allWeightsZero(let expert, let group): return "\(expert) gibt jedem Kind von '\(group)' 0 Punkte"

    case .noRegionVariable(let codes):
      return "keine Regionalvariable unter den Variablen des Exports (\(codes)): die Tabelle nach Kreisen oder Gemeinden exportieren"
    case .badTime(let text):
      return "Zeit '\(text)' ist weder ein Jahr noch ein Stichtag (2022, 2022-12-31, 31.12.2022)"
    case .genesisSecondValue(let city, let year, let indicator, let line):
      return "ein zweiter Wert für \(city), \(year), \(indicator) (zuerst in Zeile \(line)): zwei Regionen oder Variablen geben "
        + "denselben Wert einer Stadt; mit --map unterscheiden"
    case .genesisAlsoIn(let city, let year, let indicator, let file, let line):
      return "\(city), \(year), \(indicator) steht auch in \(file) (Zeile \(line)): einen Export je Wert angeben oder einen davon mit --map auf eine andere ID legen"
    case .noRegionIsACity(let regions, let examples):
      return "keine Region des Exports ist eine Stadt der Städtedatei (\(regions) Regionen, z. B. \(examples))"
    case .notFlatFile(let missing):
      return "keine GENESIS-Flatfile-CSV (ffcsv): der Kopfzeile fehlt \(missing.map { "'\($0)'" }.joined(separator: ", ")) "
        + "(die Tabelle als \"Flatfile CSV\" exportieren)"
    case .noVariables: return "keine Variablen: ein ffcsv-Export hat die Spalten 1_variable_code und 1_variable_attribute_code"

    case .noGroupToImpute(let names, let column, let year):
      return "\(names.count == 1 ? "1 Stadt hat" : "\(names.count) Städte haben") kein '\(column)' für die Imputation, "
        + "daher bleiben \(names.count == 1 ? "ihre" : "deren") fehlenden Werte in \(year) fehlend: " + D.some(names)
    case .noValueEver(let id, let year, let first):
      return "Indikator '\(id)' hat keinen Wert für \(year) oder ein früheres Jahr"
        + (first.map { " (seine Werte beginnen im Jahr \($0))" } ?? " (die Daten haben keinen)") + ", daher fehlt er für jede Stadt"
    case .tooOld(let id, let year, let maxAge, let cities, let latest):
      return "Indikator '\(id)' hat für \(D.count(cities, "Stadt", "Städte")) keinen Wert für \(year) innerhalb seines Höchstalters "
        + "von \(D.count(maxAge, "Jahr", "Jahren")) (neuester: \(yearList(latest))), daher \(cities == 1 ? "fehlt ihr Wert" : "fehlen ihre Werte")"
    case .goalpostsNeeded(let id): return "die Normierung mit Zielpfosten braucht min und max für den Indikator '\(id)'"
    case .targetNeeded(let id): return "die Normierung als Abstand zum Ziel braucht ein target für den Indikator '\(id)'"
    case .missingNeedsGroups(let method):
      return "--missing \(method) braucht die Gruppen, innerhalb derer imputiert wird (--group SPALTE der Städtedatei)"
    case .needsPositiveScores(let method, let group, let normalization, let child, let low):
      return "die Aggregation \(method) von '\(group)' braucht Punkte über 0, aber \(normalization) gibt '\(child)' Punkte ab "
        + "\(D.number(low)): --range 1,100 verwenden (oder --aggregation arithmetic)"
    case .sameValueForEveryCity(let id, let year, let top):
      return "Indikator '\(id)' hat \(year.map { "\($0)" } ?? "in jedem Jahr") für jede Stadt denselben Wert: "
        + "jede Stadt erhält darauf \(D.number(top)) Punkte"
    case .dividedNeedsCitiesFile(let id, let attribute):
      return "Indikator '\(id)' wird durch '\(attribute)' geteilt, das braucht eine Städtedatei (--cities)"
    case .noSuchDenominator(let id, let attribute, let file, let columns, let suggestions):
      return "Indikator '\(id)' wird durch '\(attribute)' geteilt, aber \(file) hat keine solche Spalte "
        + "(sie hat: \(columns.joined(separator: ", ")))\(D.didYouMean(suggestions))"
    case .noUsableDenominator(let file, let attribute, let cities, let year, let id):
      let one = cities.count == 1
      return "\(file) gibt kein brauchbares \(attribute) für \(one ? "" : "\(cities.count) Städte: ")\(D.some(cities)) in \(year), "
        + "daher \(one ? "fehlt ihr Wert" : "fehlen ihre Werte") von '\(id)'"
    case .principalComponentsUndefined(let group, let year):
      return "die Hauptkomponenten-Gewichte von '\(group)' sind \(year) nicht bestimmt "
        + "(ein Kind ohne Streuung oder zu wenige vollständige Städte): ihre Kinder werden gleich gewichtet"
    case .nonPositiveScore(let method, let group, let orZero, let city, let score, let child, let year, let rangeHint):
      let hint =
        rangeHint.map {
          "; \($0.normalization) gibt der schwächsten Stadt \(D.number($0.low)), daher --range 1,100 oder --aggregation arithmetic verwenden"
        } ?? ""
      return "die Aggregation \(method) von '\(group)' braucht \(orZero ? "Punkte von 0 oder mehr" : "Punkte über 0"), "
        + "aber \(city) hat \(year) auf '\(child)' \(D.number(score)) Punkte\(hint)"

    case .ambiguousCity(let query, let matches):
      return "Stadt '\(query)' ist mehrdeutig: \(matches.map { "'\($0)'" }.joined(separator: ", "))"
    case .unknownCity(let query, let suggestions): return "unbekannte Stadt '\(query)'\(D.didYouMean(suggestions))"
    case .noPublishedValue(let indicator, let year, let years):
      return "kein Wert von '\(indicator)' für \(year) (Jahre mit einem Wert: \(yearList(years)))"
    case .noPublishedIndicator(let indicator, let known, let suggestions):
      return "kein Indikator '\(indicator)' (vorhanden: \(known.joined(separator: ", ")))\(D.didYouMean(suggestions))"
    case .noNodeToCompare(let indicator, let areas, let suggestions):
      return "der Index hat keinen Knoten '\(indicator)' zum Vergleich (seine Bereiche: \(areas.joined(separator: ", ")); "
        + "oder rank, total)\(D.didYouMean(suggestions))"
    case .sensitivityNotCopeland:
      return "die Sensitivitätsanalyse kann arithmetisch, geometrisch, harmonisch und als Produkt aggregieren, nicht copeland"
    case .sensitivityCopelandNode(let id):
      return "die Sensitivitätsanalyse kann die Copeland-Aggregation nicht neu ziehen, die '\(id)' verlangt"
    case .sensitivityNotPrincipalComponents:
      return "die Sensitivitätsanalyse zieht Gewichte um gegebene herum; Hauptkomponenten-Gewichte hängen von den Daten ab"
    case .notScoredInBoth(let city, let from, let to):
      return "\(city) ist nicht in \(from) und \(to) bewertet, daher lässt sich die Veränderung des Abstands nicht messen"
    case .noSharedIndicator(let a, let b, let from, let to):
      return "\(a) und \(b) haben keinen Indikator mit vergleichbaren Werten in \(from) und \(to) gemeinsam, "
        + "daher lässt sich die Veränderung des Abstands nicht messen"
    case .notScoredToCompare(let city, let year): return "\(city) ist \(year) nicht bewertet und lässt sich daher nicht vergleichen"
    case .copelandGap:
      return "die Copeland-Aggregation rangiert Städte gegeneinander, daher lässt sich der Abstand zweier Städte nicht in Beiträge zerlegen"
    case .notRankedToAttribute(let city, let year):
      return "\(city) ist \(year) nicht im Ranking, daher lässt sich seine Veränderung nicht zuordnen"
    case .notScoredToMeasure(let city, let year):
      return "\(city) ist \(year) nicht bewertet, daher lässt sich seine Veränderung nicht messen"
    case .copelandChange:
      return "die Copeland-Aggregation rangiert Städte gegeneinander, daher lässt sich die Veränderung einer Stadt nicht in Beiträge zerlegen"
    case .notRanked(let city, let year): return "\(city) ist \(year) nicht im Ranking"
    case .rankOutOfRange(let count, let year, let got):
      return "--rank muss zwischen 1 und \(count) liegen, den \(year) gerankten Städten, nicht \(got)"
    case .noDataForCity(let city, let year): return "keine Daten für \(city) in \(year)"
    case .sameCity(let a, let b): return "'\(a)' und '\(b)' sind dieselbe Stadt"

    case .versusPair(let text): return "--versus nimmt zwei Städte, durch ein Komma getrennt (München,Hamburg), nicht '\(text)'"
    case .noScores(let city, let year): return "\(city) hat \(year) keine Punkte"
    case .noYearBefore(let year, let years):
      return "kein Jahr vor \(year) in den Daten zum Vergleich (Jahre: \(yearList(years)))"
    case .importNeedsCitiesFile: return "sci import braucht eine Städtedatei mit einer Spalte ags (--cities)"
    case .noAGSColumn: return "die Städtedatei hat keine Spalte ags: amtliche Schlüssel finden ihre Städte nicht"
    case .cannotCreateFolder(let reason): return "der Ordner kann nicht angelegt werden (\(reason))"
    case .cannotWrite(let reason): return reason
    case .notAReportFolder: return "wird nicht ersetzt: der Ordner besteht und ist kein Berichtsordner (keine index.html)"
    case .pathLeavesFolder: return "interner Fehler: ein Pfad einer Berichtsdatei verlässt den Ordner"
    case .pngNeedsConverter(let tool): return "--png braucht \(tool) aus librsvg (Debian: apt-get install librsvg2-bin)"
    case .cannotRun(let reason): return "lässt sich nicht starten (\(reason))"
    case .toolFailed(let tool, let reason): return "\(tool) fehlgeschlagen: \(reason)"
    case .reportKept(let problem, let folder): return problem.german + "; der Bericht in \(folder) ist unverändert"

    case .workbookNotForTerminal:
      return "eine Arbeitsmappe ist nichts für das Terminal: --output DATEI.xlsx angeben oder die Standardausgabe in eine Datei umleiten"
    case .optionAtLeast(let option, let least): return "\(option) muss mindestens \(least) sein"
    case .optionBetweenZeroAndOne(let option, let got):
      return "\(option) muss zwischen 0 und 1 liegen" + (got.map { ", nicht \($0)" } ?? "")
    case .badRange(let text): return "--range braucht zwei Zahlen LO,HI mit LO < HI, z. B. 1,100; nicht '\(text)'"
    case .missingNeedsGroupOption(let method):
      return "--missing \(method) braucht --group SPALTE (eine Spalte der Städtedatei, z. B. state)"
    case .citiesContradict: return "--no-cities und --cities widersprechen sich: eines angeben"
    case .badShareBounds(let lower, let upper, let n):
      return "--bod-shares \(lower),\(upper) lässt keine Gewichte zu: der Anteil jedes der \(n) Indikatoren muss zwischen 0 und 1 liegen, die untere Grenze höchstens 1/\(n), die obere mindestens 1/\(n)"
    case .bodOnlyInRank:
      return "--weights bod gibt jeder Stadt eigene Gewichte: nur sci rank nimmt es an (die anderen Befehle brauchen einen Satz Gewichte)"
    case .bodSharesWithoutBod: return "--bod-shares gehört zu --weights bod"
    case .withOnlyOptions: return "--indicator, --other-year, --year und --every-year gehören zu --with DATEI"
    case .withTakesNoFromOrCity:
      return "--with vergleicht das Ranking eines Jahres mit einem veröffentlichten: es nimmt kein --from und kein --city"
    case .everyYearTakesNoYear:
      return "--every-year vergleicht die Ränge jedes veröffentlichten Jahres: ohne --year, --to, --other-year oder --indicator"
    case .yearAndToDisagree(let year, let to): return "--year \(year) und --to \(to) widersprechen sich: eines angeben"
    case .badMap(let entry): return "--map '\(entry)': CODE=id schreiben, z. B. BEVSTD=population"
    case .targetTwice: return "--to und --rank wählen beide das Ziel: eines angeben"
    case .fromAfterTo(let from, let to): return "--from \(from) liegt nach --to \(to)"
    }
  }
}

/// Phrases the German messages share.
enum GermanWords {
  /// `1 Zeile`, `3 Zeilen`.
  static func count(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? "1 \(one)" : "\(n) \(many)" }

  /// ` (und 2 weitere wie dieser)` after the first of `n`.
  static func more(_ n: Int) -> String { n > 1 ? " (und \(n - 1) weitere wie dieser)" : "" }

  /// ` (meinten Sie 'A' oder 'B'?)`, or nothing.
  static func didYouMean(_ names: [String]) -> String {
    names.isEmpty ? "" : " (meinten Sie " + names.map { "'\($0)'" }.joined(separator: " oder ") + "?)"
  }

  static func some(_ names: [String]) -> String { EnglishWords.some(names) }

  /// `2,5`: a number of ours, with a decimal comma.
  static func number(_ value: Double) -> String { value.plainText.replacingOccurrences(of: ".", with: ",") }

  /// `line 12` or `file.csv:12` as English writes it → `Zeile 12`, `file.csv:12`.
  static func place(_ english: String) -> String {
    english.hasPrefix("line ") ? "Zeile " + english.dropFirst(5) : english
  }

  /// `'city' (oder 'Stadt')`.
  static func column(_ name: String) -> String {
    CSVHeader.germanName(of: name).map { "'\(name)' (oder '\($0)')" } ?? "'\(name)'"
  }

  static func bounds(_ bounds: Problem.Bounds) -> String {
    switch bounds {
    case .yesNo(let unit): return "0 oder 1 (\(unit))"
    case .given(let min, let max):
      return [min.map { "mindestens \(number($0))" }, max.map { "höchstens \(number($0))" }].compactMap { $0 }
        .joined(separator: " und ") + " (valid_min und valid_max der Definition)"
    case .nonNegative(let unit): return "0 oder mehr (\(unit))"
    case .range(let low, let high, let unit): return "\(number(low))–\(number(high)) (\(unit))"
    }
  }

  static func key(_ problem: Problem.KeyProblem) -> String {
    func near(_ nearest: (city: String, ags: String)?) -> String {
      nearest.map { " (\($0.city), AGS \($0.ags), liegt in diesem Kreis)" } ?? ""
    }
    switch problem {
    case .notAKey(let key): return "Schlüssel '\(key)' ist kein amtlicher Schlüssel: 8 Ziffern (AGS), 12 (ARS) oder 5 (Kreis)"
    case .agsNotACity(let key, let nearest): return "AGS '\(key)' ist keine der Städte der Städtedatei" + near(nearest)
    case .arsNotACity(let key, let ags, let nearest):
      return "ARS '\(key)' (AGS \(ags)) ist keine der Städte der Städtedatei" + near(nearest)
    case .kreisNotACity(let key, let nearest):
      return "Kreisschlüssel '\(key)' ist keine kreisfreie Stadt der Städtedatei: der Wert eines Kreises ist nicht der einer Stadt"
        + near(nearest)
    case .droppedZero(let key):
      return "Schlüssel '\(key)' hat \(key.utf8.count) Ziffern: eine Tabellenkalkulation hat die führende Null entfernt; "
        + "'0\(key)' schreiben (die Spalte als Text behalten)"
    case .wrongLength(let key):
      return "Schlüssel '\(key)' hat \(key.utf8.count) Ziffern: ein AGS hat 8, ein ARS 12, ein Kreisschlüssel 5"
    }
  }
}
