"""Score the extractor against hand-annotated stories.

    python -m newswire.extract.evaluate [--core-only] [--no-speed] [--details]

Prints, for the seed story, each ``tests/fixtures/annotated/*.gold.json`` (our
sample corpus) and each ``tests/fixtures/real-news/*.gold.json`` (real news
pages of the shared extraction benchmark): quote precision/recall/F1 at 30%
and 80% overlap, speaker accuracy and people precision/recall/F1, then the
totals of each set and the speed of extraction against the bare model. The
scoring functions are plain and reusable by tests.

The real-news annotations hold offsets into the benchmark's true article
bodies (``articleBody`` in ``ground-truth.json``), never the text itself: the
text stays in ``../shared`` and is read from there.

Matching: a predicted quote matches a gold quote when it covers more than
``threshold`` of the gold quote's characters; each quote matches at most
once (greedy, best coverage first). Speaker accuracy: over quotes matched at
30%, predicted ``speaker`` equals gold ``reference`` (case-insensitive;
empty and null are the same).
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from newswire.config import SHARED_DIR
from newswire.corpus import SAMPLE_CORPUS_DIR, parse_story

REPO_ROOT = Path(__file__).resolve().parents[3]
SEED_DIR = SHARED_DIR / "fixtures" / "seed-story"
ANNOTATED_DIR = REPO_ROOT / "tests" / "fixtures" / "annotated"
REAL_NEWS_DIR = REPO_ROOT / "tests" / "fixtures" / "real-news"
CANADIAN_NEWS_DIR = REPO_ROOT / "tests" / "fixtures" / "canadian-news"
BENCHMARK_DIR = SHARED_DIR / "benchmarks" / "article-extraction"
THRESHOLDS = (0.3, 0.8)


# -- scoring ---------------------------------------------------------------
def coverage(pred: dict, gold: dict) -> float:
    """Share of the gold quote's characters that the prediction covers."""
    length = gold["end"] - gold["start"]
    if length <= 0:
        return 0.0
    overlap = min(pred["end"], gold["end"]) - max(pred["start"], gold["start"])
    return max(0, overlap) / length


def match_quotes(predicted: list[dict], gold: list[dict], threshold: float) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, best coverage first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            c = coverage(p, g)
            if c > threshold:
                pairs.append((c, gi, pi))
    pairs.sort(key=lambda x: -x[0])
    used_gold, used_pred, matched = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            matched.append((gi, pi))
    return sorted(matched)


