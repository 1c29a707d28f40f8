"""Writes a long CSV (city,year,indicator,value) for the Bitkom-shaped index of
make_bitkom_shaped.py: C cities x its indicators x Y years, uniform random values, fixed seed.

    python3 make_long.py INDEX.csv --cities 10000 --years 5 > long.csv   # about 245 MB
"""
import argparse
import csv
import random
import sys

parser = argparse.ArgumentParser()
parser.add_argument("index")
parser.add_argument("--cities", type=int, default=10000)
parser.add_argument("--years", type=int, default=5)
parser.add_argument("--seed", type=int, default=1)
parser.add_argument("--cities-file", help="also write city,population for the cities (100,000–1,000,000)")
args = parser.parse_args()
if args.cities_file:
    rng = random.Random(args.seed + 1)
    with open(args.cities_file, "w") as f:
        f.write("city,population\n")
        f.writelines(f"Gemeinde {c:05d},{rng.randint(100000, 1000000)}\n" for c in range(args.cities))
random.seed(args.seed)
with open(args.index, newline="") as f:
    nodes = list(csv.DictReader(f))
leaves = [n["id"] for n in nodes if n["direction"]]
out = sys.stdout
out.write("city,year,indicator,value\n")
for year in range(2025 - args.years + 1, 2026):
    for c in range(args.cities):
        name = f"Gemeinde {c:05d}"
        out.write("".join(f"{name},{year},{leaf},{random.uniform(0, 1000):.3f}\n" for leaf in leaves))
