import CityIndex
import Foundation

/// What makes the overview explorable when JavaScript runs: sliders for the area weights that
/// re-score and re-rank at once (exactly as `sci rank --weights` would), sorting by any column,
/// a filter by city or state, the weights in the URL fragment. Without JavaScript none of it
/// shows (the controls are `hidden`) and the page is the static report.
extension HTMLReport {
  /// Whether the page can re-compute the totals from the area scores for other area weights:
  /// the areas are combined by a formula of their own scores (not Copeland, which compares
  /// cities), on the 0–100 scale, with the definition's weights below the areas.
  static func canReweight(_ o: Overview) -> Bool {
    [.arithmetic, .geometric, .harmonic, .product].contains(o.rootAggregation) && o.options.range == 0...100
      && o.options.weighting == .definition && o.areas.count > 1
  }

  /// The controls (hidden until the script shows them), or the reason there are none.
  static func explorer(_ o: Overview, _ s: Strings) -> [Node] {
    let l = o.language
    var controls: [Node] = []
    if canReweight(o) {
      let sliders = zip(o.areas, o.areaWeights).map { area, weight -> Node in
        .el(
          "div", ["class": "weight"], .el("label", ["for": "weight-\(area.id)"], .text(area.name)),
          .element(
            "input",
            [
              ("type", "range"), ("id", "weight-\(area.id)"), ("name", "weight-\(area.id)"), ("min", "0"),
              ("max", SVG.n(max(5, weight * 5))), ("step", "0.1"), ("value", CSVText.number(weight)),
              ("data-default", CSVText.number(weight)),
            ], []),
          .element("output", [("for", "weight-\(area.id)")], [.text(l.number(weight))]))
      }
      controls.append(
        .el(
          "fieldset", ["class": "weights"], .el("legend", [:], .text(s.weightsLegend)),
          .group(sliders), .el("button", ["type": "button", "id": "reset-weights"], .text(s.resetWeights))))
      controls.append(.el("p", ["class": "kicker"], .text(s.weightsNote(o.rootAggregation))))
    }
    controls.append(
      .el(
        "label", ["class": "filter"], .el("span", [:], .text(s.filterLabel)),
        .element("input", [("type", "search"), ("id", "filter"), ("autocomplete", "off")], [])))
    controls.append(.el("p", ["id": "announce", "class": "announce", "aria-live": "polite"]))
    var nodes: [Node] = [.element("div", [("id", "explore"), ("class", "explore"), ("hidden", "hidden")], controls)]
    if !canReweight(o) && o.areas.count > 1 {
      nodes.append(.el("p", ["class": "kicker"], .text(s.noReweighting(o.rootAggregation, weighting: o.options.weighting))))
    }
    nodes.append(dataScript(o, s))
    return nodes
  }