@dataclass
class Counts:
    """True positives, predictions and gold items; adds up across stories."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.predicted + other.predicted, self.gold + other.gold)

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def quote_counts(predicted: list[dict], gold: list[dict], threshold: float) -> Counts:
    return Counts(len(match_quotes(predicted, gold, threshold)), len(predicted), len(gold))


def _norm(name) -> str:
    return " ".join((name or "").lower().split())


def speaker_counts(predicted: list[dict], gold: list[dict], threshold: float = 0.3) -> Counts:
    """tp = matched quotes with the right reference; gold = matched quotes."""
    matched = match_quotes(predicted, gold, threshold)
    right = sum(_norm(predicted[pi].get("speaker")) == _norm(gold[gi].get("reference")) for gi, pi in matched)
    return Counts(right, len(matched), len(matched))


def people_counts(predicted: list[str], gold: list[str]) -> Counts:
    pred, ref = {_norm(p) for p in predicted}, {_norm(g) for g in gold}
    return Counts(len(pred & ref), len(pred), len(ref))


@dataclass
class StoryScore:
    name: str
    quotes: dict[float, Counts] = field(default_factory=dict)
    speakers: Counts = field(default_factory=Counts)
    people: Counts = field(default_factory=Counts)

    def __add__(self, other: "StoryScore") -> "StoryScore":
        return StoryScore(
            "ALL",
            {t: self.quotes.get(t, Counts()) + other.quotes.get(t, Counts()) for t in THRESHOLDS},
            self.speakers + other.speakers,
            self.people + other.people,
        )


def score_story(name: str, record: dict, gold: dict, core_only: bool = False) -> StoryScore:
    gold_quotes = [q for q in gold["quotes"] if not core_only or q.get("certainty", "core") == "core"]
    predicted = record["quotes"]
    return StoryScore(
        name,
        {t: quote_counts(predicted, gold_quotes, t) for t in THRESHOLDS},
        speaker_counts(predicted, gold_quotes),
        people_counts(record["people"], gold.get("people", [])),
    )


def score_all(stories: list["AnnotatedStory"], records: list[dict], core_only: bool = False) -> StoryScore:
    """One total over a set of stories and their extraction records."""
    scores = [score_story(s.name, r, s.gold, core_only) for s, r in zip(stories, records)]
    return sum(scores[1:], scores[0])


def headline_figures(total: StoryScore) -> dict[str, float]:
    """The figures the extraction targets are set in."""
    return {
        "quote F1@30": total.quotes[0.3].f1,
        "quote precision@30": total.quotes[0.3].precision,
        "quote F1@80": total.quotes[0.8].f1,
        "speaker accuracy": total.speakers.precision,
        "people F1": total.people.f1,
    }


# -- data ------------------------------------------------------------------
@dataclass
class AnnotatedStory:
    name: str
    text: str
    gold: dict


def load_seed_story(seed_dir: Path = SEED_DIR) -> AnnotatedStory:
    return AnnotatedStory(
        "seed",
        (seed_dir / "story.txt").read_text(encoding="utf-8"),
        json.loads((seed_dir / "gold.json").read_text(encoding="utf-8")),
    )


def _story_text_for(gold_path: Path, gold: dict, corpus_dir: Path) -> str | None:
    """The story text a gold file annotates: same file stem, else its slug/guid."""
    stem = gold_path.name.removesuffix(".gold.json")
    candidates = [corpus_dir / f"{stem}.story"]
    for key in ("story", "story_file", "file", "slug"):
        if isinstance(gold.get(key), str):
            value = gold[key]
            candidates += [corpus_dir / value, corpus_dir / f"{value}.story"]
            candidates += sorted(corpus_dir.glob(f"*{Path(value).stem}.story"))
    for path in candidates:
        if path.is_file():
            return parse_story(path.read_text(encoding="utf-8"), str(path)).text
    guid = gold.get("guid")
    if guid:
        for path in sorted(corpus_dir.glob("*.story")):
            story = parse_story(path.read_text(encoding="utf-8"), str(path))
            if story.guid == guid:
                return story.text
    return None


def load_annotated(annotated_dir: Path = ANNOTATED_DIR, corpus_dir: Path = SAMPLE_CORPUS_DIR) -> list[AnnotatedStory]:
    """Annotated stories whose text can be found; others are skipped (still being written)."""
    stories = []
    for gold_path in sorted(annotated_dir.glob("*.gold.json")):
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            continue  # half-written
        text = _story_text_for(gold_path, gold, corpus_dir)
        if text is not None:
            stories.append(AnnotatedStory(gold_path.name.removesuffix(".gold.json"), text, gold))
    return stories


def load_real_news(annotated_dir: Path = REAL_NEWS_DIR, benchmark_dir: Path = BENCHMARK_DIR) -> list[AnnotatedStory]:
    """Benchmark pages annotated by offsets; each gold quote gets its text from the page body."""
    truth_path = benchmark_dir / "ground-truth.json"
    if not truth_path.is_file():
        return []
    bodies = {page: item["articleBody"] for page, item in json.loads(truth_path.read_text(encoding="utf-8")).items()}
    stories = []
    for gold_path in sorted(annotated_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = bodies[gold["page"]]
        for quote in gold["quotes"]:
            quote["quote"] = text[quote["start"] : quote["end"]]
        stories.append(AnnotatedStory(gold_path.name.removesuffix(".gold.json"), text, gold))
    return stories


def load_inline(annotated_dir: Path = CANADIAN_NEWS_DIR) -> list[AnnotatedStory]:
    """Stories whose gold file holds their text ('text', 'quotes', 'people')."""
    stories = []
    for gold_path in sorted(annotated_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        stories.append(AnnotatedStory(gold_path.stem, gold["text"], gold))
    return stories


# -- speed -----------------------------------------------------------------
def words_per_second(nlp, texts: list[str], repeats: int = 3, batch_size: int = 32) -> float:
    """Best of ``repeats`` runs of ``nlp.pipe`` over ``texts`` (whitespace words)."""
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=batch_size):
            pass
        best = min(best, time.perf_counter() - start)
    return words / best


@dataclass
class Speed:
    extract: float  # words/s of load_pipeline()
    bare: float  # words/s of the model as shipped (all its components)
    bare_same_components: float  # words/s of the model minus what extraction excludes

    @property
    def ratio(self) -> float:
        return self.extract / self.bare

    @property
    def rules_ratio(self) -> float:
        """The cost of newswire's components alone."""
        return self.extract / self.bare_same_components


