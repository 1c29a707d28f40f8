"""The explorable overview in a real browser: Debian's chromium driven by Playwright.

    make browser-test          # builds sci, writes reports into a temporary folder, runs this

Checks that the page's totals equal `sci rank --weights FILE` (to 1e-9, ranks exactly) for
random weights set through the URL fragment and through the sliders; sorting, filtering and
reset; that nothing logs an error; that without JavaScript the page is the static report; and
that hostile city names stay text. Prints the time one slider move takes to re-rank (the
figure BENCHMARKS.md quotes) and saves screenshots (desktop 1280 px and phone 375 px, before and
after re-weighting) into the report folder's `screenshots/` for a look.
"""
import csv
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unittest

from playwright.sync_api import sync_playwright

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCI = os.environ.get("SCI", os.path.join(ROOT, ".build", "debug", "sci"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
WORK = tempfile.mkdtemp(prefix="sci-browser-")
AREAS = ["verwaltung", "it_kommunikation", "energie_umwelt", "mobilitaet", "gesellschaft_bildung"]


# sci follows the locale where --lang is not given: these checks expect English.
ENGLISH = {**os.environ, "LC_ALL": "C.UTF-8"}


def sci(*args, cwd=ROOT):
    run = subprocess.run([SCI, *args], cwd=cwd, capture_output=True, text=True, env=ENGLISH)
    if run.returncode != 0:
        raise AssertionError(f"sci {' '.join(args)}: {run.stderr}")
    return run.stdout


def expected(weights):
    """`sci rank --weights` with these area weights: {city: (rank, total)}."""
    path = os.path.join(WORK, "weights.csv")
    with open(path, "w") as f:
        f.write("id,weight\n" + "".join(f"{a},{w!r}\n" for a, w in zip(AREAS, weights)))
    rows = csv.DictReader(io.StringIO(sci("rank", "--weights", path, "--format", "csv")))
    return {r["city"]: (int(r["rank"]), float(r["score"])) for r in rows if r["rank"]}


def expected_since(weights):
    """`sci compare --weights` with these area weights: {city: rank_change} (None for entering)."""
    path = os.path.join(WORK, "weights.csv")
    with open(path, "w") as f:
        f.write("id,weight\n" + "".join(f"{a},{w!r}\n" for a, w in zip(AREAS, weights)))
    rows = csv.DictReader(io.StringIO(sci("compare", "--weights", path, "--format", "csv")))
    return {r["city"]: (int(r["rank_change"]) if r["rank_change"] else None) for r in rows if r["rank_to"]}


def shown_since(page):
    """The "± since" column as the page shows it: {city: places gained} (None for "new")."""
    cells = page.eval_on_selector_all(
        "#ranking-table tbody tr", "rows => rows.map(r => [r.dataset.city, r.querySelector('td.since').textContent])")
    def parse(text):
        text = text.replace("\u00a0", " ").replace("¹", "").strip()
        if text == "–":
            return 0
        if text.startswith("▲"):
            return int(text[1:])
        if text.startswith("▼"):
            return -int(text[1:])
        return None
    return {city: parse(text) for city, text in cells}


def shown(page):
    """The ranking as the page shows it, in row order: [(city, rank, total)]."""
    return page.eval_on_selector_all(
        "#ranking-table tbody tr",
        "rows => rows.filter(r => !r.hidden).map(r => [r.dataset.city, Number(r.querySelector('.rank').textContent),"
        " Number(r.querySelector('[data-score]').dataset.score)])")


class ReportInBrowser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = os.path.join(WORK, "reports")
        sci("report", "--sensitivity", "100", "--out", cls.out)
        cls.url = "file://" + os.path.join(cls.out, "index.html")
        cls.pw = sync_playwright().start()
        cls.browser = cls.pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        os.makedirs(os.path.join(cls.out, "screenshots"), exist_ok=True)

    @classmethod
    def tearDownClass(cls):
        cls.browser.close()
        cls.pw.stop()

    def open(self, fragment="", width=1280, height=900, javascript=True):
        context = self.browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=javascript)
        page = context.new_page()
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(self.url + fragment)
        self.addCleanup(context.close)
        self.addCleanup(lambda: self.assertEqual(errors, [], "no errors in the console"))
        return page

    def assertMatches(self, page, weights):
        want = expected(weights)
        got = shown(page)
        self.assertEqual(len(got), len(want))
        for city, rank, total in got:
            self.assertEqual(rank, want[city][0], f"{city} rank with {weights}")
            self.assertAlmostEqual(total, want[city][1], delta=1e-9, msg=f"{city} total with {weights}")
        ranks = [rank for _, rank, _ in got]
        self.assertEqual(ranks, sorted(ranks), "rows in rank order")

    def test_random_weights_in_the_fragment_equal_sci_rank(self):
        rng = random.Random(13)
        page = self.open()
        for _ in range(12):
            weights = [round(rng.uniform(0.1, 5), 1) for _ in AREAS]
            page.goto(self.url + "#weights=" + ",".join(f"{a}:{w}" for a, w in zip(AREAS, weights)))
            page.reload()
            self.assertMatches(page, weights)
            for area, weight in zip(AREAS, weights):
                self.assertEqual(float(page.input_value(f"input[name='weight-{area}']")), weight)

    def test_random_weights_through_the_sliders_equal_sci_rank(self):
        rng = random.Random(29)
        page = self.open()
        for _ in range(8):
            weights = [round(rng.uniform(0.1, 5), 1) for _ in AREAS]
            for area, weight in zip(AREAS, weights):
                page.fill(f"input[name='weight-{area}']", str(weight))
            self.assertMatches(page, weights)
            fragment = page.evaluate("location.hash")
            self.assertEqual(fragment, "#weights=" + ",".join(f"{a}:{w:g}" for a, w in zip(AREAS, weights)))
            leader = shown(page)[0][0]
            self.assertIn(leader, page.inner_text("#announce"))

    def test_since_column_and_leader_follow_the_weights_as_sci_compare(self):
        page = self.open()
        self.assertFalse(page.is_visible("#at-published"))
        # three weight sets, a left-out area among them: the page's "± since 2020" is sci compare's
        for weights in [[0, 1, 1, 1, 1], [3, 1, 0.5, 2, 1], [1, 4.5, 2, 0.5, 3]]:
            page.goto(self.url + "#weights=" + ",".join(f"{a}:{w}" for a, w in zip(AREAS, weights)))
            page.reload()
            want = expected_since(weights)
            got = shown_since(page)
            self.assertEqual(got, want, f"± since 2020 with {weights}")
            self.assertTrue(page.is_visible("#at-published"), "the page says what stays at the published weights")
            leader, _, total = shown(page)[0]
            self.assertEqual(page.inner_text("#figure-leader span"), leader)
            self.assertEqual(page.inner_text("#figure-leader b"), f"{total:.1f}")
            print(f"\n{weights}: leader {leader} {total:.1f}; ± since 2020 equal to sci compare for {len(want)} cities", file=sys.stderr)
        # back at the published weights, the published column (with its ¹ marks) is back
        page.click("#reset-weights")
        self.assertFalse(page.is_visible("#at-published"))
        published = self.open()
        self.assertEqual(
            page.eval_on_selector_all("td.since", "c => c.map(x => x.textContent)"),
            published.eval_on_selector_all("td.since", "c => c.map(x => x.textContent)"))

    def test_any_two_cities_head_to_head_equal_sci_versus(self):
        """The duel under the reader's weights: totals and each area's points of the gap exactly
        as `sci versus A B --weights` with those weights (to 1e-9); an area only one city has a
        score in counts for the other at its own total, on both sides (München has no Onleihe
        value), and the page says so."""
        page = self.open()
        rng = random.Random(29)
        path = os.path.join(WORK, "weights.csv")
        for a, b in [("München", "Hamburg"), ("Wiesbaden", "Oberhausen"), ("Ulm", "Hamburg")]:
            weights = [round(rng.uniform(0.1, 5), 1) for _ in AREAS]
            page.goto(self.url + "#weights=" + ",".join(f"{x}:{w}" for x, w in zip(AREAS, weights)))
            page.wait_for_selector("#duel-pick:not([hidden])")
            page.select_option("#duel-a", a)
            page.select_option("#duel-b", b)
            def points(tr):
                cell = tr.query_selector("[data-points]")
                return float(cell.get_attribute("data-points")) if cell else None
            got = {tr.get_attribute("data-area"): points(tr) for tr in page.query_selector_all("#duel-result tr[data-area]")}
            with open(path, "w") as f:
                f.write("id,weight\n" + "".join(f"{x},{w!r}\n" for x, w in zip(AREAS, weights)))
            rows = list(csv.DictReader(io.StringIO(
                sci("versus", a, b, "--weights", path, "--sensitivity", "0", "--format", "csv").split("\n\n")[0])))
            want = {r["node"]: float(r["contribution"]) if r["contribution"] else None for r in rows if r["level"] == "area"}
            # the page's total row is the whole gap: the index row's difference of the two totals
            want["total"] = float(rows[0]["difference"])
            self.assertEqual(set(got), set(want), f"{a} against {b}")
            for key in want:
                if want[key] is None or got[key] is None:
                    self.assertEqual(got[key], want[key], f"{a} against {b}, {key}: no points on either side")
                    continue
                self.assertAlmostEqual(got[key], want[key], delta=1e-9, msg=f"{a} against {b}, {key}, weights {weights}")
            if a == "München":
                self.assertIsNotNone(got["gesellschaft_bildung"], "München's missing Onleihe has its points")
                self.assertIn("the other's own area score counts in its place", page.inner_text("#duel-result"))
        page.locator("#duel-pick").screenshot(path=os.path.join(WORK, "duel-explorer.png"))

    def test_every_council_brief_prints_on_one_a4_page(self):
        """A city's brief, printed from chromium to PDF, is one A4 page: the ten longest of the
        report's 80 English briefs (by their text), and Wiesbaden's and München's in German from
        `sci brief --lang de` (the longest German words)."""
        folder = os.path.join(self.out, "briefs")
        every = [os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".html")]
        self.assertEqual(len(every), 80)
        briefs = sorted(every, key=os.path.getsize, reverse=True)[:10]
        german = os.path.join(WORK, "briefs-de")
        for city in ("Wiesbaden", "München"):
            sci("brief", city, "--lang", "de", "--sensitivity", "50", "--out", german)
        briefs += [os.path.join(german, "wiesbaden.html"), os.path.join(german, "muenchen.html")]
        context = self.browser.new_context()
        self.addCleanup(context.close)
        page = context.new_page()
        longest = 0
        for path in briefs:
            page.goto("file://" + path)
            pdf = page.pdf(format="A4", prefer_css_page_size=True)
            pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
            self.assertEqual(pages, 1, f"{os.path.basename(path)} prints on {pages} pages")
            longest = max(longest, page.evaluate("document.body.scrollHeight"))
        page.goto("file://" + os.path.join(german, "wiesbaden.html"))
        page.screenshot(path=os.path.join(WORK, "brief-wiesbaden-de.png"), full_page=True)
        print(f"\n{len(briefs)} briefs (the longest), each one A4 page (tallest on screen {longest} px)", file=sys.stderr)

    def test_the_map_is_recoloured_and_shifts_are_shown(self):
        page = self.open()
        before = page.get_attribute("#chart-map circle[data-city='Ingolstadt']", "fill")
        page.fill("input[name='weight-verwaltung']", "0.1")
        after = page.get_attribute("#chart-map circle[data-city='Ingolstadt']", "fill")
        self.assertNotEqual(before, after)
        self.assertEqual(page.eval_on_selector_all("#ranking-table thead th.shift", "h => h.length"), 1)

    def test_reset_restores_the_published_ranking(self):
        page = self.open()
        published = shown(page)
        page.fill("input[name='weight-energie_umwelt']", "4")
        self.assertNotEqual(shown(page), published)
        page.click("#reset-weights")
        self.assertEqual(shown(page), published)
        self.assertEqual(page.evaluate("location.hash"), "")

    def test_sorting_by_any_column_with_mouse_and_keyboard(self):
        page = self.open()
        page.click("#ranking-table thead th:nth-child(3) button")  # City
        cities = [c for c, _, _ in shown(page)]
        self.assertEqual(cities, page.evaluate("cs => cs.slice().sort((a, b) => a.localeCompare(b, 'en'))", cities))
        self.assertEqual(cities[:3], ["Aachen", "Augsburg", "Bergisch Gladbach"])
        self.assertEqual(page.get_attribute("#ranking-table thead th:nth-child(3)", "aria-sort"), "ascending")
        page.focus("#ranking-table thead th:nth-child(4) button")  # Total, by keyboard
        page.keyboard.press("Enter")
        totals = [t for _, _, t in shown(page)]
        self.assertEqual(totals, sorted(totals))
        page.keyboard.press("Enter")
        totals = [t for _, _, t in shown(page)]
        self.assertEqual(totals, sorted(totals, reverse=True))

    def test_filtering_by_city_or_state(self):
        page = self.open()
        page.fill("#filter", "bayern")
        self.assertEqual(len(shown(page)), 8)
        page.fill("#filter", "frankf")
        self.assertEqual([c for c, _, _ in shown(page)], ["Frankfurt am Main"])
        page.fill("#filter", "munchen")  # accents aside
        self.assertEqual([c for c, _, _ in shown(page)], ["München"])
        page.fill("#filter", "")
        self.assertEqual(len(shown(page)), 80)

    def test_without_javascript_the_page_is_the_static_report(self):
        page = self.open(javascript=False)
        self.assertFalse(page.is_visible("#explore"))
        ranks = [rank for _, rank, _ in shown(page)]
        self.assertEqual(ranks, sorted(ranks))
        self.assertEqual(len(ranks), 80)
        self.assertEqual(page.eval_on_selector_all("#chart-map circle[data-city]", "c => c.length"), 80)

    def test_re_ranking_time_and_screenshots(self):
        for width, height, name in [(1280, 900, "desktop"), (375, 812, "phone")]:
            page = self.open(width=width, height=height)
            page.screenshot(path=os.path.join(self.out, "screenshots", f"{name}-published.png"), full_page=True)
            times = page.evaluate(
                """() => {
                  const s = document.querySelector("input[name='weight-verwaltung']"); const t = [];
                  for (let i = 0; i < 50; i++) {
                    s.value = String(0.1 + (i % 40) / 10); const t0 = performance.now();
                    s.dispatchEvent(new Event('input')); t.push(performance.now() - t0);
                  }
                  t.sort((a, b) => a - b); return [t[25], t[t.length - 1]];
                }""")
            print(f"\n{name}: re-ranking 80 cities after a slider move: median {times[0]:.2f} ms, slowest {times[1]:.2f} ms",
                  file=sys.stderr)
            page.fill("input[name='weight-verwaltung']", "0.5")
            page.fill("input[name='weight-energie_umwelt']", "3")
            page.screenshot(path=os.path.join(self.out, "screenshots", f"{name}-reweighted.png"), full_page=True)


