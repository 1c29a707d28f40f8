"""What the data scripts share: the repository's folders and reading a CSV file as rows."""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.path.dirname(HERE)
ROOT = os.path.dirname(DATASETS)


def read(path):
    """Every row of a UTF-8 CSV file with a header, as a dict."""
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))
