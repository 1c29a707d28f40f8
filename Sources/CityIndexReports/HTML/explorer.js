// The overview's explorer: sliders for the area weights that re-score and re-rank at once —
// both years, so that "± since" follows the reader's weights exactly as `sci rank` and
// `sci compare` with a weights file of those weights would — sorting by any column, a filter by
// city or state, the weights in the URL fragment, any two cities head to head. Embedded into the
// page at build time (Package.swift: .embedInCode) after its arithmetic (explorer-arithmetic.js,
// the global SCI); plain, no eval, no external loads. Without JavaScript the page is the static
// report.
(function (SCI) {
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
    showDuel(w, r);
  }

  // Any two cities head to head under the current weights (as `sci versus` with them).
  var duelPick = document.getElementById("duel-pick");
  var duelSelects = duelPick ? [duelPick.querySelector("#duel-a"), duelPick.querySelector("#duel-b")] : [];
  var duelOut = duelPick ? duelPick.querySelector("#duel-result") : null;
  var byName = {};
  cities.forEach(function (c, i) { byName[c.city] = i; });
  function cell(tag, text, className) {
    var e = document.createElement(tag);
    e.textContent = text;
    if (className) { e.className = className; }
    return e;
  }
  function showDuel(w, r) {
    if (!duelOut || !data.duel) { return; }
    var ia = byName[duelSelects[0].value], ib = byName[duelSelects[1].value];
    if (ia === undefined || ib === undefined) { return; }
    var a = cities[ia], b = cities[ib];
    var d = SCI.duel(data.aggregation, data.duel.indicators, a, b, w);
    var ranks = r || SCI.ranks(cities.map(function (c) { return SCI.combine(data.aggregation, c.areas, w); }));
    var lead = d.gap >= 0 ? a : b, other = d.gap >= 0 ? b : a;
    var sentence = Math.abs(d.gap) < 0.05
      ? T.duelLevel.replace("%a", a.city).replace("%b", b.city).replace("%score", fmt(d.totalA, 1))
      : T.duelLeads.replace("%a", lead.city).replace("%b", other.city).replace("%points", fmt(Math.abs(d.gap), 1))
        .replace("%ta", fmt(Math.max(d.totalA, d.totalB), 1)).replace("%tb", fmt(Math.min(d.totalA, d.totalB), 1));
    var ranksText = T.duelRanks.replace("%a", a.city).replace("%ra", String(ranks[ia])).replace("%b", b.city).replace("%rb", String(ranks[ib]));
    duelOut.textContent = "";
    duelOut.appendChild(cell("p", sentence + " " + ranksText));
    var tableNode = document.createElement("table");
    var head = tableNode.createTHead().insertRow();
    [T.duelArea, a.city, b.city, T.duelPoints].forEach(function (h, i) {
      var th = cell("th", h, i ? "num" : "");
      th.scope = "col";
      head.appendChild(th);
    });
    var tbody = tableNode.createTBody();
    data.areas.forEach(function (area, k) {
      var tr = tbody.insertRow();
      tr.appendChild(cell("td", area.name));
      tr.appendChild(cell("td", fmt(a.areas[k] === null ? NaN : a.areas[k], 1), "num"));
      tr.appendChild(cell("td", fmt(b.areas[k] === null ? NaN : b.areas[k], 1), "num"));
      var points = d.areas[k];
      var pointsCell = cell("td", points === null ? "–" : (points >= 0 ? "+" : "") + fmt(points, 1), "num");
      if (points !== null) { pointsCell.setAttribute("data-points", String(points)); }
      tr.setAttribute("data-area", area.id);
      tr.appendChild(pointsCell);
    });
    var total = tbody.insertRow();
    total.className = "group";
    total.appendChild(cell("td", T.duelTotal));
    total.appendChild(cell("td", fmt(d.totalA, 1), "num"));
    total.appendChild(cell("td", fmt(d.totalB, 1), "num"));
    var gapCell = cell("td", (d.gap >= 0 ? "+" : "") + fmt(d.gap, 1), "num");
    gapCell.setAttribute("data-points", String(d.gap));
    total.setAttribute("data-area", "total");
    total.appendChild(gapCell);
    var wrap = cell("div", "", "table-wrap");
    wrap.appendChild(tableNode);
    duelOut.appendChild(wrap);
    duelOut.appendChild(cell("p", T.duelSign.replace("%a", a.city), "kicker"));
    if (d.oneSided) { duelOut.appendChild(cell("p", T.duelStandIn, "kicker")); }
    if (d.unattributed !== 0 && !isNaN(d.unattributed)) {
      duelOut.appendChild(cell("p", T.duelRest.replace("%points", (d.unattributed >= 0 ? "+" : "") + fmt(d.unattributed, 1)), "kicker"));
    }
  }
  if (duelPick && data.duel) {
    duelPick.hidden = false;
    duelSelects.forEach(function (select, i) {
      cities.forEach(function (c) {
        var option = document.createElement("option");
        option.value = c.city;
        option.textContent = c.city;
        select.appendChild(option);
      });
      select.value = data.duel.pair[i];
      select.addEventListener("change", function () { showDuel(data.reweight ? weights() : defaults, null); });
    });
    showDuel(defaults, null);
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
})(SCI);
