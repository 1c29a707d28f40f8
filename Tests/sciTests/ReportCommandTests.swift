import Foundation
import Testing

@Suite struct ReportCommandTests {
  let index = SCIRunner.fixture("good/index.csv")
  let data = SCIRunner.fixture("good/clean.csv")

  func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("sci-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Every file under `folder`, by relative path.
  func snapshot(_ folder: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let manager = FileManager.default
    let paths = (manager.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
    for path in paths {
      var isDirectory: ObjCBool = false
      let url = folder.appendingPathComponent(path)
      if manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
        result[path] = try Data(contentsOf: url)
      }
    }
    return result
  }

  @Test func writesTheOverviewAndAProfilePerCity() throws {
    let out = try temporaryFolder().appendingPathComponent("reports")
    let run = try SCIRunner.run(["report", "--index", index, "--data", data, "--out", out.path])
    #expect(run.status == 0, "\(run.stderr)")
    let files = try snapshot(out)
    for name in ["index.html", "index.md", "charts/ranking.svg", "charts/areas.svg"] {
      #expect(files[name] != nil, "\(name)")
    }
    for city in ["muenchen", "koeln", "duesseldorf", "nuernberg"] {
      #expect(files["cities/\(city).html"] != nil && files["cities/\(city).md"] != nil, "\(city)")
    }
    let html = String(decoding: files["index.html"] ?? Data(), as: UTF8.self)
    #expect(html.contains("München leads the Mini Index 2023 with 91.7 points, 18.7 ahead of Düsseldorf."))
    #expect(!html.contains("simulated data"))  // the fixture data is not marked simulated
  }

  /// `--weights optimised`: the report is scored with the weights found and its methodology says
  /// so, with how close the fit came.
  @Test func optimisedWeightsAreUsedAndSaidSo() throws {
    let out = try temporaryFolder().appendingPathComponent("reports")
    let run = try SCIRunner.run(["report", "--index", index, "--data", data, "--weights", "optimised", "--no-briefs", "--out", out.path])
    #expect(run.status == 0, "\(run.stderr)")
    let md = try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8)
    #expect(md.contains("- **Weights:** optimised: chosen so that each indicator's measured influence matches its share in the definition — "))
    #expect(md.contains("largest difference"))
  }

  @Test func twoRunsGiveTheSameBytes() throws {
    let out = try temporaryFolder().appendingPathComponent("reports")
    let arguments = ["report", "--index", index, "--data", data, "--out", out.path, "--lang", "de"]
    #expect(try SCIRunner.run(arguments).status == 0)
    let first = try snapshot(out)
    #expect(try SCIRunner.run(arguments).status == 0)
    #expect(try snapshot(out) == first)
    let html = String(decoding: first["index.html"] ?? Data(), as: UTF8.self)
    #expect(html.contains("<html lang=\"de\">"))
    #expect(html.contains("München führt den Mini Index 2023 mit 91,7 Punkten an"))
  }

  @Test func aFailingRunLeavesThePreviousReportUntouched() throws {
    let parent = try temporaryFolder()
    let out = parent.appendingPathComponent("reports")
    #expect(try SCIRunner.run(["report", "--index", index, "--data", data, "--out", out.path]).status == 0)
    let before = try snapshot(out)
    let failed = try SCIRunner.run([
      "report", "--index", index, "--data", data, "--out", out.path, "--aggregation", "geometric",
    ])
    #expect(failed.status == 1)
    #expect(try snapshot(out) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["reports"])  // no staging left over
  }

