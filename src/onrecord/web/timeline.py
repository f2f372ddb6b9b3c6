"""How often a speaker is quoted, month by month, as bars for an inline SVG (no JS needed)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

WIDTH, HEIGHT = 600, 120


@dataclass
class Bar:
    label: str
    count: int
    x: float
    y: float
    width: float
    height: float


def _months(first: date, last: date) -> list[tuple[int, int]]:
    months, (year, month) = [], (first.year, first.month)
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def monthly_bars(dates: list[date]) -> list[Bar]:
    """One bar per calendar month from the first to the last date, empty months included."""
    if not dates:
        return []
    counts = Counter((d.year, d.month) for d in dates)
    months = _months(min(dates), max(dates))
    slot = WIDTH / len(months)
    tallest = max(counts.values())
    bars = []
    for number, (year, month) in enumerate(months):
        count = counts.get((year, month), 0)
        height = (HEIGHT - 20) * count / tallest
        bars.append(Bar(f"{year}-{month:02d}", count, number * slot + slot * 0.1, HEIGHT - 20 - height,
                        slot * 0.8, height))
    return bars
