// The explorer's arithmetic (Sources/CityIndexReports/HTML/explorer-arithmetic.js) under Node, each case
// worked out by hand; the browser test (Tests/browser/) checks the page against `sci` itself.
//
//   node --test Tests/explorer/        (make test runs it where Node is installed)
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const SCI = require("../../Sources/CityIndexReports/HTML/explorer-arithmetic.js");

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

test("duel: the gap split as sci versus splits it (share of the index × score difference)", () => {
  // Indicators i0, i1 in area 0 (half each), i2 in area 1. A (40, 60 | 100): areas 50, 100;
  // B (80, 20 | 50): areas 50, 50.
  const indicators = [{ area: 0, within: 0.5 }, { area: 0, within: 0.5 }, { area: 1, within: 1 }];
  const a = { areas: [50, 100], scores: [40, 60, 100] };
  const b = { areas: [50, 50], scores: [80, 20, 50] };
  // equal weights: 75 − 50 = 25; i0 ½·½·(−40) = −10, i1 +10, i2 ½·50 = 25
  let d = SCI.duel("arithmetic", indicators, a, b, [1, 1]);
  assert.equal(d.gap, 25);
  assert.deepEqual(d.indicators, [-10, 10, 25]);
  assert.deepEqual(d.areas, [0, 25]);
  assert.equal(d.unattributed, 0);
  // weights 3 : 1: 62.5 − 50 = 12.5; i0 ¾·½·(−40) = −15, i1 +15, i2 ¼·50 = 12.5
  d = SCI.duel("arithmetic", indicators, a, b, [3, 1]);
  assert.equal(d.gap, 12.5);
  assert.deepEqual(d.indicators, [-15, 15, 12.5]);
  // a city against itself: all zeros; swapped: every sign flips
  assert.deepEqual(SCI.duel("arithmetic", indicators, a, a, [1, 1]).indicators, [0, 0, 0]);
  assert.deepEqual(SCI.duel("arithmetic", indicators, b, a, [1, 1]).indicators, [10, -10, -25]);
  assert.equal(d.oneSided, false);
  // B without i1: its area 0 is i0 alone (80), total (80 + 50) / 2 = 65, gap 10; i0 −10 and
  // i2 25; i1, which only A has, counts for B at B's own area score 80: ½·½·(60 − 80) = −5
  const partial = { areas: [80, 50], scores: [80, null, 50] };
  d = SCI.duel("arithmetic", indicators, a, partial, [1, 1]);
  assert.equal(d.gap, 10);
  assert.deepEqual(d.indicators, [-10, -5, 25]);
  assert.deepEqual(d.areas, [-15, 25]);
  assert.equal(d.unattributed, 0);
  assert.equal(d.oneSided, true);
  // B without area 1: its total is area 0 alone (50), which stands in for i2: ½·(100 − 50) = 25
  const noArea = { areas: [50, null], scores: [80, 20, null] };
  d = SCI.duel("arithmetic", indicators, a, noArea, [1, 1]);
  assert.equal(d.gap, 25);
  assert.deepEqual(d.indicators, [-10, 10, 25]);
  assert.equal(d.unattributed, 0);
  // Both without i1: each area 0 is i0 alone (A 40, B 80), totals 70 and 65, gap 5; i0 keeps
  // ½·½·(−40) = −10 and i2 25, the other −10 (i1's quarter, which i0 carries) is unattributed
  const a2 = { areas: [40, 100], scores: [40, null, 100] }, b2 = { areas: [80, 50], scores: [80, null, 50] };
  d = SCI.duel("arithmetic", indicators, a2, b2, [1, 1]);
  assert.equal(d.gap, 5);
  assert.deepEqual(d.indicators, [-10, null, 25]);
  assert.equal(d.unattributed, -10);
});
