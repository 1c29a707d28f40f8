"""`sci rank --year Y` on a long CSV (city,year,indicator,value) with pandas:
read_csv, keep the year, pivot to cities x indicators, then the numpy scoring of index_common.

    python3 rank_pandas.py INDEX.csv LONG.csv YEAR [CITIES.csv] > ranking.csv

With a cities file, the indicators the index divides by population are divided (as sci does).
"""
import sys

import pandas as pd

from index_common import denominate, load_index, score, write_ranking

index_path, data_path, year = sys.argv[1], sys.argv[2], int(sys.argv[3])
index = load_index(index_path)
leaves = index[4]
frame = pd.read_csv(data_path, dtype={"city": "string", "indicator": "category"})
frame = frame[frame["year"] == year]
wide = frame.pivot(index="city", columns="indicator", values="value").reindex(columns=leaves)
values = wide.to_numpy(dtype=float)
if len(sys.argv) > 4:
    values = denominate(values, list(wide.index), leaves, index_path, sys.argv[4])
write_ranking(list(wide.index), score(values, leaves, index), sys.stdout)
