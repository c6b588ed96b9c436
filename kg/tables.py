"""Write rows (dicts of plain values) as an aligned table, JSON lines, a JSON array or CSV.

Every reading command and the notebook print through here, so all formats agree: lists
are joined with "; " in tables and CSV, and kept as lists in JSON.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

FORMATS = ("table", "jsonl", "json", "csv")


def write_rows(rows: Sequence[dict[str, Any]], fmt: str, out: TextIO | None = None,
               columns: Sequence[str] | None = None) -> None:
    """``rows`` in ``fmt``; ``columns`` names the columns when there may be no rows (CSV header, table)."""
    out = out or sys.stdout
    columns = list(columns or (rows[0] if rows else []))
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "json":
        out.write(json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_cell(row.get(c)) for c in columns] for row in rows)
    elif not rows:
        out.write("(no rows)\n")
    else:
        cells = [[_cell(row.get(c)) for c in columns] for row in rows]
        widths = [min(72, max(len(c), *(len(r[i]) for r in cells))) for i, c in enumerate(columns)]
        out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
        for r in cells:
            out.write("  ".join(v[:w].ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return "; ".join(_cell(v) if not isinstance(v, dict) else _holder(v) for v in value)
    return str(value)


def _holder(h: dict[str, Any]) -> str:
    return f"{h['person']} ({h['first_seen']}…{h['last_seen']})"
