"""The peer of `sci import` (Benchmarks/import.sh): the same conversion of a GENESIS flat file
in pandas — keys through datasets/cities.csv, symbols, ids, flags, sorted long CSV.

    python3 import_pandas.py EXPORT.csv OUT.csv
"""
import sys, time
import pandas as pd
t = time.perf_counter()
cities = pd.read_csv("datasets/cities.csv", dtype={"ags": str})
df = pd.read_csv(sys.argv[1], sep=";", dtype=str, keep_default_na=False)
keys = dict(zip(cities.ags, cities.city))
df = df[df["1_variable_attribute_code"].isin(keys)]
df = df[~df.value.isin([".", "...", "x", "/"])]
out = pd.DataFrame({
    "city": df["1_variable_attribute_code"].map(keys),
    "year": df.time.str[:4].astype(int),
    "indicator": df.value_variable_code.str.lower() + df["2_variable_attribute_code"].map(lambda a: "_" + a.lower() if a else ""),
    "value": df.value.replace("-", "0").str.replace(",", ".").astype(float),
    "flag": df.value_q.map({"p": "provisional", "r": "revised", "s": "estimated"}).fillna(""),
    "source": df.statistics_code + " " + df.statistics_label,
}).sort_values(["indicator", "year", "city"])
out.to_csv(sys.argv[2], index=False)
print(f"{time.perf_counter() - t:.2f} s, {len(out)} rows", file=sys.stderr)