def measure_speed(texts: list[str], repeats: int = 5, min_words: int = 20000) -> Speed:
    """Words/s of extraction and of bare ``nlp.pipe`` on the same texts, interleaved."""
    import spacy

    from newswire.extract.pipeline import EXCLUDED_MODEL_COMPONENTS, MODEL_NAME, load_bare_model, load_pipeline

    words = sum(len(t.split()) for t in texts) or 1
    texts = texts * max(1, -(-min_words // words))
    pipelines = {
        "extract": load_pipeline(),
        "bare": load_bare_model(),
        "bare_same_components": spacy.load(MODEL_NAME, exclude=list(EXCLUDED_MODEL_COMPONENTS)),
    }
    for nlp in pipelines.values():
        words_per_second(nlp, texts[:5], 1)  # warm up
    rates: dict[str, list[float]] = {name: [] for name in pipelines}
    for _ in range(repeats):
        for name, nlp in pipelines.items():
            rates[name].append(words_per_second(nlp, texts, 1))
    return Speed(**{name: max(r) for name, r in rates.items()})


# -- report ----------------------------------------------------------------
def _fmt(c: Counts) -> str:
    return f"{c.precision:5.2f} {c.recall:5.2f} {c.f1:5.2f}"


def format_row(s: StoryScore) -> str:
    q30, q80 = s.quotes[0.3], s.quotes[0.8]
    sp = f"{s.speakers.precision:5.2f}" if s.speakers.gold else "  -  "
    return f"{s.name[:38]:38} {q30.gold:4d} {q30.predicted:4d}  {_fmt(q30)}  {_fmt(q80)}  {sp}  {_fmt(s.people)}"


HEADER = (
    f"{'story':38} {'gold':>4} {'pred':>4}  {'P@30':>5} {'R@30':>5} {'F@30':>5}  "
    f"{'P@80':>5} {'R@80':>5} {'F@80':>5}  {'spkr':>5}  {'pplP':>5} {'pplR':>5} {'pplF':>5}"
)


def print_details(story: AnnotatedStory, record: dict, core_only: bool) -> None:
    gold_quotes = [q for q in story.gold["quotes"] if not core_only or q.get("certainty", "core") == "core"]
    predicted = record["quotes"]
    matched = dict(match_quotes(predicted, gold_quotes, 0.3))
    matched80 = dict(match_quotes(predicted, gold_quotes, 0.8))
    used = set(matched.values())
    for gi, g in enumerate(gold_quotes):
        if gi not in matched:
            print(f"  MISS  [{g.get('kind')}] {g.get('reference')!r:28} {g['quote'][:110]!r}")
            continue
        p = predicted[matched[gi]]
        if gi not in matched80:
            print(f"  <80%  gold {g['quote'][:100]!r}\n        pred {p['quote'][:100]!r}")
        if _norm(p["speaker"]) != _norm(g.get("reference")):
            print(f"  SPKR  gold {g.get('reference')!r} pred {p['speaker']!r} ({p['speaker_text']!r}) {g['quote'][:60]!r}")
    for pi, p in enumerate(predicted):
        if pi not in used:
            print(f"  EXTRA [{p['kind']}] {p['speaker']!r:28} {p['quote'][:110]!r}")
    pred_people = {_norm(p) for p in record["people"]}
    gold_people = {_norm(p) for p in story.gold.get("people", [])}
    if pred_people != gold_people:
        print(f"  PEOPLE missing {sorted(gold_people - pred_people)} extra {sorted(pred_people - gold_people)}")


def _report_story(story: AnnotatedStory, record: dict, args: argparse.Namespace) -> StoryScore:
    score = score_story(story.name, record, story.gold, args.core_only)
    print(format_row(score))
    if args.details:
        print_details(story, record, args.core_only)
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--core-only", action="store_true", help="score only gold quotes with certainty=core")
    parser.add_argument("--no-speed", action="store_true", help="skip the words/s measurement")
    parser.add_argument("--details", action="store_true", help="list misses, extras and wrong speakers")
    parser.add_argument("--annotated-dir", type=Path, default=ANNOTATED_DIR)
    parser.add_argument("--real-news-dir", type=Path, default=REAL_NEWS_DIR)
    parser.add_argument("--canadian-news-dir", type=Path, default=CANADIAN_NEWS_DIR)
    args = parser.parse_args(argv)

    from newswire.extract.pipeline import EXTRACTOR_VERSION, analyze

    seed = load_seed_story() if SEED_DIR.is_dir() else None
    sets = {
        "own annotated": load_annotated(args.annotated_dir),
        "real news": load_real_news(args.real_news_dir),
        "canadian news": load_inline(args.canadian_news_dir),
    }
    stories = ([seed] if seed else []) + [story for group in sets.values() for story in group]
    records = dict(zip((id(s) for s in stories), analyze([s.text for s in stories])))
    print(f"extractor {EXTRACTOR_VERSION}; quotes scored: {'core only' if args.core_only else 'all'}")
    print(HEADER)
    if seed:
        _report_story(seed, records[id(seed)], args)
    for set_name, group in sets.items():
        if not group:
            continue
        print(f"-- {set_name}")
        scores = [_report_story(story, records[id(story)], args) for story in group]
        total = sum(scores[1:], scores[0])
        total.name = f"ALL {set_name} ({len(group)} stories)"
        print(format_row(total))
    if not args.no_speed:
        texts = [s.text for s in stories]
        speed = measure_speed(texts)
        print(
            f"speed: extract {speed.extract:,.0f} words/s, bare nlp.pipe {speed.bare:,.0f} words/s "
            f"(ratio {speed.ratio:.2f}); same model components without newswire's "
            f"{speed.bare_same_components:,.0f} words/s (rules cost: ratio {speed.rules_ratio:.2f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
