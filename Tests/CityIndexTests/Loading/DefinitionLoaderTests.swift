import Testing

@testable import CityIndex

@Suite struct DefinitionLoaderTests {
  @Test func loadsEveryColumnAndKeepsExtraOnes() throws {
    let definition = try definition(
      """
      id,name,parent,weight,direction,unit,min,max,description,source,owner
      sci,Index,,,,,,,,,
      adm,Verwaltung,sci,2,,,,,Administration,,team a
      online,Online services,adm,1.5,+,%,0,100,Services online,OZG dashboard,
      jam,Congestion,sci,,-,%,,,,,
      """)
    #expect(definition.nodes.map(\.id) == ["sci", "adm", "online", "jam"])
    #expect(definition.leaves.map { definition.nodes[$0].id } == ["online", "jam"])
    #expect(definition.areas.map(\.id) == ["adm", "jam"])
    let online = try #require(definition["online"])
    #expect(online.weight == 1.5)
    #expect(online.direction == .higherIsBetter)
    #expect(online.goalpostMin == 0 && online.goalpostMax == 100)
    #expect(online.source == "OZG dashboard")
    #expect(definition["jam"]?.weight == 1)  // empty weight means 1
    #expect(definition["jam"]?.direction == .lowerIsBetter)
    #expect(definition["adm"]?.extra == ["owner": "team a"])
    #expect(definition.extraColumns == ["owner"])
    #expect(definition.depth == [0, 1, 2, 1])
    #expect(definition.groupsBottomUp.map { definition.nodes[$0].id } == ["adm", "sci"])
  }

  @Test func effectiveWeightsMultiplyDownTheTree() throws {
    // sci → adm (w 3) → {a (w 1), b (w 3)}, sci → c (w 1):
    // a = 3/4 · 1/4 = 0.1875, b = 3/4 · 3/4 = 0.5625, c = 1/4.
    let definition = try definition(
      """
      id,parent,weight,direction
      sci,,,
      adm,sci,3,
      a,adm,1,+
      b,adm,3,+
      c,sci,1,-
      """)
    #expect(definition.effectiveWeights == [0.1875, 0.5625, 0.25])
  }

  @Test(arguments: [
    ("def-unknown-parent.csv", ["bad/def-unknown-parent.csv:9:3: unknown parent 'itk' of 'wifi' (no row has that id)"]),
    ("def-duplicate-id.csv", ["bad/def-duplicate-id.csv:9: duplicate id 'pay' (first defined on line 6)"]),
    (
      "def-cycle.csv",
      ["bad/def-cycle.csv:9: cycle in the hierarchy: x → y → x (each node is its own ancestor)"]
    ),
    (
      "def-no-root.csv",
      [
        "bad/def-no-root.csv: no root: exactly one row needs an empty parent",
        "bad/def-no-root.csv:2: cycle in the hierarchy: sci → adm → sci (each node is its own ancestor)",
      ]
    ),
    (
      "def-two-roots.csv",
      ["bad/def-two-roots.csv:9: several roots ('sci', 'other'): exactly one row may have an empty parent"]
    ),
    (
      "def-bad-weight.csv",
      [
        "bad/def-bad-weight.csv:3:4: weight 'abc' is not a number",
        "bad/def-bad-weight.csv:6:4: weight of 'pay' must be greater than 0, got '0'",
        "bad/def-bad-weight.csv:7:4: weight of 'jam' must be greater than 0, got '-2'",
      ]
    ),
    (
      "def-bad-direction.csv",
      [
        "bad/def-bad-direction.csv:5:5: direction of 'online' must be + (higher is better) or - (lower is better; also –, −, 'höher besser', 'niedriger besser'), got 'up'",
        "bad/def-bad-direction.csv:6:5: indicator 'pay' needs a direction: + (higher is better) or - (lower is better)",
      ]
    ),
    (
      "def-goalposts.csv",
      [
        "bad/def-goalposts.csv:3: goalposts of 'a' need min < max, got min 10 and max 10",
        "bad/def-goalposts.csv:4: goalposts of 'b' need min < max, got min 5 and max 1",
        "bad/def-goalposts.csv:5:8: max 'x' is not a number",
      ]
    ),
    (
      "def-missing-column.csv",
      ["bad/def-missing-column.csv:1: missing required column 'parent' (or 'Oberknoten') (the header has: id, name, weight)"]
    ),
    ("def-empty.csv", ["bad/def-empty.csv: file is empty: a header row is needed"]),
    (
      "def-methods.csv",
      [
        "bad/def-methods.csv:2:7: aggregation of 'sci' must be one of arithmetic, geometric, harmonic, product, copeland, got 'geometrc' (did you mean 'geometric'?)",
        "bad/def-methods.csv:3:6: normalization of 'a' must be one of minmax, goalpost, zscore, percentile, distance-to-target, rank, got 'percentil' (did you mean 'percentile'?)",
        "bad/def-methods.csv:3:9: scale of 'a' must be greater than 0, got '0'",
      ]
    ),
  ])
  func reportsEveryProblemWithItsPlace(file: String, expected: [String]) throws {
    #expect(try definitionMessages("bad/\(file)") == expected)
  }