  /// The data the script needs, as JSON no name can break out of (``Escaping/scriptJSON(_:)``).
  static func dataScript(_ o: Overview, _ s: Strings) -> Node {
    struct Payload: Encodable {
      struct Area: Encodable { var id, name: String; var weight: Double }
      struct City: Encodable {
        var city: String
        var state: String?
        var rank: Int
        var total: Double
        var areas: [Double?]
      }
      var aggregation: String
      var reweight: Bool
      var decimalComma: Bool
      var areas: [Area]
      var cities: [City]
      var text: [String: String]
    }
    let payload = Payload(
      aggregation: o.rootAggregation.rawValue, reweight: canReweight(o), decimalComma: o.language == .de,
      areas: zip(o.areas, o.areaWeights).map { Payload.Area(id: $0.0.id, name: $0.0.name, weight: $0.1) },
      cities: o.rows.map { row in
        Payload.City(city: row.city, state: row.state, rank: row.rank, total: row.total, areas: row.areas.map { $0.isNaN ? nil : $0 })
      },
      text: s.explorerText)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let json = (try? encoder.encode(payload)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    return .element("script", [("type", "application/json"), ("id", "sci-data")], [.trusted(Escaping.scriptJSON(json))])
  }

  /// The page's script: plain, inline, no `eval`, no external loads.
  static let explorerScript = """
    (function () {
      "use strict";
      var node = document.getElementById("sci-data");
      var table = document.getElementById("ranking-table");
      var panel = document.getElementById("explore");
      if (!node || !table || !panel) { return; }
      var data = JSON.parse(node.textContent);
      var body = table.tBodies[0];
      var rowOf = {};
      Array.prototype.forEach.call(body.rows, function (tr) { rowOf[tr.getAttribute("data-city")] = tr; });
      var cities = data.cities;
      var published = {};
      cities.forEach(function (c) { published[c.city] = c.rank; });
      var defaults = data.areas.map(function (a) { return a.weight; });
      var sliders = data.areas.map(function (a) { return panel.querySelector("input[name='weight-" + a.id + "']"); });
      var announce = document.getElementById("announce");
      var filter = document.getElementById("filter");
      var circles = {};
      Array.prototype.forEach.call(document.querySelectorAll("#chart-map circle[data-city]"), function (c) {
        circles[c.getAttribute("data-city")] = c;
      });
      var T = data.text;
      panel.hidden = false;

      function fmt(x, d) {
        if (x === null || isNaN(x)) { return "–"; }
        var t = (Math.round(x * Math.pow(10, d)) / Math.pow(10, d)).toFixed(d);
        if (t.charAt(0) === "-") { t = "−" + t.slice(1); }
        return data.decimalComma ? t.replace(".", ",") : t;
      }

      // The same arithmetic as the engine (Scoring/Aggregation.swift), child by child in order:
      // a missing area is left out and the others' weights count alone; weight 0 leaves one out.
      function combine(scores, w) {
        var total = 0, sum = 0, i, s;
        if (data.aggregation === "product") {
          var present = 0;
          for (i = 0; i < scores.length; i++) {
            s = scores[i];
            if (s === null || w[i] === 0) { continue; }
            if (s < 0) { return NaN; }
            total += w[i]; present += 1;
          }
          if (present === 0 || total <= 0) { return NaN; }
          var mean = total / present, product = 1;
          for (i = 0; i < scores.length; i++) {
            s = scores[i];
            if (s === null || w[i] === 0) { continue; }
            product *= w[i] === mean ? s : Math.pow(s, w[i] / mean);
          }
          return product;
        }
        for (i = 0; i < scores.length; i++) {
          s = scores[i];
          if (s === null || w[i] === 0) { continue; }
          if (data.aggregation === "arithmetic") { sum += w[i] * s; }
          else if (data.aggregation === "geometric") { if (s <= 0) { return NaN; } sum += w[i] * Math.log(s); }
          else { if (s <= 0) { return NaN; } sum += w[i] / s; }
          total += w[i];
        }
        if (total <= 0) { return NaN; }
        if (data.aggregation === "arithmetic") { return sum / total; }
        if (data.aggregation === "geometric") { return Math.exp(sum / total); }
        return total / sum;
      }

      // Competition ranks as the engine gives them: one more than the cities more than 1e-9 ahead.
      function ranks(totals) {
        var sorted = totals.filter(function (t) { return !isNaN(t); }).sort(function (a, b) { return b - a; });
        return totals.map(function (t) {
          if (isNaN(t)) { return null; }
          var low = 0, high = sorted.length;
          while (low < high) { var mid = (low + high) >> 1; if (sorted[mid] > t + 1e-9) { low = mid + 1; } else { high = mid; } }
          return low + 1;
        });
      }

      // Viridis, as the charts colour scores (Charts/Palette.swift).
      var viridis = [[68,1,84],[71,45,123],[59,82,139],[44,114,142],[33,145,140],[40,174,128],[94,201,98],[173,220,48],[253,231,37]];
      function colour(t) {
        var x = Math.min(1, Math.max(0, isNaN(t) ? 0 : t)) * 8, i = Math.min(Math.floor(x), 7), f = x - i;
        return "#" + [0, 1, 2].map(function (k) {
          var v = Math.round(viridis[i][k] + (viridis[i + 1][k] - viridis[i][k]) * f).toString(16);
          return v.length === 1 ? "0" + v : v;
        }).join("");
      }

      var shiftHeader = null;
      function showShifts() {
        if (shiftHeader) { return; }
        shiftHeader = document.createElement("th");
        shiftHeader.className = "num shift";
        shiftHeader.scope = "col";
        shiftHeader.textContent = T.shift;
        var head = table.tHead.rows[0];
        head.insertBefore(shiftHeader, head.cells[1]);
        sortable(shiftHeader);
        Array.prototype.forEach.call(body.rows, function (tr) {
          var td = document.createElement("td");
          td.className = "num shift";
          tr.insertBefore(td, tr.cells[1]);
        });
      }

      function weights() { return sliders.map(function (s) { return s ? Number(s.value) : 0; }); }

      function apply(w, quiet) {
        var totals = cities.map(function (c) { return combine(c.areas, w); });
        var r = ranks(totals);
        var order = cities.map(function (c, i) { return i; }).filter(function (i) { return r[i] !== null; });
        order.sort(function (a, b) { return r[a] - r[b] || (cities[a].city < cities[b].city ? -1 : cities[a].city > cities[b].city ? 1 : 0); });
        var changed = w.some(function (x, i) { return x !== defaults[i]; });
        if (changed) { showShifts(); }
        // Plausible ranks belong to the published weights: they give way while others apply.
        table.classList.toggle("reweighted", changed);
        order.forEach(function (i) {
          var c = cities[i], tr = rowOf[c.city];
          if (!tr) { return; }
          tr.querySelector(".rank").textContent = String(r[i]);
          var score = tr.querySelector("[data-score]");
          score.setAttribute("data-score", String(totals[i]));
          score.textContent = fmt(totals[i], 1);
          if (shiftHeader) {
            var shift = published[c.city] - r[i];
            var cell = tr.querySelector("td.shift");
            cell.textContent = shift > 0 ? "▲\\u00a0" + shift : shift < 0 ? "▼\\u00a0" + (-shift) : "–";
            cell.className = "num shift" + (shift > 0 ? " up" : shift < 0 ? " down" : "");
          }
          body.appendChild(tr);
          var dot = circles[c.city];
          if (dot) { dot.setAttribute("fill", colour(totals[i] / 100)); dot.setAttribute("data-score", String(totals[i])); }
        });
        sortState = null;
        markSorted(null, null);
        if (!quiet && order.length) {
          var lead = cities[order[0]];
          announce.textContent = T.leader.replace("%city", lead.city).replace("%score", fmt(totals[order[0]], 1));
        }
        for (var k = 0; k < sliders.length; k++) {
          if (!sliders[k]) { continue; }
          var out = sliders[k].parentNode.querySelector("output");
          if (out) { out.textContent = fmt(w[k], 1); }
        }
      }

      function fragment(w) {
        var changed = w.some(function (x, i) { return x !== defaults[i]; });
        var url = location.pathname + location.search;
        if (changed) { url += "#weights=" + data.areas.map(function (a, i) { return a.id + ":" + w[i]; }).join(","); }
        history.replaceState(null, "", url);
      }

      function fromFragment() {
        var m = /^#weights=(.*)$/.exec(location.hash);
        if (!m) { return null; }
        var w = defaults.slice();
        decodeURIComponent(m[1]).split(",").forEach(function (part) {
          var kv = part.split(":"), i = data.areas.map(function (a) { return a.id; }).indexOf(kv[0]), v = Number(kv[1]);
          if (i >= 0 && kv.length === 2 && isFinite(v) && v >= 0) { w[i] = v; }
        });
        return w;
      }

      if (data.reweight) {
        sliders.forEach(function (s) {
          if (!s) { return; }
          s.addEventListener("input", function () { var w = weights(); apply(w, false); fragment(w); });
        });
        document.getElementById("reset-weights").addEventListener("click", function () {
          sliders.forEach(function (s, i) { if (s) { s.value = String(defaults[i]); } });
          apply(defaults, false);
          fragment(defaults);
        });
        var initial = fromFragment();
        if (initial) {
          sliders.forEach(function (s, i) { if (s) { s.value = String(initial[i]); } });
          apply(initial, false);
        }
        window.addEventListener("hashchange", function () {
          var w = fromFragment() || defaults;
          sliders.forEach(function (s, i) { if (s) { s.value = String(w[i]); } });
          apply(w, false);
        });
      }

      // Sorting by any column: a button in each header, so that the keyboard reaches it.
      var sortState = null;
      function markSorted(th, dir) {
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) {
          if (h === th) { h.setAttribute("aria-sort", dir); } else { h.removeAttribute("aria-sort"); }
        });
      }
      function cellValue(tr, index) {
        var cell = tr.cells[index];
        var scored = cell.querySelector("[data-score]") || (cell.hasAttribute("data-score") ? cell : null);
        if (scored) { return Number(scored.getAttribute("data-score")); }
        var text = cell.textContent.replace("−", "-").replace("▲\\u00a0", "").replace(",", ".");
        if (cell.textContent.indexOf("▼") === 0) { text = "-" + text.replace("▼\\u00a0", ""); }
        var n = parseFloat(text);
        return isNaN(n) || !/^[-0-9.]/.test(text) ? cell.textContent : n;
      }
      Array.prototype.forEach.call(table.tHead.rows[0].cells, sortable);
      function sortable(th) {
        var label = th.textContent;
        var button = document.createElement("button");
        button.type = "button";
        button.className = "sort";
        button.textContent = label;
        th.textContent = "";
        th.appendChild(button);
        button.addEventListener("click", function () {
          var index = Array.prototype.indexOf.call(th.parentNode.cells, th);
          var dir = sortState && sortState.th === th && sortState.dir === "ascending" ? "descending" : "ascending";
          sortState = { th: th, dir: dir };
          var list = Array.prototype.slice.call(body.rows);
          list.sort(function (a, b) {
            var x = cellValue(a, index), y = cellValue(b, index), c;
            if (typeof x === "number" && typeof y === "number") { c = x - y; }
            else { c = String(x).localeCompare(String(y), document.documentElement.lang); }
            return dir === "ascending" ? c : -c;
          });
          list.forEach(function (tr) { body.appendChild(tr); });
          markSorted(th, dir);
        });
      }

      // Filtering by city or state, accents and case aside.
      function fold(text) { return text.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase(); }
      var states = {};
      cities.forEach(function (c) { states[c.city] = c.state || ""; });
      filter.addEventListener("input", function () {
        var q = fold(filter.value.trim()), shown = 0;
        Array.prototype.forEach.call(body.rows, function (tr) {
          var city = tr.getAttribute("data-city");
          var match = !q || fold(city).indexOf(q) >= 0 || fold(states[city] || "").indexOf(q) >= 0;
          tr.hidden = !match;
          if (match) { shown += 1; }
        });
        announce.textContent = q ? T.shown.replace("%n", String(shown)) : "";
      });
    })();
    """
}
