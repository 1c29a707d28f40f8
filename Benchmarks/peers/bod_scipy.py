"""The benefit-of-the-doubt scores of `sci rank --weights bod` in scipy, as an analyst would write
them (Compind's `ci_bod` in Python): min-max scores per indicator (index_common.py), then per city
the linear programme max Σ w_i y_ci subject to Σ w_i y_ji ≤ 1 for every city j, w ≥ 0, with
scipy.optimize.linprog (HiGHS). Prints city,score (0–100).

    python3 bod_scipy.py INDEX.csv DATA.csv > bod.csv
"""
import argparse
import csv
import sys

import numpy as np
from scipy.optimize import linprog

from index_common import load_index, load_wide

parser = argparse.ArgumentParser()
parser.add_argument("index")
parser.add_argument("data")
args = parser.parse_args()

root, children, weight, direction, leaves = load_index(args.index)
cities, raw = load_wide(args.data, leaves)
lo, hi = np.nanmin(raw, axis=0), np.nanmax(raw, axis=0)
span = np.where(hi > lo, hi - lo, 1.0)
y = np.where(hi > lo, (raw - lo) / span, 1.0)
for k, leaf in enumerate(leaves):
    if direction[leaf] == "-":
        y[:, k] = 1 - y[:, k]
y = np.nan_to_num(y, nan=0.0)  # a missing score counts 0, as in sci
ones = np.ones(len(cities))
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["city", "score"])
for c, city in enumerate(cities):
    result = linprog(-y[c], A_ub=y, b_ub=ones, bounds=(0, None), method="highs")
    out.writerow([city, repr(-result.fun * 100 if result.status == 0 else 0.0)])
