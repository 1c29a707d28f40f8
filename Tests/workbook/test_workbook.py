"""The Excel workbooks read back with openpyxl, every number compared with the CSV output.

    make workbook-test         # builds sci, writes the workbooks into a temporary folder, runs this

`sci rank --format xlsx` against `sci rank --format csv`; every other command's German workbook (sheet names,
frozen header, years as numbers, sources at the foot); the report's ranking.xlsx against
`sci rank`, `sci compare` (the change sheet) and `sci profile` (raw values and scores); German
sheet and column names with --lang de; formats (one decimal, percent), the frozen and filtered
header, and the comments on carried values.

Numbers agree to 16 significant digits: libxlsxwriter writes them with %.16G (Excel itself keeps
15), so the 17th digit of a double may differ.
"""
import csv
import io
import math
import os
import subprocess
import tempfile
import unittest

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCI = os.environ.get("SCI", os.path.join(ROOT, ".build", "debug", "sci"))
WORK = tempfile.mkdtemp(prefix="sci-workbook-")


# sci follows the locale where --lang is not given: these checks expect English.
ENGLISH = {**os.environ, "LC_ALL": "C.UTF-8"}


def sci(*arguments):
    return subprocess.run([SCI, *arguments], cwd=ROOT, check=True, capture_output=True, text=True, env=ENGLISH).stdout


def csv_rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def same(cell, text):
    """A workbook cell against a CSV field: both empty, or equal to 16 significant digits."""
    if text == "":
        return cell is None
    if cell is None or isinstance(cell, str):
        return False
    return math.isclose(float(cell), float(text), rel_tol=1e-15, abs_tol=1e-300)


def sheet_rows(sheet):
    """The list's header and its rows up to the first empty row (the notes follow it)."""
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    body = []
    for row in rows[1:]:
        if all(value is None for value in row):
            break
        body.append(dict(zip(header, row)))
    return header, body


