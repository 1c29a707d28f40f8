"""Screens the shipped data for year-to-year jumps that may be breaks in a source's method.

    python3 datasets/sources/screen_breaks.py          # from the repository root

Every indicator of the open index measures a stock that grows: households that can get a
connection, installed capacity, registered charging points, listed portals and interfaces. So:

- a FALL from one year with data to the next is a candidate break when it is larger than
  10 percentage points (shares in %), 25 % of the earlier value (rates per inhabitant, computed
  with the population of each year as the engine does), or 1 -> 0 (yes/no facts);
- a RISE is listed as large when it is more than 10 median absolute deviations above the median
  rise of all cities between the same two years and more than 25 points (shares) or 100 %
  (rates): large rises are where a source could have changed how it counts, too.

Every candidate must have a decision in breaks.csv (city,year,indicator,decision,reason):
`break` (build.py flags the later value `break`: it counts in its year's ranking, but no
comparison across it is a change) or `real` (kept: the reason says why). The screen exits 1
when a candidate has no decision or a decision names no candidate, so that new data cannot
slip through unscreened. datasets/README.md lists the outcome.
"""
import os
import statistics
import sys

from paths import DATASETS, HERE, ROOT, read


def candidates():
    definition = {r["id"]: r for r in read(os.path.join(ROOT, "indicators", "open-smart-city-index.csv"))}
    population = {(r["city"], int(r["year"])): float(r["population"])
                  for r in read(os.path.join(DATASETS, "population.csv"))}
    series = {}
    for r in read(os.path.join(DATASETS, "open-data.csv")):
        node = definition[r["indicator"]]
        value = float(r["value"])
        if node["denominator"] == "population":
            value = value / population[(r["city"], int(r["year"]))] * float(node["scale"] or 1)
        series.setdefault(r["indicator"], {}).setdefault(r["city"], {})[int(r["year"])] = value
    found = []
    for indicator, cities in series.items():
        unit = definition[indicator]["unit"]
        yes_no = unit.startswith("yes/no")
        share = unit.startswith("%")
        years = sorted({year for values in cities.values() for year in values})
        for earlier, later in zip(years, years[1:]):
            pairs = {city: (values[earlier], values[later]) for city, values in cities.items()
                     if earlier in values and later in values}
            rises = [b - a for a, b in pairs.values()]
            median = statistics.median(rises)
            mad = statistics.median(abs(r - median) for r in rises)
            for city, (a, b) in sorted(pairs.items()):
                change = b - a
                if yes_no:
                    if a == 1 and b == 0:
                        found.append((city, later, indicator, "fall", f"{a:g} -> {b:g}"))
                    continue
                relative = change / a if a else float("inf")
                if (share and change < -10) or (not share and a > 0 and relative < -0.25):
                    found.append((city, later, indicator, "fall", f"{a:.4g} -> {b:.4g}"))
                elif mad > 0 and change - median > 10 * mad and (change > 25 if share else relative > 1):
                    found.append((city, later, indicator, "rise",
                                  f"{a:.4g} -> {b:.4g} ({(change - median) / mad:.0f} MAD above the median rise)"))
    return found


def main():
    decisions = {(r["city"], int(r["year"]), r["indicator"]): r for r in read(os.path.join(HERE, "breaks.csv"))}
    found = candidates()
    problems = 0
    for city, year, indicator, kind, change in found:
        decision = decisions.get((city, year, indicator))
        verdict = decision["decision"] if decision else "NO DECISION"
        print(f"{kind:4}  {city:28} {year}  {indicator:38} {change:40} {verdict}")
        problems += decision is None
    names = {(c, y, i) for c, y, i, _, _ in found}
    for key in decisions:
        if key not in names:
            print(f"breaks.csv names {key}, which the screen does not find")
            problems += 1
    print(f"{len(found)} candidates; {sum(1 for d in decisions.values() if d['decision'] == 'break')} flagged break")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
