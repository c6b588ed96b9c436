# %% [markdown]
# # Role transitions: who held which post, when, and who moved where
#
# This notebook reads a graph built by `kg build` (by default `out/` at the root of the
# repository) and shows, for an analyst:
#
# 1. a **timeline** of the officials with the most posts: one row per person and post,
#    with the changes of post (promotion, retirement, post dropped …) marked on it;
# 2. the **transitions** and **succession** tables (also written as CSV);
# 3. the **promotion pathways**: which post leads to which, over all persons;
# 4. how many tenures and transitions the articles date to each year.
#
# It is a plain Python script in jupytext "percent" format: run it with
# `python notebooks/role_transitions.py [--graph DIR] [--figures DIR] [--top N]`, or open
# it in Jupyter through jupytext. Everything it writes goes to the figures directory
# (default `notebooks/figures/`) under fixed names, so a rerun replaces the same files.

# %%
from __future__ import annotations

import argparse
import csv
import sys
import textwrap
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.dates as mdates
import networkx as nx
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from kg.analysis import networks, reports
from kg.analysis.load import Careers, GraphError, TenureRow, TransitionRow, load
from kg.tables import write_rows

matplotlib.use("Agg")  # files, not windows: the same output with or without a display
matplotlib.rcParams.update({
    "font.family": "DejaVu Sans",  # ships with matplotlib and has every Vietnamese diacritic
    "font.size": 9,
    "axes.titlesize": 11,
    "figure.dpi": 100,
})

DPI = 150
PNG_METADATA: dict[str, str | None] = {"Software": None}  # no version stamp: same bytes on a rerun
PREFIX = "role_transitions"


def repo_root() -> Path:
    """The checkout this notebook sits in (found from the file, or from Jupyter's working directory)."""
    here = Path(globals().get("__file__", Path.cwd())).resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file() and (folder / "kg").is_dir():
            return folder
    return Path.cwd()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    root = repo_root()
    parser = argparse.ArgumentParser(description="Role-transition timelines, tables and pathways of a built graph.",
                                     allow_abbrev=False)
    parser.add_argument("--graph", type=Path, default=root / "out", help="built graph directory (default: out/)")
    parser.add_argument("--figures", type=Path, default=root / "notebooks" / "figures",
                        help="where the PNG and CSV files go (default: notebooks/figures/)")
    parser.add_argument("--top", type=int, default=12, help="persons on the timeline (default: 12)")
    return parser.parse_args(argv)


def show(path: Path) -> None:
    """Say where a file went; under Jupyter, also show the saved picture below the cell."""
    print(f"wrote {path}")
    display = sys.modules.get("IPython.display")
    if display is not None and "ipykernel" in sys.modules and path.suffix == ".png":
        display.display(display.Image(filename=str(path)))


# Under Jupyter the kernel's own arguments are in sys.argv: use the defaults there.
ARGS = parse_args([] if "ipykernel" in sys.modules else sys.argv[1:])
GRAPH_DIR: Path = ARGS.graph
FIGURES: Path = ARGS.figures
TOP: int = ARGS.top

# %% [markdown]
# ## 1. Load the graph
#
# `kg.analysis.load.load` reads `graph.trig` back into plain rows: **tenures** (a person
# in a post, with the dates the articles give: `start`/`end` when stated, `first_seen`/
# `last_seen` otherwise, and `ended_before` when a successor was seen), **transitions**
# (a move from one post to another, which happened after `after` and by `by`) and
# meetings. If the directory holds no graph, build it first with `python3 tasks.py build`.

# %%
try:
    careers: Careers = load(GRAPH_DIR)
except GraphError as exc:
    raise SystemExit(f"role_transitions: cannot read the graph in {GRAPH_DIR}: {exc}\n"
                     f"  build it first with `python3 tasks.py build` (or `kg build ARTICLES -o {GRAPH_DIR}`)"
                     ) from None

FIGURES.mkdir(parents=True, exist_ok=True)
print(f"{GRAPH_DIR}: {len(careers.names)} persons, {len(careers.tenures)} tenures, "
      f"{len(careers.transitions)} transitions, {len(careers.meetings)} meetings")

