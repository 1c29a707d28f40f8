import CityIndex

/// The words of credits, chart frames and the explained disagreements with a published ranking.
extension Strings {
  var credits: String {
    switch language {
    case .en: "Credits"
    case .de: "Namensnennung"
    }
  }

  /// What the cities file's credit covers, where its line names nothing.
  var namesAndCoordinates: String {
    switch language {
    case .en: "city names, states and coordinates"
    case .de: "Städtenamen, Länder und Koordinaten"
    }
  }

  var mapOutlines: String {
    switch language {
    case .en: "map outlines"
    case .de: "Kartengrundlage"
    }
  }

  /// The map credit in one line, for a chart's foot: `Map: © GeoBasis-DE / BKG 2021 (Daten verändert), dl-de/by-2-0`.
  var mapCreditLine: String {
    switch language {
    case .en: "Map: \(mapCredit), dl-de/by-2-0"
    case .de: "Karte: \(mapCredit), dl-de/by-2-0"
    }
  }

  /// A chart's source line: `Source: Open Smart City Index 2021 (sci), from …`.
  func chartSource(title: String, year: Int) -> String {
    switch language {
    case .en: "Source: \(title) \(year), made with sci from the data credited below"
    case .de: "Quelle: \(title) \(year), mit sci berechnet aus den unten genannten Daten"
    }
  }

  var dataLabel: String {
    switch language {
    case .en: "Data"
    case .de: "Daten"
    }
  }

  /// Before a chart's image files: `Image: ranking.svg, ranking.png`.
  var image: String {
    switch language {
    case .en: "Image"
    case .de: "Grafik"
    }
  }
}