  @Test func warnsAboutADirectionOnAGroup() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("i.csv", "id,parent,direction\nsci,,\nadm,sci,+\na,adm,+\n")
    let loaded = try DefinitionLoader.load(path: path)
    #expect(loaded.warnings.map(\.message) == ["direction of group 'adm' is ignored: only indicators have one"])
  }

  @Test func rejectsIdsWithSpacesAndARootWithoutChildren() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("i.csv", "id,parent,direction\nmy index,,\n")
    let found = diagnostics { _ = try DefinitionLoader.load(path: path) }
    #expect(found.map(\.message) == [
      "id 'my index' may contain only letters, digits, '_', '.' and '-'",
      "the root 'my index' has no children: an index needs at least one indicator",
    ])
  }
}

@Suite struct DefinitionMethodColumnsTests {
  @Test func readsTargetsDenominatorsAndOwnMethodsAndWarnsWhereTheyDoNotBelong() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "i.csv",
      """
      id,parent,direction,target,denominator,scale,normalization,aggregation
      sci,,,,,,,product
      g,sci,,,,,rank,
      x,g,+,50,population,100000,Distance-To-Target,
      y,g,-,,,,,copeland
      """)
    let loaded = try DefinitionLoader.load(path: path)
    let x = try #require(loaded.value["x"])
    #expect(x.target == 50 && x.denominator == "population" && x.scale == 100_000 && x.normalization == .distanceToTarget)
    #expect(loaded.value["sci"]?.aggregation == .product)
    #expect(loaded.warnings.map(\.description) == [
      "\(path):3:7: warning: normalization of group 'g' is ignored: only indicators have one",
      "\(path):5:8: warning: aggregation of indicator 'y' is ignored: only groups have one",
    ])
  }
}