  @Test func refusesToReplaceAFolderThatIsNotAReport() throws {
    let folder = try temporaryFolder()
    try Data("keep me".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    let run = try SCIRunner.run(["report", "--index", index, "--data", data, "--out", folder.path])
    #expect(run.status == 1)
    #expect(run.stderr.contains("refusing to replace it"))
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
  }
}

extension ReportCommandTests {
  /// The overview is explorable where the page can re-compute exactly, and says why not where
  /// it cannot (issue 13); without JavaScript the controls stay hidden.
  @Test func slidersWhereThePageCanRecomputeAndAReasonWhereItCannot() throws {
    let out = try temporaryFolder().appendingPathComponent("reports")
    #expect(try SCIRunner.run(["report", "--index", index, "--data", data, "--out", out.path]).status == 0)
    let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(html.contains("<div id=\"explore\" class=\"explore\" hidden=\"hidden\">"))
    #expect(html.contains("<input type=\"range\" id=\"weight-adm\" name=\"weight-adm\" min=\"0\" max=\"5\" step=\"0.1\" value=\"1.0\""))
    #expect(html.contains("<table id=\"ranking-table\">"))
    #expect(html.contains("<tr data-city=\"München\" data-state=\"Bayern\"><td class=\"num rank\">1</td>"))
    let copeland = try temporaryFolder().appendingPathComponent("reports")
    #expect(try SCIRunner.run(["report", "--index", index, "--data", data, "--aggregation", "copeland", "--out", copeland.path]).status == 0)
    let page = try String(contentsOf: copeland.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(!page.contains("type=\"range\""))
    #expect(page.contains("Other weights cannot be tried here: Copeland aggregation compares cities pair by pair"))
  }
}

/// The report's "how to reproduce" line is built from the same option groups as the parser: run
/// again, it gives the same report, and it keeps every option given (issue 25: it left out
/// --decimal and --ignore-unknown).
@Suite struct ReproduceLineTests {
  func line(in folder: URL) throws -> String {
    let markdown = try String(contentsOf: folder.appendingPathComponent("index.md"), encoding: .utf8)
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(lines.firstIndex { $0.hasPrefix("### How to reproduce") })
    return lines[start + 3]
  }

  @Test func theLineRunsAgainToTheSameReport() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("sci-reproduce-\(UUID().uuidString)")
    let first = base.appendingPathComponent("first")
    let run = try SCIRunner.run(
      ["report", "--out", first.path, "--no-briefs", "--decimal", "comma", "--ignore-unknown", "--drop-flag", "proxy", "--max-age", "2"],
      environment: ["SOURCE_DATE_EPOCH": "1764720000"])
    #expect(run.status == 0, "\(run.stderr)")
    let printed = try line(in: first)
    for option in ["--decimal comma", "--ignore-unknown", "--drop-flag proxy", "--max-age 2", "--cities "] {
      #expect(printed.contains(option), "\(option)")
    }
    // The same arguments (quotes undone), into another folder: the same line but for --out, and
    // the same bytes in every file.
    let second = base.appendingPathComponent("second")
    var arguments = try #require(shellWords(printed)).dropFirst().map { $0 }
    let out = try #require(arguments.firstIndex(of: "--out"))
    arguments[out + 1] = second.path
    let again = try SCIRunner.run(arguments, environment: ["SOURCE_DATE_EPOCH": "1764720000"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(try line(in: second) == printed.replacingOccurrences(of: first.path, with: second.path))
    let a = try String(contentsOf: first.appendingPathComponent("cities/hamburg.md"), encoding: .utf8)
    let b = try String(contentsOf: second.appendingPathComponent("cities/hamburg.md"), encoding: .utf8)
    #expect(a == b)
  }

  /// `a 'b c' 'it'\''s'` → ["a", "b c", "it's"]: the quoting `shellQuoted` writes.
  func shellWords(_ line: String) -> [String]? {
    var words: [String] = []
    var current = ""
    var quoted = false
    var any = false
    var i = line.startIndex
    while i < line.endIndex {
      let c = line[i]
      if quoted {
        if c == "'" { quoted = false } else { current.append(c) }
      } else if c == "'" {
        quoted = true
        any = true
      } else if c == "\\" {
        i = line.index(after: i)
        if i < line.endIndex { current.append(line[i]) }
      } else if c == " " {
        if any || !current.isEmpty { words.append(current) }
        current = ""
        any = false
      } else {
        current.append(c)
      }
      i = line.index(after: i)
    }
    if any || !current.isEmpty { words.append(current) }
    return quoted ? nil : words
  }
}
