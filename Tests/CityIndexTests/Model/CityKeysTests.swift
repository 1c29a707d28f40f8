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
      message(keys.resolve("05334"))
        == "Kreis key '05334' is not a kreisfreie Stadt of the cities file: a Kreis's value is not a city's (Aachen, AGS 05334002, lies in that Kreis)")
  }

  @Test func lostLeadingZerosAndUnknownKeysSayWhatToDo() {
    #expect(
      message(keys.resolve("5315000"))
        == "key '5315000' has 7 digits: a spreadsheet dropped its leading zero; write '05315000' (keep the column as text)")
    #expect(message(keys.resolve("05315001")) == "AGS '05315001' is none of the cities in the cities file (Köln, AGS 05315000, lies in that Kreis)")
    #expect(message(keys.resolve("09162000")) == "AGS '09162000' is none of the cities in the cities file")
    #expect(message(keys.resolve("DE-05")) == "key 'DE-05' is not an official key: 8 digits (AGS), 12 (ARS) or 5 (Kreis)")
    #expect(message(keys.resolve("123")) == "key '123' has 3 digits: an AGS has 8, an ARS 12, a Kreis key 5")
    #expect(
      message(keys.resolve("05315001"), in: .de)
        == "AGS '05315001' ist keine der Städte der Städtedatei (Köln, AGS 05315000, liegt in diesem Kreis)")
  }

  /// What a failed lookup says, as a message about one row would start.
  func message(_ result: Result<String, Problem.KeyProblem>, in language: Language = .en) -> String? {
    guard case .failure(let problem) = result else { return nil }
    let text = Problem.key(problem, rows: 1).text(language)
    return String(text.dropLast(language == .de ? " (in 1 Zeile ab hier)".count : " (in 1 row from here)".count))
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