extension DefinitionMethodColumnsTests {
  @Test func readsMaximumAgesLicencesAndAttributions() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "i.csv",
      """
      id,parent,direction,max_age,licence,attribution
      sci,,,,,
      g,sci,,2,,
      x,g,+,3,CC BY 4.0,"Bundesnetzagentur, Ladesäulenregister"
      y,g,+,0,,
      z,g,+,,,
      """)
    let loaded = try DefinitionLoader.load(path: path)
    #expect(loaded.value["x"]?.maxAge == 3 && loaded.value["y"]?.maxAge == 0 && loaded.value["z"]?.maxAge == nil)
    #expect(loaded.value["x"]?.licence == "CC BY 4.0")
    #expect(loaded.value["x"]?.attribution == "Bundesnetzagentur, Ladesäulenregister")
    #expect(loaded.warnings.map(\.description) == ["\(path):3:4: warning: max_age of group 'g' is ignored: only indicators have one"])
  }

  @Test func readsGermanUnitsAndSourceAddressesAndSwapsTheUnitsForGermanPages() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "i.csv",
      """
      id,parent,direction,unit,unit_de,link
      sci,,,points,Punkte,
      x,sci,+,per 100000 inhabitants,je 100.000 Einwohner,https://example.org/x
      y,sci,+,%,,
      """)
    let definition = try DefinitionLoader.load(path: path).value
    #expect(definition["x"]?.germanUnit == "je 100.000 Einwohner" && definition["x"]?.link == "https://example.org/x")
    #expect(definition["y"]?.germanUnit == "" && definition["y"]?.link == "")
    #expect(definition.extraColumns.isEmpty)
    let german = definition.withGermanUnits()
    #expect(german.nodes.map(\.unit) == ["Punkte", "je 100.000 Einwohner", "%"])
    // Only the units change.
    #expect(german.nodes.map(\.id) == definition.nodes.map(\.id) && german.effectiveWeights == definition.effectiveWeights)
    #expect(german["x"]?.validRange == definition["x"]?.validRange)
  }

  @Test func readsWhetherACityCanActOnAnIndicator() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "i.csv",
      """
      id,parent,direction,lever
      sci,,,
      g,sci,,no
      a,g,+,no
      b,g,+,ja
      c,g,+,
      d,g,+,maybe
      """)
    var messages: [String] = []
    do { _ = try DefinitionLoader.load(path: path) } catch { messages = error.diagnostics.map(\.description) }
    #expect(messages == ["\(path):7:4: lever of 'd' must be yes or no, got 'maybe'"])
    let fixed = try folder.write("j.csv", "id,parent,direction,lever\nsci,,,\ng,sci,,no\na,g,+,no\nb,g,+,ja\nc,g,+,\n")
    let loaded = try DefinitionLoader.load(path: fixed)
    #expect(loaded.value.indicators.map(\.isLever) == [false, true, true])
    #expect(loaded.warnings.map(\.description) == ["\(fixed):3:4: warning: lever of group 'g' is ignored: only indicators have one"])
  }

  @Test func aMaximumAgeIsAWholeNumberOfYears() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("i.csv", "id,parent,direction,max_age\nsci,,,\nx,sci,+,-1\ny,sci,+,2.5\n")
    #expect(diagnostics { _ = try DefinitionLoader.load(path: path) }.map(\.description) == [
      "\(path):3:4: max_age of 'x' must be a whole number of years, 0 or more, got '-1'",
      "\(path):4:4: max_age of 'y' must be a whole number of years, 0 or more, got '2.5'",
    ])
  }

  @Test func aDefinitionAsAGermanDeskWritesIt() throws {
    // German headers, a direction typed as an en dash (Excel's autocorrect of '-'), a minus
    // sign, and in words
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "index.csv",
      "ID;Name;Oberknoten;Gewicht;Richtung;Einheit\nsci;Index;;;;\nv;Verwaltung;sci;1;;\nwarte;Wartezeit;v;1;–;Tage\n"
        + "laerm;Lärm;v;0,5;−;dB\nportal;Portal;v;1;höher besser;ja/nein\nstau;Stau;v;1;niedriger ist besser;h\n")
    let definition = try DefinitionLoader.load(path: path).value
    #expect(definition.indicators.map(\.id) == ["warte", "laerm", "portal", "stau"])
    #expect(definition.indicators.map(\.direction) == [.lowerIsBetter, .lowerIsBetter, .higherIsBetter, .lowerIsBetter])
    #expect(definition["laerm"]?.weight == 0.5 && definition["warte"]?.unit == "Tage")
    #expect(definition["warte"]?.parentID == "v")
  }

  @Test func anUnknownDirectionNamesItsCell() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("index.csv", "id,parent,direction\nsci,,\nx,sci,up\n")
    let errors = diagnostics { _ = try DefinitionLoader.load(path: path) }
    #expect(errors.map(\.description).map { $0.hasSuffix("index.csv:3:3: direction of 'x' must be + (higher is better) or - (lower is better; also –, −, 'höher besser', 'niedriger besser'), got 'up'") } == [true])
  }

  @Test func aRowOfTheWrongLengthNamesTheCellAtFault() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("index.csv", "id,parent,direction\nsci,,\nx,sci,+,extra\ny,sci\n")
    let errors = diagnostics { _ = try DefinitionLoader.load(path: path) }.map(\.description)
    #expect(errors.contains { $0.hasSuffix("index.csv:3:4: row has 4 fields, the header has 3") })
    #expect(errors.contains { $0.hasSuffix("index.csv:4:2: row has 2 fields, the header has 3") })
  }
}