class HostileNames(unittest.TestCase):
    """City and area names that try to leave the JSON, the script or the markup stay text."""

    def test_hostile_names_stay_text(self):
        names = ["</script><script>alert(1)</script>", "<!--", "Line\u2028Separator", "Quote\" & 'x'"]
        folder = os.path.join(WORK, "hostile")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "index.csv"), "w") as f:
            f.write('id,name,parent,direction\nsci,"</script> index",,\na,"<!-- area",sci,\nx,x,a,+\nb,"Area\u2028b",sci,\ny,y,b,+\n')
        with open(os.path.join(folder, "data.csv"), "w") as f:
            writer = csv.writer(f)
            writer.writerow(["city", "year", "x", "y"])
            for i, name in enumerate(names):
                writer.writerow([name, 2023, i * 10, 40 - i * 10])
        out = os.path.join(folder, "reports")
        sci("report", "--index", os.path.join(folder, "index.csv"), "--data", os.path.join(folder, "data.csv"),
            "--cities", os.path.join(folder, "data.csv"), "--out", out)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page()
            errors, dialogs = [], []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto("file://" + os.path.join(out, "index.html"))
            data = json.loads(page.text_content("#sci-data"))
            self.assertEqual(sorted(c["city"] for c in data["cities"]), sorted(names))
            self.assertEqual(sorted(page.eval_on_selector_all("#ranking-table tbody tr", "r => r.map(x => x.dataset.city)")),
                             sorted(names))
            page.fill("input[name='weight-a']", "2")
            self.assertEqual(errors, [])
            self.assertEqual(dialogs, [])
            self.assertEqual(page.eval_on_selector_all("script", "s => s.length"), 2)  # the data and the page's own
            browser.close()


if __name__ == "__main__":
    print(f"reports and screenshots in {WORK}", file=sys.stderr)
    unittest.main(verbosity=2)
