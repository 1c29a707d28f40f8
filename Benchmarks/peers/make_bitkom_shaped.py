"""Writes a Bitkom-shaped index and one year of data of a given size, with a fixed seed:
5 areas x 7 sub-areas x N indicators (140 for --indicators 140), C cities.

    python3 make_bitkom_shaped.py --cities 81 --indicators 140 --out /tmp/bench

Values are uniform random numbers (no missing values), so every engine does the same work.
"""
import argparse
import os
import random

parser = argparse.ArgumentParser()
parser.add_argument("--cities", type=int, default=81)
parser.add_argument("--indicators", type=int, default=140)
parser.add_argument("--seed", type=int, default=2023)
parser.add_argument("--out", default="/tmp/sci-bench")
args = parser.parse_args()
random.seed(args.seed)
os.makedirs(args.out, exist_ok=True)
per_sub = max(1, args.indicators // 35)
leaves = []
with open(os.path.join(args.out, "index.csv"), "w") as f:
    f.write("id,name,parent,weight,direction\n")
    f.write("idx,Index,,,\n")
    for a in range(5):
        f.write(f"a{a},Area {a},idx,1,\n")
        for s in range(7):
            sub = f"a{a}s{s}"
            f.write(f"{sub},Sub-area {a}.{s},a{a},{1 + (s % 3)},\n")
            for i in range(per_sub):
                leaf = f"{sub}i{i}"
                leaves.append(leaf)
                f.write(f"{leaf},Indicator {leaf},{sub},{1 + (i % 2)},{'-' if i % 5 == 4 else '+'}\n")
with open(os.path.join(args.out, "data.csv"), "w") as f:
    f.write("city,year," + ",".join(leaves) + "\n")
    for c in range(args.cities):
        f.write(f"City {c},2025," + ",".join(f"{random.uniform(0, 100):.3f}" for _ in leaves) + "\n")
