// The explorer's arithmetic: the engine's aggregation, ranking, rank changes and the duel's
// split, as pure functions on plain arrays — the same numbers as `sci rank`, `sci compare` and
// `sci versus` with the reader's weights. The page's script (explorer.js) follows it in the same
// inline script element (HTMLReport+Explorer.swift joins them); Node loads it alone for
// Tests/explorer/.
var SCI = (function () {
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
  // Two cities head to head under the weights w, as `sci versus` splits the gap
  // (Analysis/Change/ScoreDifference.swift, arithmetic aggregation): each indicator both have a
  // score for contributes its share of the index — its area's weight over all areas' times its
  // share within the area — times the score difference. Where only one city has a score, the
  // other's stands in at its own area score (its total when the area has none), as the index
  // counts a missing value; the rest of the gap is unattributed (indicators neither city has).
  // Totals as SCI.combine.
  SCI.duel = function (aggregation, indicators, a, b, w) {
    var totalA = SCI.combine(aggregation, a.areas, w), totalB = SCI.combine(aggregation, b.areas, w);
    var gap = totalA - totalB, sumW = 0, k;
    for (k = 0; k < w.length; k++) { sumW += w[k]; }
    var areas = w.map(function () { return 0; }), shared = w.map(function () { return false; });
    var oneSided = false;
    function standIn(city, total, ind) { return city.areas[ind.area] !== null ? city.areas[ind.area] : total; }
    var parts = indicators.map(function (ind, i) {
      var x = a.scores[i], y = b.scores[i];
      if ((x === null && y === null) || sumW <= 0) { return null; }
      if (x === null || y === null) { oneSided = true; }
      if (x === null) { x = standIn(a, totalA, ind); }
      if (y === null) { y = standIn(b, totalB, ind); }
      var c = w[ind.area] / sumW * ind.within * (x - y);
      areas[ind.area] += c;
      shared[ind.area] = true;
      return c;
    });
    var attributed = areas.reduce(function (s, c) { return s + c; }, 0);
    var rest = gap - attributed;
    if (Math.abs(rest) < 1e-9 * Math.max(1, Math.abs(gap))) { rest = 0; }
    return {
      totalA: totalA, totalB: totalB, gap: gap, indicators: parts, unattributed: rest, oneSided: oneSided,
      areas: areas.map(function (c, i) { return shared[i] ? c : null; })
    };
  };

  SCI.rankChange = function (change, newWord) {
    if (change === null || change === undefined) { return newWord; }
    return change > 0 ? "▲\u00a0" + change : change < 0 ? "▼\u00a0" + (-change) : "–";
  };

  if (typeof module !== "undefined" && module.exports) { module.exports = SCI; }
  return SCI;
})();
