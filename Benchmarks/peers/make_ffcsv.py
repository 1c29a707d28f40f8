"""Writes a GENESIS flat-file CSV shaped like a Gemeinde-level export (12411-01-01-5 layout):
11,000 Gemeinden (the 80 cities of datasets/cities.csv among them, the rest made-up keys) x 10
years x 2 rows (total and female), random values, fixed seed. About 36 MB, 220,000 rows.

    python3 make_ffcsv.py > export.csv
"""
import random
import sys

random.seed(1)
with open("datasets/cities.csv", encoding="utf-8") as f:
    keys = [line.split(",")[6] for line in f.read().splitlines()[1:]]
out = sys.stdout
out.write(
    "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;"
    "1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;"
    "2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;"
    "value_variable_label;value_q\n")
for year in range(2014, 2024):
    for g in range(11000):
        ags = keys[g] if g < len(keys) else f"{(g * 7919) % 99999:05d}{g % 1000:03d}"
        for code, label in [("", "Insgesamt"), ("GESW", "weiblich")]:
            value = random.randint(1000, 2000000)
            out.write(
                f"12411-01-01-5;Bevölkerung - Gemeinden;STAG;Stichtag;{year}-12-31;GEMEIN;Gemeinden;{ags};Name;"
                f"GES;Geschlecht;{code};{label};{value};Anzahl;BEVSTD;Bevölkerungsstand;\n")