# %% [markdown]
# ## 2. Dates on a time axis
#
# Articles date things to the day, the month or only the year: `2020-11-09`, `2020-11`,
# `2020`. For plotting, a partial date is read as the **first day** of its month or year
# (the earliest day the text allows). Each tenure becomes a bar:
#
# - solid from its start (or first sighting) to its end (or last sighting); a tenure seen
#   on one day only gets a short bar so that it stays visible;
# - a hatched, dashed extension up to `ended_before` when the graph knows it ended by then
#   (its successor was seen), without knowing exactly when;
# - a faded tail with an arrow when nothing says it ended: the person still held the post
#   when last seen.

# %%


def to_date(value: str | None) -> date | None:
    """``2020-11-09`` → that day; ``2020-11`` → 1 Nov 2020; ``2020`` → 1 Jan 2020; anything else → None."""
    if not value:
        return None
    parts = value.strip()[:10].split("-")
    try:
        numbers = [int(p) for p in parts] + [1, 1]
        return date(numbers[0], numbers[1], numbers[2])
    except ValueError:
        return None


@dataclass(frozen=True)
class Span:
    """A tenure as it is drawn: what is known of when it was held and how it ended."""

    person_id: str
    person: str
    post: str
    province: str | None
    status: str
    rank: int
    held: tuple[date, date] | None  # known to be held from … to (its start or first sighting → end or last sighting)
    end_stated: bool  # held[1] is the stated end, not just a last sighting
    ended_within: tuple[date, date] | None  # it ended at some point in this stretch (before its second day)
    open_from: date | None  # nothing says it ended: held when last seen, on this day

    @property
    def label(self) -> str:
        return f"{self.post}, {self.province}" if self.province else self.post

    @property
    def first(self) -> date:
        days: list[date] = [*(self.held or ()), *(self.ended_within or ())]
        return min([*days, self.open_from] if self.open_from else days)


def _earliest(*days: date | None) -> date | None:
    return min((d for d in days if d), default=None)


def _latest(*days: date | None) -> date | None:
    return max((d for d in days if d), default=None)


def span_of(t: TenureRow) -> Span | None:
    """The bar of one tenure; None when the graph gives it no date at all.

    A tenure seen only as *former* (``nguyên …``) was held before its sightings: it ended
    on its stated end, or else at some point before it was first seen as former.
    """
    start, end, ended_before = to_date(t.start), to_date(t.end), to_date(t.ended_before)
    first, last = to_date(t.first_seen), to_date(t.last_seen)
    held: tuple[date, date] | None = None
    within: tuple[date, date] | None = None
    open_from: date | None = None
    if t.status == "former":
        if end is not None:
            held = (min(start or end, end), end)
        else:
            stop = _earliest(ended_before, first, last)
            if stop is None:
                return None
            within = (start, stop) if start and start < stop else (stop, stop)
    else:
        begin = _earliest(start, first) or _earliest(last, end, ended_before)
        if begin is None:
            return None
        seen_to = _latest(begin, end, last) or begin
        held = (begin, seen_to)
        if end is None and ended_before is not None and ended_before > seen_to:
            within = (seen_to, ended_before)
        elif end is None and ended_before is None:
            open_from = seen_to
    return Span(t.person_id, t.person, t.post, t.province, t.status, t.rank, held, end is not None, within,
                open_from)


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def transition_date(t: TransitionRow) -> date | None:
    """When a move is known to have happened: by ``by`` (first seen in the new state), else after ``after``."""
    return to_date(t.by) or to_date(t.after)


# %% [markdown]
# ## 3. Whom to show
#
# The timeline shows the `TOP` persons with the most tenures (ties broken by the number of
# transitions, then by name), and all their posts, ordered by when each was first held.

# %%


def top_persons(careers: Careers, top: int) -> list[str]:
    tenures = Counter(t.person_id for t in careers.tenures)
    moves = Counter(t.person_id for t in careers.transitions)
    ranked = sorted(tenures, key=lambda p: (-tenures[p], -moves[p], careers.names.get(p, p), p))
    return ranked[:top]


chosen = top_persons(careers, TOP)
spans_by_person: dict[str, list[Span]] = defaultdict(list)
for tenure in careers.tenures:
    if tenure.person_id in chosen and (span := span_of(tenure)) is not None:
        spans_by_person[tenure.person_id].append(span)
for spans in spans_by_person.values():
    spans.sort(key=lambda s: (s.first, -s.rank, s.label))
