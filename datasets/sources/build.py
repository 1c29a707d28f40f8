"""Builds the shipped real data from the extracted sources in this folder.

    python3 datasets/sources/build.py          # from the repository root

Writes, copying every value as text (no number is re-computed or rounded):
- datasets/open-data.csv   the indicators of indicators/open-smart-city-index.csv, long:
                           city,year,indicator,value,flag,source (flag `proxy` where the source
                           says the value is a larger area's: `PROXY:` in its source text;
                           `break` where breaks.csv, the outcome of screen_breaks.py, says the
                           source changed its method)
- datasets/population.csv  official population per city and 31 December, 2017-2024; flag
                           `break` on a year whose census basis differs from the year before's
                           (2024: Zensus 2022): a rate divided by it is not comparable across it
- datasets/cities.csv      the columns it has, with `ags` and `kreisfrei` from
                           open-data/city_ags.csv and the official 2020 population
                           (the old file's Hamburg figure, 1,845,229, matched no official one)

The sources (open-data/, population/) are copies of the project's shared reference material;
their READMEs say where every value was read and under which licence. The Swift test
`ShippedData/OpenDataTests.swift` checks the outputs against them row by row.
"""
import csv
import os

from paths import DATASETS, HERE, ROOT, read


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)


# The indicators of the open index, in the definition's order: the data files ship exactly
# these (the definition says why the others are left out).
definition = read(os.path.join(ROOT, "indicators", "open-smart-city-index.csv"))
parents = {row["parent"] for row in definition}
indicators = [row["id"] for row in definition if row["id"] not in parents]

cities = read(os.path.join(DATASETS, "cities.csv"))
order = {row["city"]: i for i, row in enumerate(cities)}
keys = {row["city"]: row for row in read(os.path.join(HERE, "open-data", "city_ags.csv"))}
population = read(os.path.join(HERE, "population", "population.csv"))
official_2020 = {row["city"]: row["population"] for row in population if row["year"] == "2020"}
assert set(keys) == set(order) == set(official_2020), "the sources name the 80 cities of cities.csv"

# cities.csv: the same rows, two more columns, the official 2020 population.
columns = [c for c in cities[0].keys() if c not in ("ags", "kreisfrei")]
write(
    os.path.join(DATASETS, "cities.csv"),
    columns + ["ags", "kreisfrei"],
    [[official_2020[r["city"]] if c == "population" else r[c] for c in columns]
     + [keys[r["city"]]["ags"], keys[r["city"]]["kreisfrei"]] for r in cities],
)



def basis(source):
    """`Zensus 2022` from `… (Bevoelkerungsfortschreibung, Basis Zensus 2022); …`."""
    return source.split("Basis ", 1)[1].split(")", 1)[0] if "Basis " in source else ""


by_year = sorted(population, key=lambda r: (int(r["year"]), order[r["city"]]))
previous_basis = {}
population_rows = []
for r in by_year:
    flag = "break" if previous_basis.get(r["city"], basis(r["source"])) != basis(r["source"]) else ""
    previous_basis[r["city"]] = basis(r["source"])
    population_rows.append([r["city"], r["year"], r["population"], r["reference_date"], flag, r["source"]])
write(
    os.path.join(DATASETS, "population.csv"),
    ["city", "year", "population", "reference_date", "flag", "source"],
    population_rows,
)

breaks = {(r["city"], r["year"], r["indicator"]) for r in read(os.path.join(HERE, "breaks.csv"))
          if r["decision"] == "break"}
rows = []
for name in sorted(os.listdir(os.path.join(HERE, "open-data"))):
    if not name.endswith(".csv") or name == "city_ags.csv":
        continue
    for r in read(os.path.join(HERE, "open-data", name)):
        if r["indicator"] in indicators:
            flag = "proxy" if "PROXY:" in r["source"] else ""
            if (r["city"], r["year"], r["indicator"]) in breaks:
                assert not flag, f"{r['city']} {r['year']} {r['indicator']}: a proxy and a break"
                flag = "break"
            rows.append((indicators.index(r["indicator"]), int(r["year"]), order[r["city"]],
                         [r["city"], r["year"], r["indicator"], r["value"], flag, r["source"]]))
missing = set(indicators) - {row[3][2] for row in rows}
assert not missing, f"no source rows for {sorted(missing)}"
rows.sort(key=lambda row: row[:3])
write(os.path.join(DATASETS, "open-data.csv"),
      ["city", "year", "indicator", "value", "flag", "source"], [row[3] for row in rows])
print(f"open-data.csv: {len(rows)} values of {len(indicators)} indicators; "
      f"{sum(1 for row in rows if row[3][4] == 'proxy')} proxies, {sum(1 for row in rows if row[3][4] == 'break')} breaks; "
      f"population.csv: {sum(1 for row in population_rows if row[4])} values on a new census basis")
