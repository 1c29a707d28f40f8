// The overview's explorer: sliders for the area weights that re-score and re-rank at once —
// both years, so that "± since" follows the reader's weights exactly as `sci rank` and
// `sci compare` with a weights file of those weights would — sorting by any column, a filter by
// city or state, the weights in the URL fragment. Embedded into the page at build time
// (Package.swift: .embedInCode); plain, no eval, no external loads. Without JavaScript the page
// is the static report. The pure functions are exported for Node (Tests/explorer/).
(function () {
  "use strict";

  var SCI = {};

  // The same arithmetic as the engine (Scoring/Aggregation.swift), child by child in order:
  // a missing score (null) or a weight of 0 leaves a child out, the others' weights count alone.
  SCI.combine = function (aggregation, scores, w) {
    var total = 0, sum = 0, i, s;
    if (aggregation === "product") {
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
      if (aggregation === "arithmetic") { sum += w[i] * s; }
      else if (aggregation === "geometric") { if (s <= 0) { return NaN; } sum += w[i] * Math.log(s); }
      else { if (s <= 0) { return NaN; } sum += w[i] / s; }
      total += w[i];
    }
    if (total <= 0) { return NaN; }
    if (aggregation === "arithmetic") { return sum / total; }
    if (aggregation === "geometric") { return Math.exp(sum / total); }
    return total / sum;
  };

  // Competition ranks as the engine gives them: one more than the cities more than 1e-9 ahead;
  // null for a city without a total.
  SCI.ranks = function (totals) {
    var sorted = totals.filter(function (t) { return !isNaN(t); }).sort(function (a, b) { return b - a; });
    return totals.map(function (t) {
      if (isNaN(t)) { return null; }
      var low = 0, high = sorted.length;
      while (low < high) { var mid = (low + high) >> 1; if (sorted[mid] > t + 1e-9) { low = mid + 1; } else { high = mid; } }
      return low + 1;
    });
  };

  // Each city's rank under the weights w, by name: {city: rank}.
  SCI.rankByCity = function (aggregation, cities, w) {
    var r = SCI.ranks(cities.map(function (c) { return SCI.combine(aggregation, c.areas, w); }));
    var result = {};
    cities.forEach(function (c, i) { if (r[i] !== null) { result[c.city] = r[i]; } });
    return result;
  };

  // Places gained since the previous year under the weights w, as `sci compare` gives
  // rank_change: the previous year's rank minus this year's, each year ranked on its own area
  // scores with the same weights; null for a city not ranked in both.
  SCI.sinceChanges = function (aggregation, previous, current, w) {
    var before = SCI.rankByCity(aggregation, previous, w), now = SCI.rankByCity(aggregation, current, w), result = {};
    current.forEach(function (c) {
      result[c.city] = before[c.city] !== undefined && now[c.city] !== undefined ? before[c.city] - now[c.city] : null;
    });
    return result;
  };

  // `#weights=verwaltung:0.5,it:1` → weights in the areas' order; ids not in the list, values
  // that are not numbers ≥ 0 and a fragment of another kind leave the defaults.
  SCI.weightsFromFragment = function (hash, ids, defaults) {
    var m = /^#weights=(.*)$/.exec(hash);
    if (!m) { return null; }
    var w = defaults.slice();
    decodeURIComponent(m[1]).split(",").forEach(function (part) {
      var kv = part.split(":"), i = ids.indexOf(kv[0]), v = Number(kv[1]);
      if (i >= 0 && kv.length === 2 && kv[1] !== "" && isFinite(v) && v >= 0) { w[i] = v; }
    });
    return w;
  };

  // `84.5`, `−3.0` (a real minus), `84,5` with a decimal comma; `–` when missing.
  SCI.format = function (x, decimals, decimalComma) {
    if (x === null || x === undefined || isNaN(x)) { return "–"; }
    var t = (Math.round(x * Math.pow(10, decimals)) / Math.pow(10, decimals)).toFixed(decimals);
    if (t.charAt(0) === "-") { t = "−" + t.slice(1); }
    return decimalComma ? t.replace(".", ",") : t;
  };

  // `▲ 3`, `▼ 2`, `–`, or the word for a city not ranked the year before.
  SCI.rankChange = function (change, newWord) {
    if (change === null || change === undefined) { return newWord; }
    return change > 0 ? "▲\u00a0" + change : change < 0 ? "▼\u00a0" + (-change) : "–";
  };

  if (typeof module !== "undefined" && module.exports) { module.exports = SCI; }
  if (typeof document === "undefined") { return; }

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
  var ids = data.areas.map(function (a) { return a.id; });
  var sliders = data.areas.map(function (a) { return panel.querySelector("input[name='weight-" + a.id + "']"); });
  var announce = document.getElementById("announce");
  var filter = document.getElementById("filter");
  var atPublished = document.getElementById("at-published");
  var leaderFigure = document.getElementById("figure-leader");
  var circles = {};
  Array.prototype.forEach.call(document.querySelectorAll("#chart-map circle[data-city]"), function (c) {
    circles[c.getAttribute("data-city")] = c;
  });
  var T = data.text;
  panel.hidden = false;

  function fmt(x, d) { return SCI.format(x, d, data.decimalComma); }

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

  // The published ± cells (with their ¹ marks), to put back at the published weights.
  var publishedSince = {};
  Array.prototype.forEach.call(body.rows, function (tr) {
    var cell = tr.querySelector("td.since");
    if (cell) { publishedSince[tr.getAttribute("data-city")] = { text: cell.textContent, className: cell.className }; }
  });

  function apply(w, quiet) {
    var totals = cities.map(function (c) { return SCI.combine(data.aggregation, c.areas, w); });
    var r = SCI.ranks(totals);
    var order = cities.map(function (c, i) { return i; }).filter(function (i) { return r[i] !== null; });
    order.sort(function (a, b) { return r[a] - r[b] || (cities[a].city < cities[b].city ? -1 : cities[a].city > cities[b].city ? 1 : 0); });
    var changed = w.some(function (x, i) { return x !== defaults[i]; });
    if (changed) { showShifts(); }
    var since = data.previous ? SCI.sinceChanges(data.aggregation, data.previous, cities, w) : null;
    // Plausible ranks belong to the published weights: they give way while others apply.
    table.classList.toggle("reweighted", changed);
    if (atPublished) { atPublished.hidden = !changed; }
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
        cell.textContent = SCI.rankChange(shift, "–");
        cell.className = "num shift" + (shift > 0 ? " up" : shift < 0 ? " down" : "");
      }
      var sinceCell = tr.querySelector("td.since");
      if (sinceCell && since) {
        if (changed) {
          var gained = since[c.city];
          sinceCell.textContent = SCI.rankChange(gained, T.newCity);
          sinceCell.className = "num since hide-narrow" + (gained > 0 ? " up" : gained < 0 ? " down" : "");
        } else if (publishedSince[c.city]) {
          sinceCell.textContent = publishedSince[c.city].text;
          sinceCell.className = publishedSince[c.city].className;
        }
      }
      body.appendChild(tr);
      var dot = circles[c.city];
      if (dot) { dot.setAttribute("fill", colour(totals[i] / 100)); dot.setAttribute("data-score", String(totals[i])); }
    });
    sortState = null;
    markSorted(null, null);
    if (order.length && leaderFigure) {
      var first = order.filter(function (i) { return r[i] === 1; });
      leaderFigure.querySelector("b").textContent = fmt(totals[first[0]], 1);
      leaderFigure.querySelector("span").textContent = first.map(function (i) { return cities[i].city; }).join(" · ");
    }
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
    var initial = SCI.weightsFromFragment(location.hash, ids, defaults);
    if (initial) {
      sliders.forEach(function (s, i) { if (s) { s.value = String(initial[i]); } });
      apply(initial, false);
    }
    window.addEventListener("hashchange", function () {
      var w = SCI.weightsFromFragment(location.hash, ids, defaults) || defaults;
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
    var text = cell.textContent.replace("¹", "").replace("−", "-").replace("▲\u00a0", "").replace(",", ".");
    if (cell.textContent.indexOf("▼") === 0) { text = "-" + text.replace("▼\u00a0", ""); }
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
  function fold(text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
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