chosen = [p for p in chosen if spans_by_person[p]]
moves_shown = [t for t in careers.transitions if t.person_id in chosen and transition_date(t)]
timeline_rows = [{"person_id": s.person_id, "person": s.person, "post": s.post, "province": s.province,
                  "status": s.status, "held_from": iso(s.held and s.held[0]), "held_to": iso(s.held and s.held[1]),
                  "end_stated": s.end_stated, "ended_after": iso(s.ended_within and s.ended_within[0]),
                  "ended_before": iso(s.ended_within and s.ended_within[1]), "open_ended": s.open_from is not None}
                 for p in chosen for s in spans_by_person[p]]
print(f"timeline: {len(chosen)} persons, {len(timeline_rows)} tenures, {len(moves_shown)} transitions")

# %% [markdown]
# ## 4. Figure 1: the role-transition timeline
#
# News coverage comes in bursts (a congress, a reshuffle), so the time axis is **broken**
# into panels wherever a year or more passes with nothing to show; each panel has its own
# scale and date ticks. Markers are the transitions, coloured by kind, drawn on the post
# moved to (or left, for a retirement or a dropped post) on the day the move was first
# seen (`by`); a dotted line reaches back to `after`, the last day the person was seen
# before the move, and a dashed vertical line joins the post left to the post taken.

# %%
KIND_STYLE: dict[str, tuple[str, str]] = {  # transition kind → (colour, marker)
    "promotion": ("#2ca02c", "^"),
    "demotion": ("#d62728", "v"),
    "lateral": ("#1f77b4", "D"),
    "province_move": ("#ff7f0e", "P"),
    "post_added": ("#17becf", "o"),
    "post_dropped": ("#7f7f7f", "X"),
    "retirement": ("#9467bd", "s"),
}
OTHER_STYLE = ("#000000", "*")
BAR = "#4c72b0"
BAR_LIGHT = "#c5d3ea"


def kind_style(kind: str) -> tuple[str, str]:
    return KIND_STYLE.get(kind, OTHER_STYLE)


