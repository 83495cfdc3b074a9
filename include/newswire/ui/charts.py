"""Bar charts as inline SVG, drawn on the server: no JavaScript, no CDN.

Every piece of text that goes into the SVG is escaped here, so a chart can
be inserted into a page as it is.
"""

from __future__ import annotations

import math
from datetime import date
from html import escape

# Plot area inside the SVG viewBox, in user units.
WIDTH, HEIGHT = 520, 230
LEFT, RIGHT, TOP, BOTTOM = 40, 10, 34, 30


def nice_ceiling(value: float) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50, ... that is >= value (at least 1)."""
    if value <= 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * magnitude >= value:
            return int(step * magnitude)
    return int(10 * magnitude)  # unreachable: 10 * magnitude > value always


def bar_chart(points: list[tuple[date, int]], title: str, unit: str, css_class: str = "bars") -> str:
    """A daily bar chart: one bar per (day, value), a y axis from 0 to a round
    maximum, a date label every few days, and a tooltip (<title>) per bar."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = nice_ceiling(max((v for _, v in points), default=0))
    slot = plot_w / max(len(points), 1)
    bar_w = max(slot * 0.75, 1.0)
    total = sum(v for _, v in points)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {escape(css_class)}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-label="{escape(f"{title}: {total} {unit} in {len(points)} days")}">',
        f'<title>{escape(title)}</title>',
        f'<text class="chart-title" x="{LEFT}" y="20">{escape(title)}</text>',
        f'<text class="chart-total" x="{WIDTH - RIGHT}" y="20" text-anchor="end">{total} {escape(unit)}</text>',
    ]
    # Horizontal grid lines at 0, 1/2 and the top, labelled on the y axis.
    for frac in (0, 0.5, 1):
        y = TOP + plot_h * (1 - frac)
        label = f"{top * frac:g}"
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="axis" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
    label_every = max(1, math.ceil(len(points) / 6))
    for i, (day, value) in enumerate(points):
        x = LEFT + i * slot + (slot - bar_w) / 2
        h = plot_h * value / top
        y = TOP + plot_h - h
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" data-day="{day.isoformat()}" '
            f'data-value="{value}"><title>{escape(f"{day:%a %d %b %Y}: {value} {unit}")}</title></rect>'
        )
        # Label the last day, and every few days counting back from it, so the newest is always named.
        if (len(points) - 1 - i) % label_every == 0:
            last = i == len(points) - 1  # flush with the right edge, not cut off by it
            parts.append(
                f'<text class="axis" x="{x + bar_w if last else x + bar_w / 2:.1f}" y="{HEIGHT - BOTTOM + 16}" '
                f'text-anchor="{"end" if last else "middle"}">{escape(f"{day:%d %b}")}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
