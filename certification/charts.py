"""Charts drawn on the server as inline SVG: no script, no external service, readable without colour."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

BAR_HEIGHT = 22
LABEL_WIDTH = 220
BAR_WIDTH = 360


def bar_chart(items: Sequence[tuple[str, int]], *, title: str) -> SafeString:
    """Horizontal bars of percentages, one per (label, percent)."""
    height = BAR_HEIGHT * len(items) + 10
    width = LABEL_WIDTH + BAR_WIDTH + 50
    bars = format_html_join(
        "",
        '<g><text x="{}" y="{}" text-anchor="end" class="chart-label">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" class="chart-track"></rect>'
        '<rect x="{}" y="{}" width="{}" height="{}" class="chart-bar"></rect>'
        '<text x="{}" y="{}" class="chart-value">{}%</text></g>',
        (
            (LABEL_WIDTH - 8, i * BAR_HEIGHT + 15, label[:34],
             LABEL_WIDTH, i * BAR_HEIGHT + 4, BAR_WIDTH, BAR_HEIGHT - 8,
             LABEL_WIDTH, i * BAR_HEIGHT + 4, round(BAR_WIDTH * max(0, min(percent, 100)) / 100), BAR_HEIGHT - 8,
             LABEL_WIDTH + BAR_WIDTH + 6, i * BAR_HEIGHT + 15, percent)
            for i, (label, percent) in enumerate(items)
        ),
    )  # fmt: skip
    return format_html(
        '<svg class="chart" role="img" viewBox="0 0 {} {}" width="100%" preserveAspectRatio="xMinYMin meet">'
        "<title>{}</title>{}</svg>",
        width, height, title, bars,
    )  # fmt: skip


def line_chart(points: Sequence[tuple[date, int]], *, title: str) -> SafeString:
    """A line of percentages over days, with the first and last values labelled."""
    width, height, pad = 600, 180, 30
    if not points:
        return SafeString("")
    span = max(len(points) - 1, 1)

    def xy(index: int, value: int) -> tuple[int, int]:
        return pad + round((width - 2 * pad) * index / span), height - pad - round((height - 2 * pad) * value / 100)

    path = " ".join(f"{x},{y}" for x, y in (xy(i, value) for i, (_day, value) in enumerate(points)))
    first_day = points[0][0]
    last_day, last_value = points[-1]
    last_x, last_y = xy(len(points) - 1, last_value)
    return format_html(
        '<svg class="chart" role="img" viewBox="0 0 {w} {h}" width="100%" preserveAspectRatio="xMinYMin meet">'
        "<title>{title}</title>"
        '<line x1="{p}" y1="{base}" x2="{right}" y2="{base}" class="chart-axis"></line>'
        '<line x1="{p}" y1="{p}" x2="{right}" y2="{p}" class="chart-grid"></line>'
        '<text x="2" y="{top_label}" class="chart-label">100%</text>'
        '<text x="10" y="{base_label}" class="chart-label">0%</text>'
        '<polyline points="{path}" class="chart-line"></polyline>'
        '<circle cx="{lx}" cy="{ly}" r="4" class="chart-dot"></circle>'
        '<text x="{lx}" y="{value_y}" text-anchor="end" class="chart-value">{last}%</text>'
        '<text x="{p}" y="{date_y}" class="chart-label">{first_day}</text>'
        '<text x="{right}" y="{date_y}" text-anchor="end" class="chart-label">{last_day}</text></svg>',
        w=width, h=height, title=title, p=pad, base=height - pad, right=width - pad, top_label=pad + 4,
        base_label=height - pad + 4, path=path, lx=last_x, ly=last_y, value_y=max(last_y - 8, 12), last=last_value,
        date_y=height - 8, first_day=first_day.strftime("%d/%m"), last_day=last_day.strftime("%d/%m"),
    )  # fmt: skip
