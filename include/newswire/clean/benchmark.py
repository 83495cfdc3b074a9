"""The clean step's body F1 on the article-extraction benchmark.

    python -m newswire.clean.benchmark [BENCHMARK_DIR]

The benchmark (``../shared/benchmarks/article-extraction``: ``html/*.html.gz``
and ``ground-truth.json`` with each page's true ``articleBody``) scores a
page by 4-token shingles: precision and recall of the predicted shingles
against the true ones, averaged over pages; F1 is taken from the two
averages. Printed next to it, trafilatura alone on the same pages, the
reference the clean step must beat. ``--halves`` adds the scores of the two
fixed halves of the pages (by a hash of the page id), the check that an
improvement found on one half holds on the other. Speed is given per second
of wall time and per second of CPU time (the latter does not depend on what
else the machine is running).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from newswire import config

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(0, len(tokens) - n + 1)))


def page_scores(true: str, predicted: str) -> tuple[float, float]:
    """(precision, recall) of one page; an empty prediction of an empty truth is perfect."""
    t, p = shingles(true), shingles(predicted)
    tp = sum((t & p).values())
    fp, fn = sum((p - t).values()), sum((t - p).values())
    precision = tp / (tp + fp) if tp + fp else (1.0 if not t else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def load_benchmark(directory: Path) -> list[tuple[str, str, bytes]]:
    """(page id, true body, html bytes) for every page of the benchmark."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id, entry in sorted(truth.items()):
        path = directory / "html" / f"{page_id}.html.gz"
        if path.exists():
            pages.append((page_id, entry.get("articleBody") or "", gzip.decompress(path.read_bytes())))
    return pages


def newswire_body(html: bytes) -> str:
    """What the clean step reads as the page's text: the body paragraphs as the
    page shows them (dateline included: it is printed text of the article)."""
    from newswire.clean.html import body_paragraphs, decode_html, parse_html

    return "\n".join(body_paragraphs(parse_html(decode_html(html))))


def trafilatura_body(html: bytes) -> str:
    import trafilatura

    return trafilatura.extract(html.decode("utf-8", errors="replace")) or ""


def half_of(page_id: str) -> str:
    """'A' or 'B': the fixed half of the benchmark a page belongs to."""
    return "AB"[hashlib.sha1(page_id.encode()).digest()[-1] % 2]


def score(pages, extractor) -> dict:
    precisions, recalls, failures = [], [], 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for _page_id, true, html in pages:
        try:
            predicted = extractor(html)
        except Exception:  # a page the extractor cannot read scores zero, as in the benchmark
            predicted, failures = "", failures + 1
        p, r = page_scores(true, predicted)
        precisions.append(p)
        recalls.append(r)
    n = len(pages)
    precision, recall = sum(precisions) / n, sum(recalls) / n
    return {"pages": n, "precision": precision, "recall": recall, "f1": f1(precision, recall),
            "failures": failures, "pages_per_second": n / (time.perf_counter() - started),
            "pages_per_cpu_second": n / max(time.process_time() - cpu_started, 1e-9)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, default=config.SHARED_DIR / "benchmarks" / "article-extraction")
    parser.add_argument("--halves", action="store_true", help="also score the two fixed halves of the pages")
    args = parser.parse_args(argv)
    if not (args.directory / "ground-truth.json").exists():
        print(f"no benchmark at {args.directory}", file=sys.stderr)
        return 2
    pages = load_benchmark(args.directory)
    print(f"clean step on the article-extraction benchmark ({len(pages)} pages, 4-token shingles, averaged per page)")
    print(f"{'extractor':<26}{'pages':>6}{'precision':>10}{'recall':>10}{'F1':>8}{'pages/s':>10}{'pages/cpu-s':>13}")
    groups = [("", pages)]
    if args.halves:
        groups += [(f" half {h}", [p for p in pages if half_of(p[0]) == h]) for h in "AB"]
    for name, extractor in (("newswire clean", newswire_body), ("trafilatura alone", trafilatura_body)):
        extractor(pages[0][2])  # warm up (imports, stop lists) outside the timing
        for label, group in groups:
            s = score(group, extractor)
            print(f"{name + label:<26}{s['pages']:>6}{s['precision']:>10.3f}{s['recall']:>10.3f}{s['f1']:>8.3f}"
                  f"{s['pages_per_second']:>10.1f}{s['pages_per_cpu_second']:>13.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
