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
