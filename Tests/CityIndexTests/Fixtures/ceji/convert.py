"""Converts the Chicago Environmental Justice Index (../shared/validation/ceji/) into this
engine's formats.

Source: City of Chicago, Chicago Environmental Justice Index (CEJI) v1, as rebuilt in R with
COINr and stored in shared/validation/ceji (see its README). Values are copied as text.

  ceji-index.csv     <- CEJI_indStruct.csv; the root gets aggregation=product (the published
                        index multiplies Population Characteristics and Pollution Burden)
  ceji-data.csv      <- CEJI_indData.csv (wide: city = CT_FIPS census tract, year 2023)
  ceji-minmax.csv    <- ceji_r_minmax.csv (min-max to 0–1, arithmetic below the top, product at
                        the top): every normalised indicator and aggregate, tract named
  ceji-noproduct.csv <- ceji_r_noproduct.csv's Index (arithmetic at the top too); the other
                        columns equal ceji-minmax.csv's

The expected files list tracts in the order of CEJI_indData.csv, as the R output does.
Run from this folder: python3 convert.py ../../../../../shared/validation/ceji
"""
import csv
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "../../../../../shared/validation/ceji"

with open(f"{src}/CEJI_indStruct.csv", newline="", encoding="utf-8-sig") as f:
    struct = list(csv.DictReader(f))
with open("ceji-index.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "parent", "weight", "direction", "aggregation"])
    for r in sorted(struct, key=lambda r: -int(r["Level"])):
        leaf = r["Type"] == "Indicator"
        direction = ("-" if r["Direction"] == "-1" else "+") if leaf else ""
        parent = "" if r["Parent"] == "NA" else r["Parent"]
        w.writerow([r["iCode"], r["iName"].strip(), parent, r["Weight"], direction, "product" if not parent else ""])

indicators = [r["iCode"] for r in struct if r["Type"] == "Indicator"]
with open(f"{src}/CEJI_indData.csv", newline="", encoding="utf-8-sig") as f:
    data = list(csv.DictReader(f))
tracts = [r["CT_FIPS"] for r in data]
with open("ceji-data.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["city", "year"] + indicators)
    for r in data:
        w.writerow([r["CT_FIPS"], "2023"] + [r[i] for i in indicators])

with open(f"{src}/ceji_r_minmax.csv", newline="") as f:
    reader = csv.DictReader(f)
    columns = reader.fieldnames
    minmax = list(reader)
assert len(minmax) == len(tracts)
with open("ceji-minmax.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["city"] + columns)
    for tract, r in zip(tracts, minmax):
        w.writerow([tract] + [r[c] for c in columns])

with open(f"{src}/ceji_r_noproduct.csv", newline="") as f:
    noproduct = list(csv.DictReader(f))
for a, b in zip(minmax, noproduct):
    assert all(a[c] == b[c] for c in columns if c != "Index")
with open("ceji-noproduct.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["city", "Index"])
    for tract, r in zip(tracts, noproduct):
        w.writerow([tract, r["Index"]])
