"""What `sci rank` computes, in numpy, for the peer scripts: min-max per indicator with its
direction, weighted arithmetic means up the tree skipping missing values, competition ranks."""
import csv

import numpy as np


def load_index(path):
    with open(path, newline="") as f:
        nodes = list(csv.DictReader(f))
    ids = [n["id"] for n in nodes]
    parent = {n["id"]: n["parent"] for n in nodes}
    weight = {n["id"]: float(n["weight"] or 1) for n in nodes}
    direction = {n["id"]: n["direction"] for n in nodes}
    children = {i: [j for j in ids if parent[j] == i] for i in ids}
    root = next(i for i in ids if not parent[i])
    leaves = [i for i in ids if not children[i]]
    return root, children, weight, direction, leaves


def load_wide(path, leaves):
    """A wide data file (city, year, one column per indicator) as (cities, values): values is
    cities x leaves in `leaves` order, NaN where a cell is empty."""
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    columns = {name: k for k, name in enumerate(header)}
    values = np.array([[float(r[columns[leaf]]) if r[columns[leaf]] else np.nan for leaf in leaves] for r in rows])
    return [r[0] for r in rows], values


def load_denominators(index_path):
    """{leaf: scale} for the indicators divided by population (`denominator` population)."""
    with open(index_path, newline="") as f:
        return {n["id"]: float(n.get("scale") or 1) for n in csv.DictReader(f) if n.get("denominator") == "population"}


def denominate(values, cities, leaves, index_path, cities_path):
    """Divides the denominated columns by each city's population times their scale, as sci does."""
    scales = load_denominators(index_path)
    if not scales:
        return values
    with open(cities_path, newline="") as f:
        population = {row["city"]: float(row["population"]) for row in csv.DictReader(f)}
    values = np.array(values, dtype=float, copy=True)
    people = np.array([population[c] for c in cities])
    for k, leaf in enumerate(leaves):
        if leaf in scales:
            values[:, k] = values[:, k] / people * scales[leaf]
    return values


def score(values, leaves, index):
    """values: cities x leaves (NaN = missing), columns in `leaves` order. Returns totals."""
    root, children, weight, direction, _ = index
    lo, hi = np.nanmin(values, axis=0), np.nanmax(values, axis=0)
    span = np.where(hi > lo, hi - lo, 1.0)
    norm = (values - lo) / span * 100
    norm = np.where(hi > lo, norm, 100.0)
    for k, leaf in enumerate(leaves):
        if direction[leaf] == "-":
            norm[:, k] = 100 - norm[:, k]
    scores = {leaf: norm[:, k] for k, leaf in enumerate(leaves)}

    def visit(node):
        if node in scores:
            return scores[node]
        kids = [visit(c) for c in children[node]]
        stacked = np.stack(kids, axis=1)
        w = np.array([weight[c] for c in children[node]])
        present = ~np.isnan(stacked)
        total = np.where(present, stacked, 0) @ w
        scores[node] = total / (present @ w)
        return scores[node]

    return visit(root)


def write_ranking(cities, totals, out):
    order = np.argsort(-totals, kind="stable")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["rank", "city", "score"])
    for i in order:
        rank = 1 + int((totals > totals[i] + 1e-9).sum())
        writer.writerow([rank, cities[i], repr(float(totals[i]))])
