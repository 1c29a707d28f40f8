import CityIndex

/// The words of the Excel workbooks.
extension Strings {
  var sheetRanking: String { de ? "Rangliste" : "Ranking" }
  var sheetChange: String { de ? "Veränderung" : "Change" }
  var sheetIndicators: String { de ? "Indikatoren" : "Indicators" }
  var sheetMethod: String { de ? "Methode" : "Method" }
  var sheetVintage: String { de ? "Datenstand" : "Data vintage" }
  var state: String { de ? "Land" : "State" }
  var coverageShort: String { de ? "Abdeckung" : "Coverage" }
  func rankIn(_ group: String) -> String { de ? "Rang in \(group)" : "Rank in \(group)" }
  var imputed: String { de ? "Imputiert" : "Imputed" }
  var treated: String { de ? "Behandelt" : "Treated" }
  var carriedShort: String { de ? "Fortgeschrieben" : "Carried" }
  var notRankedBecause: String { de ? "Nicht gewertet, weil" : "Not ranked because" }
  func rankYear(_ year: Int) -> String { de ? "Rang \(year)" : "Rank \(year)" }
  func scoreYear(_ year: Int) -> String { de ? "Punkte \(year)" : "Score \(year)" }
  var placesGained: String { de ? "Plätze gewonnen" : "Places gained" }
  var comparedShareColumn: String { de ? "Verglichener Anteil" : "Share compared" }
  var placesOwnComparable: String { de ? "Plätze: eigene vergleichbare Änderung" : "Places: own comparable change" }
  var placesNotComparable: String { de ? "Plätze: eigene nicht vergleichbare Werte" : "Places: own values not comparable" }
  var placesComposition: String { de ? "Plätze: neue Indikatoren" : "Places: indicators entering" }
  var placesOthers: String { de ? "Plätze: andere Städte" : "Places: other cities" }
  var largestDriver: String { de ? "Größter Einfluss" : "Largest driver" }
  var driverEffect: String { de ? "Wirkung (Punkte)" : "Its effect (points)" }
  func scoreOf(_ name: String) -> String { de ? "\(name) – Punkte" : "\(name) – score" }
  var markedNote: String {
    de
      ? "Kursive Werte stammen aus einem früheren Jahr oder stehen stellvertretend (proxy); der Kommentar der Zelle sagt, welches."
      : "Values in italics come from an earlier year or stand in for the city (proxy); the cell's comment says which."
  }
  var setting: String { de ? "Einstellung" : "Setting" }
  var share: String { de ? "Anteil am Index" : "Share of the index" }
  var licence: String { de ? "Lizenz" : "Licence" }
  var attribution: String { de ? "Namensnennung" : "Attribution" }
  var covers: String { de ? "Gilt für" : "Covers" }
  var command: String { de ? "Befehl" : "Command" }
  var inputFile: String { de ? "Eingabedatei" : "Input file" }
  var source: String { de ? "Quelle" : "Source" }
  var workbookLink: String { de ? "Die Rangliste als Excel-Arbeitsmappe" : "The ranking as an Excel workbook" }
  var workbookContents: String {
    de
      ? "Rangliste, Veränderung, jeder Indikator je Stadt (Rohwert und Punkte) und die Methode"
      : "ranking, change, every indicator per city (raw value and score) and the method"
  }
}
