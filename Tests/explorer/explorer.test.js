// The explorer's arithmetic (Sources/CityIndexReports/HTML/explorer.js) under Node, each case
// worked out by hand; the browser test (Tests/browser/) checks the page against `sci` itself.
//
//   node --test Tests/explorer/        (make test runs it where Node is installed)
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const SCI = require("../../Sources/CityIndexReports/HTML/explorer.js");

test("combine: each aggregation as the engine's examples (Scoring/Aggregation.swift)", () => {
  assert.equal(SCI.combine("arithmetic", [80, 40], [3, 1]), 70); // (240 + 40) / 4
  assert.ok(Math.abs(SCI.combine("geometric", [100, 25], [1, 1]) - 50) < 1e-12); // √2500
  assert.ok(Math.abs(SCI.combine("harmonic", [60, 20], [1, 1]) - 30) < 1e-12); // 2 / (1/60 + 1/20)
  assert.ok(Math.abs(SCI.combine("product", [0.5, 0.2], [1, 1]) - 0.1) < 1e-12);
});

test("combine: a missing score or a weight of 0 leaves the child out", () => {
  assert.equal(SCI.combine("arithmetic", [80, null], [1, 1]), 80);
  assert.equal(SCI.combine("arithmetic", [80, 40], [1, 0]), 80);
  // geometric: a score of 0 fails only when it counts
  assert.ok(Number.isNaN(SCI.combine("geometric", [0, 50], [1, 1])));
  assert.ok(Math.abs(SCI.combine("geometric", [0, 50], [0, 1]) - 50) < 1e-12);
  // every weight 0 or every score missing: no total
  assert.ok(Number.isNaN(SCI.combine("arithmetic", [10, 20], [0, 0])));
  assert.ok(Number.isNaN(SCI.combine("arithmetic", [null, null], [1, 1])));
});

test("ranks: competition ranks, ties within 1e-9, no rank without a total", () => {
  assert.deepEqual(SCI.ranks([50, 70, 50, NaN, 70 + 1e-10]), [3, 1, 3, null, 1]);
  assert.deepEqual(SCI.ranks([]), []);
});

test("sinceChanges: both years ranked with the same weights, as sci compare's rank_change", () => {
  // areas (a, b). 2020: P (10, 90), Q (60, 20), R (30, 30). 2021: P (40, 80), Q (50, 10), S (90, 0).
  const previous = [{ city: "P", areas: [10, 90] }, { city: "Q", areas: [60, 20] }, { city: "R", areas: [30, 30] }];
  const current = [{ city: "P", areas: [40, 80] }, { city: "Q", areas: [50, 10] }, { city: "S", areas: [90, 0] }];
  // equal weights: 2020 P 50, Q 40, R 30 → 1, 2, 3; 2021 P 60, Q 30, S 45 → 1, 3, 2
  assert.deepEqual(SCI.sinceChanges("arithmetic", previous, current, [1, 1]), { P: 0, Q: -1, S: null });
  // a alone: 2020 Q 60, R 30, P 10 → P 3, Q 1; 2021 S 90, Q 50, P 40 → P 3, Q 2
  assert.deepEqual(SCI.sinceChanges("arithmetic", previous, current, [1, 0]), { P: 0, Q: -1, S: null });
  // b alone: 2020 P 90, R 30, Q 20 → P 1, Q 3; 2021 P 80, Q 10, S 0 → P 1, Q 2
  assert.deepEqual(SCI.sinceChanges("arithmetic", previous, current, [0, 1]), { P: 0, Q: 1, S: null });
});

test("weightsFromFragment: known ids and numbers ≥ 0 only", () => {
  const ids = ["verwaltung", "it", "energie"];
  assert.deepEqual(SCI.weightsFromFragment("#weights=verwaltung:0,it:2.5", ids, [1, 1, 1]), [0, 2.5, 1]);
  assert.deepEqual(SCI.weightsFromFragment("#weights=x:3,it:-1,energie:abc,verwaltung:", ids, [1, 1, 1]), [1, 1, 1]);
  assert.deepEqual(SCI.weightsFromFragment("#weights=it%3A4", ids, [1, 1, 1]), [1, 4, 1]);
  assert.equal(SCI.weightsFromFragment("#ranking", ids, [1, 1, 1]), null);
});

test("format and rankChange: a real minus, decimal commas, arrows", () => {
  assert.equal(SCI.format(-3, 1, false), "−3.0");
  assert.equal(SCI.format(84.45, 1, true), "84,5");
  assert.equal(SCI.format(NaN, 1, false), "–");
  assert.equal(SCI.rankChange(3, "new"), "▲\u00a03");
  assert.equal(SCI.rankChange(-2, "new"), "▼\u00a02");
  assert.equal(SCI.rankChange(0, "new"), "–");
  assert.equal(SCI.rankChange(null, "neu"), "neu");
});