def panels(days: Iterable[date], gap: timedelta = timedelta(days=365)) -> list[tuple[date, date]]:
    """Stretches of time with something to show, split where ``gap`` or more passes with nothing; padded."""
    ordered = sorted(set(days))
    if not ordered:
        today = date(2000, 1, 1)
        return [(today, today + timedelta(days=365))]
    groups = [[ordered[0]]]
    for day in ordered[1:]:
        if day - groups[-1][-1] >= gap:
            groups.append([day])
        else:
            groups[-1].append(day)
    stretches = []
    for group in groups:
        pad = timedelta(days=max(30, (group[-1] - group[0]).days // 10))
        stretches.append((group[0] - pad, group[-1] + pad))
    return stretches


def stretch_of(day: date, stretches: Sequence[tuple[date, date]]) -> tuple[date, date]:
    return next((s for s in stretches if s[0] <= day <= s[1]), stretches[-1])


def num(day: date) -> float:
    return float(mdates.date2num(day))  # type: ignore[no-untyped-call]  # matplotlib.dates is not annotated


def draw_timeline(persons: Sequence[str], spans: Mapping[str, Sequence[Span]], moves: Sequence[TransitionRow],
                  title: str) -> Figure:
    """One row per person (bold, as a header) and per post held; a panel per stretch of time."""
    labels: list[str] = []
    headers: list[int] = []
    row_of: dict[tuple[str, str], int] = {}
    groups: list[tuple[int, int]] = []
    for pid in persons:
        first = len(labels)
        headers.append(first)
        labels.append(spans[pid][0].person)
        for s in spans[pid]:
            row_of.setdefault((pid, s.post), len(labels))
            row_of.setdefault((pid, f"{s.post} {s.province}"), len(labels))
            labels.append("  " + s.label)
        groups.append((first, len(labels) - 1))
    bars = [(row_of[(s.person_id, s.post)], s) for pid in persons for s in spans[pid]]

    dates = [d for _, s in bars for d in (*(s.held or ()), *(s.ended_within or ()), s.open_from) if d]
    dates += [d for t in moves for d in (to_date(t.after), transition_date(t)) if d]
    stretches = panels(dates)
    widths = [max(30, (hi - lo).days) ** (1 / 3) for lo, hi in stretches]  # long stretches, not too wide

    fig = Figure(figsize=(15, 1.6 + 0.24 * max(len(labels), 4)), layout="constrained")
    axes: list[Axes] = list(fig.subplots(1, len(stretches), sharey=True, squeeze=False,
                                         gridspec_kw={"width_ratios": widths})[0])
    for i, ax in enumerate(axes):
        lo, hi = stretches[i]
        for n, (first, last) in enumerate(groups):
            if n % 2 == 0:
                ax.axhspan(first - 0.5, last + 0.5, color="#f2f2f2", zorder=0, linewidth=0)
        for row, s in bars:
            slo, shi = stretch_of(s.first, stretches)
            minimum = max(2.0, (shi - slo).days * 0.012)  # a tenure seen on one day still shows
            end = None
            if s.held is not None:
                width = max(float((s.held[1] - s.held[0]).days), minimum)
                # a short tenure with a stated end is drawn up to that end, any other from its start
                left = num(s.held[1]) - width if s.end_stated else num(s.held[0])
                ax.barh(row, width, left=left, height=0.55, color=BAR, zorder=2)
                end = left + width
            if s.ended_within is not None:
                lo_, hi_ = num(s.ended_within[0]), num(s.ended_within[1])
                left = min(lo_ if end is None else max(lo_, end), hi_ - minimum)
                ax.barh(row, hi_ - left, left=left, height=0.55, color=BAR_LIGHT, edgecolor=BAR,
                        linestyle="--", linewidth=0.6, hatch="///", zorder=2)
            if s.open_from is not None:
                start = end if end is not None else num(s.open_from)
                tail = (shi - slo).days * 0.05
                ax.barh(row, tail, left=start, height=0.55, color=BAR_LIGHT, zorder=2)
                ax.plot([start + tail], [row], marker=">", color=BAR, markersize=5, zorder=3)
        for t in moves:
            when = transition_date(t)
            source = row_of.get((t.person_id, t.from_post or ""))
            target = row_of.get((t.person_id, t.to_post or ""))
            at = target if target is not None else source
            if when is None or at is None:
                continue
            colour, marker = kind_style(t.kind)
            after = to_date(t.after)
            if after is not None and after < when:
                ax.hlines(at, num(after), num(when), colors=colour, linestyles=":", linewidth=1.4, zorder=3)
            if source is not None and target is not None and source != target:
                ax.vlines(num(when), source, target, colors=colour, linestyles="--", linewidth=1.0, zorder=3)
            ax.scatter([num(when)], [at], marker=marker, s=70, color=colour, edgecolors="white", linewidths=0.8,
                       zorder=4)
        ax.set_xlim(num(lo), num(hi))
        locator = mdates.AutoDateLocator(minticks=2, maxticks=5)  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
        ax.grid(axis="x", color="#dddddd", linewidth=0.6, zorder=1)
        ax.tick_params(axis="y", length=0)
        if i > 0:
            ax.spines["left"].set_linestyle((0, (2, 2)))
        if i < len(axes) - 1:
            ax.spines["right"].set_visible(False)
    axes[0].set_yticks(range(len(labels)), labels)
    axes[0].set_ylim(len(labels) - 0.5, -0.5)
    for row, tick in enumerate(axes[0].get_yticklabels()):
        if row in headers:
            tick.set_fontweight("bold")

    kinds = sorted({t.kind for t in moves})
    handles: list[Line2D | Patch] = [
        Patch(color=BAR, label="held (start or first seen → end or last seen)"),
        Patch(facecolor=BAR_LIGHT, edgecolor=BAR, hatch="///", linestyle="--", label="ended at some point before"),
        Line2D([], [], color=BAR_LIGHT, linewidth=6, marker=">", markerfacecolor=BAR, markeredgecolor=BAR,
               label="no end known: held when last seen"),
    ]
    handles += [Line2D([], [], linestyle="", marker=kind_style(k)[1], color=kind_style(k)[0], markersize=8,
                       label=k.replace("_", " ")) for k in kinds]
    note = "the time axis is broken where a year or more passes with nothing to show" if len(axes) > 1 else None
    fig.legend(handles=handles, loc="outside lower center", ncol=min(len(handles), 4), frameon=False,
               title=note, title_fontsize=8)
    fig.suptitle(title, fontsize=12, fontweight="bold")
    return fig


def save(fig: Figure, name: str) -> Path:
    path = FIGURES / name
    fig.savefig(path, dpi=DPI, metadata=PNG_METADATA)
    show(path)
    return path


if chosen:
    timeline_fig = draw_timeline(chosen, spans_by_person, moves_shown,
                                 f"Posts held and changes of post: the {len(chosen)} officials with the most posts")
else:
    timeline_fig = Figure(figsize=(8, 2))
    timeline_fig.text(0.5, 0.5, f"no dated tenures in {GRAPH_DIR.name or GRAPH_DIR}", ha="center", va="center")
timeline_png = save(timeline_fig, f"{PREFIX}_timeline.png")

# %% [markdown]
# ## 5. Transitions and succession tables
#
# `kg.analysis.reports.transitions` lists every move between posts (the same rows as
# `kg transitions`); `kg.analysis.reports.succession` lists, for each post one person
# holds at a time, its holders in the order first seen (as `kg succession`). The CSV
# files have one row per transition and one row per holder, with its place in the order.

# %%
TRANSITION_COLUMNS = ["person_id", "person", "province", "from", "to", "after", "by", "kind", "sources"]
SUCCESSION_COLUMNS = ["post", "province", "order", "person_id", "person", "first_seen", "last_seen"]
TIMELINE_COLUMNS = ["person_id", "person", "post", "province", "status", "held_from", "held_to", "end_stated",
                    "ended_after", "ended_before", "open_ended"]


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    return str(value)


def write_csv(name: str, rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> Path:
    """UTF-8, ``\\n`` line ends, the given columns in order (a header even when there are no rows)."""
    path = FIGURES / name
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(row.get(c)) for c in columns])
    show(path)
    return path


transition_rows = reports.transitions(careers)
succession_rows = [{"post": s["post"], "province": s["province"], "order": n, **holder}
                   for s in reports.succession(careers) for n, holder in enumerate(s["holders"], 1)]

print("== transitions")
write_rows(transition_rows, "table")
print("== succession")
write_rows(succession_rows, "table")
transitions_csv = write_csv(f"{PREFIX}_transitions.csv", transition_rows, TRANSITION_COLUMNS)
succession_csv = write_csv(f"{PREFIX}_succession.csv", succession_rows, SUCCESSION_COLUMNS)
timeline_csv = write_csv(f"{PREFIX}_timeline.csv", timeline_rows, TIMELINE_COLUMNS)

# %% [markdown]
# ## 6. Figure 2: promotion pathways
#
# `kg.analysis.networks.career_paths` joins posts by the moves persons made between them,
# over all persons (the province is left out of the post, so *Phó Bí thư Tỉnh ủy* →
# *Bí thư Tỉnh ủy* in two provinces is one edge of weight 2). Posts are laid out in rows by
# the rank of their role (higher is more senior), so a promotion points up; the width and
# the number on an edge are how many persons made that move, its colour the kind of move.

# %%


def post_ranks(tenures: Iterable[TenureRow]) -> dict[str, int]:
    ranks: dict[str, int] = {}
    for t in tenures:
        ranks[t.post] = max(ranks.get(t.post, 0), t.rank)
    return ranks


def layered_layout(graph: nx.DiGraph, ranks: Mapping[str, int]) -> dict[str, tuple[float, float]]:
    """Posts in rows by rank; within a row, ordered by where the posts leading to them are."""
    layers: dict[int, list[str]] = defaultdict(list)
    for node in sorted(graph.nodes):
        layers[ranks.get(node, 0)].append(node)
    pos: dict[str, tuple[float, float]] = {}
    for rank in sorted(layers):
        def where(node: str) -> tuple[float, str]:
            xs = [pos[p][0] for p in graph.predecessors(node) if p in pos]
            return (sum(xs) / len(xs) if xs else 0.0, node)
        nodes = sorted(layers[rank], key=where)
        for i, node in enumerate(nodes):
            pos[node] = (i - (len(nodes) - 1) / 2, float(rank))
    return pos


def draw_pathways(graph: nx.DiGraph, ranks: Mapping[str, int]) -> Figure:
    fig = Figure(figsize=(11, 7), layout="constrained")
    ax = fig.subplots()
    ax.set_title("Promotion pathways: moves between posts, over all persons", fontweight="bold")
    if graph.number_of_edges() == 0:
        ax.text(0.5, 0.5, "no move from one post to another in this graph", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    pos = layered_layout(graph, ranks)
    edges = sorted(graph.edges(data=True), key=lambda e: (e[0], e[1]))
    nx.draw_networkx_edges(graph, pos, ax=ax, edgelist=[(a, b) for a, b, _ in edges],
                           width=[1.5 + 2.0 * d["weight"] for _, _, d in edges],
                           edge_color=[kind_style(d["kind"])[0] for _, _, d in edges],
                           arrows=True, arrowstyle="-|>", arrowsize=22, connectionstyle="arc3,rad=0.12",
                           min_source_margin=22, min_target_margin=22, node_size=0)
    nx.draw_networkx_labels(graph, pos, ax=ax, labels={n: textwrap.fill(n, 24) for n in graph.nodes},
                            font_family="DejaVu Sans", font_size=9,
                            bbox={"boxstyle": "round,pad=0.4", "facecolor": "#eef2f8", "edgecolor": BAR})
    nx.draw_networkx_edge_labels(graph, pos, ax=ax, edge_labels={(a, b): str(d["weight"]) for a, b, d in edges},
                                 font_family="DejaVu Sans", font_size=9, connectionstyle="arc3,rad=0.12", rotate=False,
                                 bbox={"boxstyle": "circle,pad=0.2", "facecolor": "white", "edgecolor": "#999999"})
    xs = [x for x, _ in pos.values()]
    ys = sorted({y for _, y in pos.values()})
    ax.set_xlim(min(xs) - 0.8, max(xs) + 0.8)
    spread = max(ys[-1] - ys[0], 10.0)
    ax.set_ylim(ys[0] - spread * 0.15, ys[-1] + spread * 0.15)
    ax.tick_params(axis="y", left=True, labelleft=True)  # networkx turns the ticks off
    ax.set_yticks(ys, [f"{y:.0f}" for y in ys])
    ax.set_ylabel("rank of the role (higher is more senior)")
    ax.set_xticks([])
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    kinds = sorted({d["kind"] for _, _, d in edges})
    ax.legend(handles=[Line2D([], [], color=kind_style(k)[0], linewidth=3, label=k.replace("_", " ")) for k in kinds],
              loc="lower right", frameon=False, title="kind of move")
    return fig


paths = networks.career_paths(careers.transitions)
print(f"pathways: {paths.number_of_nodes()} posts, {paths.number_of_edges()} moves between them")
pathways_png = save(draw_pathways(paths, post_ranks(careers.tenures)), f"{PREFIX}_pathways.png")

# %% [markdown]
# ## 7. Figure 3: tenures and transitions per year
#
# How much the articles say about each year: tenures by the year they were first held
# (start, or first sighting) and transitions by the year they were first seen. Years with
# nothing are kept, so the gaps in the coverage show.

# %%


def per_year(careers: Careers) -> tuple[list[int], list[int], list[int]]:
    held = Counter(s.first.year for t in careers.tenures if (s := span_of(t)) is not None)
    moved = Counter(d.year for t in careers.transitions if (d := transition_date(t)) is not None)
    known = set(held) | set(moved)
    years = list(range(min(known), max(known) + 1)) if known else []
    return years, [held[y] for y in years], [moved[y] for y in years]


def draw_per_year(years: Sequence[int], held: Sequence[int], moved: Sequence[int]) -> Figure:
    fig = Figure(figsize=(9, 4.5), layout="constrained")
    ax = fig.subplots()
    ax.set_title("Tenures first held and transitions seen, per year", fontweight="bold")
    if not years:
        ax.text(0.5, 0.5, "no dated tenures or transitions", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    ax.bar([y - 0.2 for y in years], held, width=0.4, color=BAR, label="tenures")
    ax.bar([y + 0.2 for y in years], moved, width=0.4, color=KIND_STYLE["promotion"][0], label="transitions")
    ax.set_xticks(list(years), [str(y) for y in years], rotation=45 if len(years) > 12 else 0)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("count")
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.legend(frameon=False)
    return fig


years, held, moved = per_year(careers)
per_year_png = save(draw_per_year(years, held, moved), f"{PREFIX}_per_year.png")
