import Testing

@testable import CityIndex

/// Official keys → cities: AGS, ARS (first 5 + last 3 digits), the Kreis key of a kreisfreie
/// Stadt; keys that lost a leading zero and keys of no city say what to do.
@Suite struct CityKeysTests {
  /// Köln is kreisfrei (05315000); Aachen lies in the Städteregion Aachen (05334), not kreisfrei.
  let keys = CityKeys(
    CityTable(
      cities: ["Köln", "Aachen", "Berlin"], columns: ["ags", "kreisfrei"],
      rows: [["05315000", "1"], ["05334002", "0"], ["11000000", "1"]]))!

  @Test func agsArsAndKreisKeyFindTheCity() {
    #expect(keys.resolve("05315000") == .success("Köln"))
    #expect(keys.resolve("053150000000") == .success("Köln"))  // ARS: 05315 + 0000 + 000
    #expect(keys.resolve("053340002002") == .success("Aachen"))  // ARS 05334 0002 002 → AGS 05334002
    #expect(keys.resolve("05315") == .success("Köln"))
    #expect(keys.resolve("11000") == .success("Berlin"))
  }

  @Test func aKreisThatIsNotAKreisfreieStadtIsNoCity() {
    #expect(
      keys.resolve("05334")
        == .failure(
          .init(
            message:
              "Kreis key '05334' is not a kreisfreie Stadt of the cities file: a Kreis's value is not a city's (Aachen, AGS 05334002, lies in that Kreis)"
          )))
  }

  @Test func lostLeadingZerosAndUnknownKeysSayWhatToDo() {
    #expect(
      keys.resolve("5315000")
        == .failure(.init(message: "key '5315000' has 7 digits: a spreadsheet dropped its leading zero; write '05315000' (keep the column as text)")))
    #expect(keys.resolve("05315001") == .failure(.init(message: "AGS '05315001' is none of the cities in the cities file (Köln, AGS 05315000, lies in that Kreis)")))
    #expect(keys.resolve("09162000") == .failure(.init(message: "AGS '09162000' is none of the cities in the cities file")))
    #expect(keys.resolve("DE-05") == .failure(.init(message: "key 'DE-05' is not an official key: 8 digits (AGS), 12 (ARS) or 5 (Kreis)")))
    #expect(keys.resolve("123") == .failure(.init(message: "key '123' has 3 digits: an AGS has 8, an ARS 12, a Kreis key 5")))
  }

  @Test func namesAgreeUpToCaseUmlautsAndAccents() {
    #expect(CityKeys.agrees("Koeln", with: "Köln"))
    #expect(CityKeys.agrees("KÖLN", with: "Köln"))
    #expect(!CityKeys.agrees("Bonn", with: "Köln"))
  }

  @Test func aTableWithoutAgsHasNoKeys() {
    #expect(CityKeys(CityTable(cities: ["Köln"], columns: ["state"], rows: [["NRW"]])) == nil)
  }
}
