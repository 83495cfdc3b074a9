"""The benchmark's figures as text: the tables ``make bench`` prints, the
scaling fit and the targets of issue 7."""

from __future__ import annotations

from dataclasses import dataclass

# Issue 7's targets (2-core machine).
EXTRACT_VS_BARE = 0.90
LOAD_VS_COPY = 0.5
E2E_SECONDS_1000 = 180.0
AIRFLOW_SHARE = 0.15
PEAK_RSS_MB = 1.5 * 1024
MIN_CORES_USED = 1.5  # "both cores used": CPU seconds of the run ÷ its wall time
SATURATED_CORES = 1.9  # the whole machine's busy cores (of 2) above which it had no idle core to give


@dataclass(frozen=True)
class Target:
    name: str
    goal: str
    value: str
    met: bool | None  # None: not measured in this run


def linear_fit(points: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Least squares y = a + b·x: (a, b, r²)."""
    n = len(points)
    if n < 2:
        return (0.0, points[0][1] / points[0][0] if points and points[0][0] else 0.0, 1.0)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    sxy = sum((x - mx) * (y - my) for x, y in points)
    b = sxy / sxx if sxx else 0.0
    a = my - b * mx
    ss_tot = sum((y - my) ** 2 for _, y in points)
    ss_res = sum((y - (a + b * x)) ** 2 for x, y in points)
    return a, b, (1 - ss_res / ss_tot) if ss_tot else 1.0


def marginal_costs(points: list[tuple[float, float]]) -> list[float]:
    """Seconds per extra story between consecutive sizes."""
    pts = sorted(points)
    return [(y2 - y1) / (x2 - x1) for (x1, y1), (x2, y2) in zip(pts, pts[1:]) if x2 > x1]


def is_linear(points: list[tuple[float, float]], tolerance: float = 1.3) -> bool | None:
    """Linear enough: r² ≥ 0.98 and the last marginal cost per story within
    ``tolerance`` × the first (a quadratic term would grow it with N)."""
    if len(points) < 3:
        return None
    _, _, r2 = linear_fit(points)
    costs = marginal_costs(points)
    return r2 >= 0.98 and costs[-1] <= tolerance * costs[0]


def fmt_int(x: float) -> str:
    return f"{x:,.0f}"


def table(rows: list[list[str]], header: list[str]) -> str:
    """A Markdown table (readable as plain text too)."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])