class RankWorkbook(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.path = os.path.join(WORK, "rank.xlsx")
        sci("rank", "--format", "xlsx", "--output", cls.path)
        cls.csv = csv_rows(sci("rank", "--format", "csv"))
        cls.book = openpyxl.load_workbook(cls.path)

    def test_every_number_equals_the_csv(self):
        sheet = self.book["Ranking"]
        header, rows = sheet_rows(sheet)
        self.assertEqual(len(rows), len(self.csv))
        areas = ["verwaltung", "it_kommunikation", "energie_umwelt", "mobilitaet", "gesellschaft_bildung"]
        names = ["Verwaltung", "IT und Kommunikation", "Energie und Umwelt"]
        compared = 0
        for row, line in zip(rows, self.csv):
            self.assertEqual(row["City"], line["city"])
            pairs = [("Rank", "rank"), ("Total", "score"), ("Coverage", "coverage"), ("Carried", "carried"), ("Flagged", "flagged")]
            pairs += list(zip(names, areas))
            for column, key in pairs:
                self.assertTrue(same(row[column], line[key]), f"{line['city']} {column}: {row[column]!r} vs {line[key]!r}")
                compared += 1
        self.assertGreaterEqual(compared, 80 * 8)

    def test_header_is_frozen_filtered_and_numbers_show_one_decimal(self):
        sheet = self.book["Ranking"]
        self.assertEqual(sheet.freeze_panes, "A2")
        self.assertEqual(sheet.auto_filter.ref, f"A1:K{len(self.csv) + 1}")
        self.assertEqual(sheet["C2"].number_format, "0.0")
        self.assertEqual(sheet["I2"].number_format, "0.0%")  # coverage, after the five areas
        self.assertEqual(sheet["A2"].number_format, "0")
        self.assertTrue(sheet["A1"].font.b)
        self.assertGreater(sheet.column_dimensions["B"].width, len("Mülheim an der Ruhr"))

    def test_german_names_sheets_and_columns_in_german(self):
        path = os.path.join(WORK, "rang.xlsx")
        sci("rank", "--format", "xlsx", "--output", path, "--lang", "de")
        book = openpyxl.load_workbook(path)
        self.assertEqual(book.sheetnames[0], "Rangliste")
        header, rows = sheet_rows(book["Rangliste"])
        self.assertEqual(header[:3], ["Rang", "Stadt", "Gesamt"])
        self.assertTrue(same(rows[0]["Gesamt"], self.csv[0]["score"]))


class ReportWorkbook(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = os.path.join(WORK, "report")
        sci("report", "--no-briefs", "--out", cls.folder)
        cls.book = openpyxl.load_workbook(os.path.join(cls.folder, "ranking.xlsx"))

    def test_sheets(self):
        self.assertEqual(self.book.sheetnames, ["Ranking", "Change", "Indicators", "Data vintage", "Method"])

    def test_ranking_equals_sci_rank(self):
        _, rows = sheet_rows(self.book["Ranking"])
        lines = csv_rows(sci("rank", "--format", "csv"))
        self.assertEqual([row["City"] for row in rows], [line["city"] for line in lines])
        for row, line in zip(rows, lines):
            for column, key in [("Rank", "rank"), ("Total", "score"), ("Coverage", "coverage"), ("Verwaltung", "verwaltung")]:
                self.assertTrue(same(row[column], line[key]), f"{line['city']} {column}")

    def test_change_equals_sci_compare_like_for_like(self):
        _, rows = sheet_rows(self.book["Change"])
        lines = {line["city"]: line for line in csv_rows(sci("compare", "--from", "2020", "--to", "2021", "--format", "csv"))}
        self.assertEqual(len(rows), 80)
        for row in rows:
            city = row["City"]
            line = lines[city]
            self.assertTrue(same(row["Rank 2020"], line["rank_from"]), city)
            self.assertTrue(same(row["Rank 2021"], line["rank_to"]), city)
            self.assertTrue(same(row["Places gained"], line["rank_change"]), city)
            self.assertTrue(same(row["Score 2020"], line["score_from"]), city)
            self.assertTrue(same(row["Score 2021"], line["score_to"]), city)
            self.assertAlmostEqual(row["Change, like for like"], float(line["change"]), places=12)
            self.assertAlmostEqual(row["Share compared"], float(line["compared_share"]), places=12)
            # the places in four parts add up to the places gained
            parts = [row["Places: own comparable change"], row["Places: own values not comparable"],
                     row["Places: indicators entering"], row["Places: other cities"]]
            self.assertEqual(sum(parts), row["Places gained"], city)
        wiesbaden = next(row for row in rows if row["City"] == "Wiesbaden")
        # its fall is the Breitbandatlas revision (flagged break), not a comparable change
        self.assertEqual(wiesbaden["Places: own comparable change"], 0)
        self.assertLessEqual(wiesbaden["Places: own values not comparable"], -20)  # −20 of its −22

    def test_indicators_equal_sci_profile(self):
        sheet = self.book["Indicators"]
        header, rows = sheet_rows(sheet)
        by_city = {row["City"]: row for row in rows}
        for city in ["Hamburg", "Köln", "Ulm", "Bergisch Gladbach", "Halle (Saale)"]:
            for line in csv_rows(sci("profile", city, "--format", "csv")):
                if line["level"] != "indicator":
                    continue
                raw_column = next(h for h in header if h.startswith(line["name"] + " (") or h == line["name"])
                self.assertTrue(same(by_city[city][raw_column], line["raw"]), f"{city} {line['name']}")
                self.assertTrue(same(by_city[city][line["name"] + " – score"], line["score"]), f"{city} {line['name']} score")

    def test_carried_values_are_italic_with_a_comment(self):
        sheet = self.book["Indicators"]
        header = [cell.value for cell in sheet[1]]
        column = header.index("Open-Data-Portal (yes/no (1 = listed))") + 1
        cell = sheet.cell(row=2, column=column)
        self.assertTrue(cell.font.i)
        self.assertEqual(cell.comment.text.strip(), "2019 value")

    def test_method_names_sources_and_licences(self):
        values = [cell for row in self.book["Method"].iter_rows(values_only=True) for cell in row if isinstance(cell, str)]
        self.assertIn("Structure and weights", values)
        self.assertTrue(any("Datenlizenz Deutschland" in value for value in values))
        self.assertTrue(any(value.startswith("sci report") for value in values))

    def test_pages_link_the_workbook(self):
        with open(os.path.join(self.folder, "index.html"), encoding="utf-8") as page:
            self.assertIn('href="ranking.xlsx"', page.read())
        with open(os.path.join(self.folder, "index.md"), encoding="utf-8") as page:
            self.assertIn("](ranking.xlsx)", page.read())


class GermanCommandWorkbooks(unittest.TestCase):
    """Every command's workbook in German, as a city's desk keeps it (issue 27): sheets named by
    names, the header frozen, years and figures as numbers, the data's files and sources at the
    foot of every sheet; and its numbers those of the command's CSV."""

    COMMANDS = {
        "compare": ["compare", "--city", "Wiesbaden", "--from", "2020"],
        "profile": ["profile", "Wiesbaden"],
        "gap": ["gap", "Wiesbaden", "--rank", "20"],
        "versus": ["versus", "München", "Hamburg", "--sensitivity", "0"],
        "audit": ["audit"],
        "sensitivity": ["sensitivity", "--samples", "40"],
        "whatif": ["whatif", "--exclude", "verwaltung"],
    }
    SHEETS = {
        "compare": ["Veränderung"], "profile": ["Profil"], "gap": ["Plan"], "versus": ["Duell"],
        "audit": ["Indikatoren 2021", "Anteile 2021", "Gruppen 2021", "Redundante Paare 2021", "Ersetzte Werte 2021"],
        "sensitivity": ["Rangintervalle 2021", "Ohne einen Knoten 2021", "Einflussfaktoren 2021"],
        "whatif": ["Was wäre wenn 2021"],
    }

    @classmethod
    def setUpClass(cls):
        cls.books = {}
        for name, arguments in cls.COMMANDS.items():
            path = os.path.join(WORK, f"de-{name}.xlsx")
            sci(*arguments, "--lang", "de", "--format", "xlsx", "--output", path)
            cls.books[name] = openpyxl.load_workbook(path)

    def test_sheets_are_named_in_german(self):
        for name, book in self.books.items():
            self.assertEqual(book.sheetnames, self.SHEETS[name], name)
            for sheet in book.worksheets:
                self.assertLessEqual(len(sheet.title), 31)

    def test_header_frozen_and_the_foot_says_where_the_data_come_from(self):
        for name, book in self.books.items():
            for sheet in book.worksheets:
                self.assertEqual(sheet.freeze_panes, "A2", f"{name}/{sheet.title}")
                notes = [row[0] for row in sheet.iter_rows(values_only=True) if isinstance(row[0], str)]
                self.assertTrue(any(n.startswith("Daten: datasets/open-data.csv · Definition: ") for n in notes), name)
                self.assertTrue(any(n.startswith("Quelle von Gigabit-Anschlüsse, Glasfaser bis ins Haus (FTTH/B): Breitbandatlas") for n in notes), name)

    def test_years_and_figures_are_numbers(self):
        header, rows = sheet_rows(self.books["profile"]["Profil"])
        years = [row["aus"] for row in rows if row["aus"] is not None]
        self.assertTrue(years and all(isinstance(year, int) for year in years), years)
        self.assertIn("Indikator", [row["Ebene"] for row in rows])
        header, rows = sheet_rows(self.books["compare"]["Veränderung"])
        self.assertTrue(all(isinstance(row["Gewicht"], (int, float)) for row in rows))

    def test_numbers_equal_the_csv(self):
        csv_text = sci(*self.COMMANDS["gap"], "--format", "csv")
        header, rows = sheet_rows(self.books["gap"]["Plan"])
        for row, line in zip(rows, csv_rows(csv_text)):
            self.assertEqual(row["Indikator"], line["indicator"])
            self.assertTrue(same(row["Von"], line["from"]) and same(row["Auf"], line["to"]), line)
        csv_text = sci(*self.COMMANDS["sensitivity"], "--format", "csv")
        header, rows = sheet_rows(self.books["sensitivity"]["Rangintervalle 2021"])
        self.assertEqual([row["Stadt"] for row in rows], [line["city"] for line in csv_rows(csv_text)])


if __name__ == "__main__":
    unittest.main(verbosity=2)
