"""What the design's fixed steps cost per page, against urlwatch's whole run.

The cold-run target (tracker no slower than urlwatch) has a floor set by the design, not by our rules:
extraction reads a BeautifulSoup tree (bs4 with the lxml parser), and building that tree costs more per page
than urlwatch spends on a page in all. This script prints per-page CPU (medians of 3 passes over the
benchmark's own generated pages) for:

- lxml parse: the parse alone (what any reader of the HTML pays);
- bs4 over the whole page: BeautifulSoup(text, "lxml"), what the design names;
- tracker's Page: lxml parse, chrome dropped in lxml, bs4 over what is left (what tracker pays before any rule);
- tracker extract: the whole extraction, every rule.

    python benchmarks/parse_floor.py [--pages 150]

Compare with urlwatch's CPU per page in `benchmarks/run.py`'s cold run (its CPU column / sources).
"""
from __future__ import annotations

import argparse
import statistics
import time

import lxml.html
from bs4 import BeautifulSoup

import gen_pages
from tracker.extract import extract
from tracker.fetch import decode_body
from tracker.model import Fetched, Work
from tracker.page import Page


def benchmark_pages(n: int) -> list[tuple[Fetched, Work]]:
    out = []
    for entry in gen_pages.catalog(n, seed=1)[:n]:
        url = f"http://127.0.0.{2 + entry.host}:8765{entry.path}"
        body = gen_pages.render(1, entry, 0, base_url=url)
        text, charset = decode_body(body, "text/html")
        out.append((Fetched(url=url, final_url=url, status=200, body=body, text=text,
                            content_type="text/html", charset=charset), Work(entry.work, (entry.alias,))))
    return out


def cpu_ms_per_page(step, pages) -> tuple[float, float]:
    """(median, mean) CPU ms of `step` over the pages: the median of 3 passes after a warm-up pass."""
    passes = []
    for _ in range(4):
        times = []
        for fetched, work in pages:
            t = time.process_time()
            step(fetched, work)
            times.append(time.process_time() - t)
        passes.append((statistics.median(times) * 1000, statistics.mean(times) * 1000))
    passes = passes[1:]
    return statistics.median(p[0] for p in passes), statistics.median(p[1] for p in passes)


STEPS = {
    "lxml parse": lambda f, w: lxml.html.document_fromstring(f.text),
    "bs4 (lxml) over the whole page": lambda f, w: BeautifulSoup(f.text, "lxml"),
    "tracker Page (no rule run)": lambda f, w: Page.from_fetched(f),
    "tracker extract (every rule)": lambda f, w: extract(f, w),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=150)
    args = ap.parse_args()
    pages = benchmark_pages(args.pages)
    size = statistics.mean(len(f.body) for f, _ in pages) / 1024
    print(f"{len(pages)} benchmark pages, {size:.0f} KB average; CPU per page, medians of 3 passes")
    print(f"| step | median ms | mean ms | CPU s per 1,000 pages |")
    print(f"| --- | ---: | ---: | ---: |")
    for name, step in STEPS.items():
        median, mean = cpu_ms_per_page(step, pages)
        print(f"| {name} | {median:.2f} | {mean:.2f} | {mean:.1f} |")


if __name__ == "__main__":
    main()
