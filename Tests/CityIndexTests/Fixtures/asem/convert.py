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

# From raw data (issue #8): the whole pipeline, every stage COINr stored.
#   asem-raw-index.csv        <- ASEM_iMeta.csv with its Denominator column
#   asem-raw.csv              <- ASEM_iData.csv (wide; NA -> empty)
#   asem-cities.csv           <- ASEM_iData.csv's group and denominator columns
#   asem-denominated.csv      <- expected_Denominated.csv
#   asem-imputed.csv          <- expected_Imputed.csv
#   asem-treated-from-raw.csv <- expected_Treated.csv
#   asem-aggregated.csv       <- expected_Aggregated.csv (the 11 groups)
#   asem-ranks.csv            <- expected_results_ranks.csv (Index rank)
#   asem-treatment.csv        <- expected_treatment_summary.csv (Low, High, Treatment per indicator)
with open("asem-raw-index.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "parent", "weight", "direction", "unit", "denominator"])
    for r in sorted(meta, key=lambda r: -int(r["Level"])):
        direction = "" if r["Type"] != "Indicator" else ("-" if r["Direction"] == "-1" else "+")
        w.writerow([r["iCode"], r["iName"], r["Parent"], r["Weight"], direction, r["Unit"], r["Denominator"]])

with open(f"{src}/ASEM_iData.csv", newline="") as f:
    raw = list(csv.DictReader(f))
with open("asem-raw.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["city", "year"] + indicators)
    for r in raw:
        w.writerow([r["uCode"], r["Time"]] + ["" if r[i] == "NA" else r[i] for i in indicators])
with open("asem-cities.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    columns = ["EurAsia_group", "Area", "Energy", "GDP", "Population"]
    w.writerow(["city"] + columns)
    for r in raw:
        w.writerow([r["uCode"]] + [r[c] for c in columns])


def stage(source, target, columns):
    """Copies UnitCode and `columns` of a COINr output as city + columns (NA -> empty)."""
    with open(f"{src}/{source}", newline="") as f:
        rows = list(csv.DictReader(f))
    with open(target, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["city"] + columns)
        for r in rows:
            w.writerow([r["UnitCode"]] + ["" if r[c] == "NA" else r[c] for c in columns])


groups = [r["iCode"] for r in meta if r["Type"] == "Aggregate"]
stage("expected_Denominated.csv", "asem-denominated.csv", indicators)
stage("expected_Imputed.csv", "asem-imputed.csv", indicators)
stage("expected_Treated.csv", "asem-treated-from-raw.csv", indicators)
stage("expected_Aggregated.csv", "asem-aggregated.csv", groups)
stage("expected_results_ranks.csv", "asem-ranks.csv", ["Index"])

with open(f"{src}/expected_treatment_summary.csv", newline="") as f:
    rows = list(csv.DictReader(f))
with open("asem-treatment.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["indicator", "low", "high", "treatment"])
    for r in rows:
        w.writerow([r["IndCode"], int(float(r["Low"])), int(float(r["High"])), r["Treatment"]])
