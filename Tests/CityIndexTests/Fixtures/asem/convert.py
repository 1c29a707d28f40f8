"""Converts COINr's ASEM example (../shared/validation/asem/) into this engine's formats.

Source: github.com/bluefoxr/COINr, commit b9682034635df03279896b6cb025cd3534f82cbb (MIT),
as converted to CSV in shared/validation/asem (see its README). Values are copied as text,
never re-rounded.

  asem-index.csv    <- ASEM_iMeta.csv (Type Indicator and Aggregate rows; Direction -1 -> '-')
  asem-treated.csv  <- expected_Treated.csv (wide: city = UnitCode, year = Year, 49 indicators)
  asem-expected.csv <- expected_Aggregated.csv (Index, Conn, Sust) + expected_results_ranks.csv (Index rank)
  asem-normalised.csv <- expected_Normalised.csv (city = UnitCode, the 49 normalised indicators)

Run from this folder: python3 convert.py ../../../../../shared/validation/asem
"""
import csv
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "../../../../../shared/validation/asem"

with open(f"{src}/ASEM_iMeta.csv", newline="") as f:
    meta = [r for r in csv.DictReader(f) if r["Type"] in ("Indicator", "Aggregate")]
with open("asem-index.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "parent", "weight", "direction", "unit"])
    for r in sorted(meta, key=lambda r: -int(r["Level"])):
        direction = "" if r["Type"] != "Indicator" else ("-" if r["Direction"] == "-1" else "+")
        w.writerow([r["iCode"], r["iName"], r["Parent"], r["Weight"], direction, r["Unit"]])

indicators = [r["iCode"] for r in meta if r["Type"] == "Indicator"]
with open(f"{src}/expected_Treated.csv", newline="") as f:
    rows = list(csv.DictReader(f))
with open("asem-treated.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["city", "year"] + indicators)
    for r in rows:
        w.writerow([r["UnitCode"], r["Year"]] + [r[i] for i in indicators])

with open(f"{src}/expected_Aggregated.csv", newline="") as f:
    aggregated = {r["UnitCode"]: r for r in csv.DictReader(f)}
with open(f"{src}/expected_results_ranks.csv", newline="") as f:
    ranks = {r["UnitCode"]: r["Index"] for r in csv.DictReader(f)}
with open("asem-expected.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["city", "rank", "Index", "Conn", "Sust"])
    for code, r in aggregated.items():
        w.writerow([code, ranks[code], r["Index"], r["Conn"], r["Sust"]])

with open(f"{src}/expected_Normalised.csv", newline="") as f:
    normalised = list(csv.DictReader(f))
with open("asem-normalised.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["city"] + indicators)
    for r in normalised:
        w.writerow([r["UnitCode"]] + [r[i] for i in indicators])
