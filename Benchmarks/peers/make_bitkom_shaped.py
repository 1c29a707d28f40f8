"""Writes a Bitkom-shaped index and one year of data of a given size, with a fixed seed:
5 areas x 7 sub-areas x N indicators (140 for --indicators 140), C cities.

    python3 make_bitkom_shaped.py --cities 81 --indicators 140 --out /tmp/bench
    python3 make_bitkom_shaped.py --denominators ...   # every tenth indicator per inhabitant

Values are uniform random numbers (no missing values), so every engine does the same work. With
--denominators every tenth indicator is a count divided by the city's population (`denominator`
population, `scale` 1000), as users' rates are: the cities file must give each city's population
(make_long.py --cities-file writes one).
"""
import argparse
import os
import random

parser = argparse.ArgumentParser()
parser.add_argument("--cities", type=int, default=81)
parser.add_argument("--indicators", type=int, default=140)
parser.add_argument("--seed", type=int, default=2023)
parser.add_argument("--out", default="/tmp/sci-bench")
parser.add_argument("--denominators", action="store_true")
args = parser.parse_args()
random.seed(args.seed)
os.makedirs(args.out, exist_ok=True)
per_sub = max(1, args.indicators // 35)
leaves = []
with open(os.path.join(args.out, "index.csv"), "w") as f:
    f.write("id,name,parent,weight,direction,denominator,scale\n")
    f.write("idx,Index,,,,,\n")
    for a in range(5):
        f.write(f"a{a},Area {a},idx,1,,,\n")
        for s in range(7):
            sub = f"a{a}s{s}"
            f.write(f"{sub},Sub-area {a}.{s},a{a},{1 + (s % 3)},,,\n")
            for i in range(per_sub):
                leaf = f"{sub}i{i}"
                rate = ",population,1000" if args.denominators and len(leaves) % 10 == 9 else ",,"
                leaves.append(leaf)
                f.write(f"{leaf},Indicator {leaf},{sub},{1 + (i % 2)},{'-' if i % 5 == 4 else '+'}{rate}\n")
with open(os.path.join(args.out, "data.csv"), "w") as f:
    f.write("city,year," + ",".join(leaves) + "\n")
    for c in range(args.cities):
        f.write(f"City {c},2025," + ",".join(f"{random.uniform(0, 100):.3f}" for _ in leaves) + "\n")
