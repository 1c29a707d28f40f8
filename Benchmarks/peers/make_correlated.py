"""Writes an index of 5 areas x K indicators and one year of data for C cities in which the
indicators move together, as real ones do: value = the city's quality + noise (both uniform, fixed
seed), so that few cities are best at something — the case benefit-of-the-doubt weights are for
(with independent random indicators every city is best at one and scores 100).

    python3 make_correlated.py --cities 400 --per-area 4 --out /tmp/bod
"""
import argparse
import os
import random

parser = argparse.ArgumentParser()
parser.add_argument("--cities", type=int, default=400)
parser.add_argument("--per-area", type=int, default=4)
parser.add_argument("--noise", type=float, default=0.5)
parser.add_argument("--seed", type=int, default=2023)
parser.add_argument("--out", default="/tmp/sci-bench-bod")
args = parser.parse_args()
random.seed(args.seed)
os.makedirs(args.out, exist_ok=True)
leaves = [f"a{a}i{i}" for a in range(5) for i in range(args.per_area)]
with open(os.path.join(args.out, "index.csv"), "w") as f:
    f.write("id,name,parent,weight,direction\n")
    f.write("idx,Index,,,\n")
    for a in range(5):
        f.write(f"a{a},Area {a},idx,1,\n")
        for i in range(args.per_area):
            f.write(f"a{a}i{i},Indicator {a}.{i},a{a},1,+\n")
with open(os.path.join(args.out, "data.csv"), "w") as f:
    f.write("city,year," + ",".join(leaves) + "\n")
    for c in range(args.cities):
        quality = random.random()
        values = [quality + args.noise * random.random() for _ in leaves]
        f.write(f"City {c},2025," + ",".join(f"{v:.6f}" for v in values) + "\n")
