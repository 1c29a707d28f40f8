"""The Monte Carlo of `sci sensitivity` written in numpy, as an analyst would: min-max
normalisation once, then for every sample each weight times U[1-u, 1+u], weighted arithmetic
means up the tree, ranks, and per city the median, 5th and 95th percentile rank and P(first).
Vectorised over samples and cities, in chunks so that memory stays bounded.

    python3 sensitivity_numpy.py INDEX.csv DATA.csv --samples 20000 > intervals.csv
"""
import argparse
import csv
import sys

import numpy as np

from index_common import load_wide

parser = argparse.ArgumentParser()
parser.add_argument("index")
parser.add_argument("data")
parser.add_argument("--samples", type=int, default=1000)
parser.add_argument("--uncertainty", type=float, default=0.25)
parser.add_argument("--seed", type=int, default=1)
parser.add_argument("--chunk", type=int, default=2000)
args = parser.parse_args()

with open(args.index, newline="") as f:
    nodes = list(csv.DictReader(f))
ids = [n["id"] for n in nodes]
parent = {n["id"]: n["parent"] for n in nodes}
weight = np.array([float(n["weight"] or 1) for n in nodes])
children = {i: [j for j in ids if parent[j] == i] for i in ids}
root = next(i for i in ids if not parent[i])
leaves = [i for i in ids if not children[i]]
position = {i: k for k, i in enumerate(ids)}

cities, raw = load_wide(args.data, leaves)  # cities x leaves
lo, hi = raw.min(axis=0), raw.max(axis=0)
norm = (raw - lo) / (hi - lo) * 100
for k, leaf in enumerate(leaves):
    if nodes[position[leaf]]["direction"] == "-":
        norm[:, k] = 100 - norm[:, k]
leaf_scores = {leaf: norm[:, k] for k, leaf in enumerate(leaves)}

# Groups bottom-up.
order = []
def visit(n):
    for c in children[n]:
        visit(c)
    if children[n]:
        order.append(n)
visit(root)

rng = np.random.default_rng(args.seed)
n_cities = len(cities)
ranks = np.empty((args.samples, n_cities), dtype=np.int32)
u = args.uncertainty
for start in range(0, args.samples, args.chunk):
    s = min(args.chunk, args.samples - start)
    factors = rng.uniform(1 - u, 1 + u, size=(s, len(ids)))
    w = factors * weight  # samples x nodes
    scores = {}
    for g in order:
        kids = children[g]
        kw = w[:, [position[k] for k in kids]]  # s x k
        stacked = np.stack([scores[k] if k in scores else np.broadcast_to(leaf_scores[k], (s, n_cities)) for k in kids], axis=1)  # s x k x c
        scores[g] = np.einsum("sk,skc->sc", kw, stacked) / kw.sum(axis=1, keepdims=True)
    total = scores[root]
    # Competition ranks: 1 + number of cities strictly ahead.
    ranks[start:start + s] = 1 + (total[:, None, :] > total[:, :, None] + 1e-9).sum(axis=2)

out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["city", "median_rank", "rank_p05", "rank_p95", "probability_first"])
first = ranks == 1
share = (first / np.maximum(first.sum(axis=1, keepdims=True), 1)).sum(axis=0) / args.samples
for c, city in enumerate(cities):
    q = np.percentile(ranks[:, c], [50, 5, 95], method="inverted_cdf")
    out.writerow([city, int(q[0]), int(q[1]), int(q[2]), share[c]])
