"""`sci rank --year Y` on a long CSV with DuckDB's CSV reader (multi-threaded): the year is
filtered and pivoted in SQL, the scoring is the numpy of index_common.

    python3 rank_duckdb.py INDEX.csv LONG.csv YEAR [CITIES.csv] > ranking.csv

With a cities file, the indicators the index divides by population are divided (as sci does).
"""
import sys

import duckdb
import numpy as np

from index_common import denominate, load_index, score, write_ranking

index_path, data_path, year = sys.argv[1], sys.argv[2], int(sys.argv[3])
index = load_index(index_path)
leaves = index[4]
rows = duckdb.sql(
    f"SELECT city, indicator, value FROM read_csv('{data_path}', header = true) WHERE year = {year}"
).fetchnumpy()
cities, city_codes = np.unique(rows["city"], return_inverse=True)
position = {leaf: k for k, leaf in enumerate(leaves)}
columns = np.array([position[i] for i in rows["indicator"]])
values = np.full((len(cities), len(leaves)), np.nan)
values[city_codes, columns] = rows["value"]
if len(sys.argv) > 4:
    values = denominate(values, list(cities), leaves, index_path, sys.argv[4])
write_ranking(list(cities), score(values, leaves, index), sys.stdout)
