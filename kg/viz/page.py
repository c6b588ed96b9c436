"""One self-contained HTML page to explore the graph: PyVis drawing, legend, filters, tooltips.

The page must open offline, from a file, years later: vis-network is inlined (PyVis
``in_line``), the Bootstrap tags PyVis adds anyway are removed, and a page that still
points at a remote script or stylesheet is refused rather than written. Tooltips are
HTML built here from escaped text, so article text never becomes markup. Above
:data:`PHYSICS_LIMIT` nodes the browser would spend minutes on physics, so the layout is
computed here (deterministic, linear in the size) and physics is off.
"""

from __future__ import annotations

import html
import json
import math
import re

import networkx as nx
from pyvis.network import Network

PHYSICS_LIMIT = 300
STYLE = {  # kind: (colour, shape, legend)
    "person": ("#2b6cb0", "dot", "Người · person"),
    "post": ("#dd6b20", "box", "Chức vụ · post"),
    "organization": ("#2f855a", "diamond", "Cơ quan · organization"),
    "meeting": ("#805ad5", "triangle", "Hội nghị, kỳ họp · meeting"),
    "province": ("#718096", "hexagon", "Tỉnh · province"),
}
_REMOTE_TAG = re.compile(r"<(link|script)\b[^>]*\b(?:href|src)\s*=\s*[\"']https?://[^>]*>(?:\s*</script>)?", re.S)
_REMOTE_URL = re.compile(r"\b(?:href|src)\s*=\s*[\"'](?:https?:)?//", re.I)


class PageError(Exception):
    """The page would not be self-contained."""


def _span(since: str, until: str) -> str:
    return f"{since or '?'} – {until or 'nay'}" if since or until else ""


def _tooltip(heading: str, lines: list[str]) -> str:
    body = "".join(f"<br>{html.escape(line)}" for line in lines if line)
    return f"<b>{html.escape(heading)}</b>{body}"


def _node_lines(graph: nx.MultiDiGraph, node: str, data: dict[str, str]) -> list[str]:
    kind = data["kind"]
    lines = [STYLE[kind][2]]
    if data.get("province"):
        lines.append(f"Tỉnh: {data['province']}")
    if kind == "person":
        for _, post, key, edge in graph.out_edges(node, keys=True, data=True):
            if key == "holds":
                lines.append(f"{graph.nodes[post]['label']} ({_span(edge['since'], edge['until'])})")
    elif kind == "post":
        for person, _, key, edge in graph.in_edges(node, keys=True, data=True):
            if key == "holds":
                lines.append(f"{graph.nodes[person]['label']} ({_span(edge['since'], edge['until'])})")
    elif kind == "meeting":
        chairs = [graph.nodes[p]["label"] for p, _, k in graph.in_edges(node, keys=True) if k == "chaired"]
        lines += [f"Ngày: {data.get('date') or 'không rõ'}", f"Chủ trì: {', '.join(chairs)}" if chairs else "",
                  f"« {data.get('quote', '')} »", f"Nguồn: {data.get('article', '')}"]
    elif kind == "province" and data.get("until"):
        lines.append(f"Đến: {data['until']}")
    return lines


def _edge_label(data: dict[str, str]) -> str:
    if data["kind"] == "holds":
        return f"{data['label']} {_span(data['since'], data['until'])}".strip()
    return data["label"]


def _edge_lines(data: dict[str, str]) -> list[str]:
    if data["kind"] != "holds":
        return [data.get("since", "")]
    return [_span(data["since"], data["until"]), f"Thấy lần cuối: {data.get('last_seen', '')}",
            f"« {data.get('quote', '')} »", f"Nguồn: {data.get('article', '')} ({data.get('articles', 0)} bài)"]


def _layout(graph: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """Provinces as clusters on a grid; in each, rings of bodies, posts, meetings and persons, each node
    turned towards the neighbours already placed. Linear in the graph's size (a force layout of thousands
    of nodes takes minutes) and deterministic."""
    clusters: dict[str, list[str]] = {}
    for node, data in graph.nodes(data=True):
        clusters.setdefault(data.get("province", "").split("; ")[0], []).append(node)
    angle: dict[str, float] = {}
    local: dict[str, tuple[float, float]] = {}
    radius: dict[str, float] = {}
    for name, members in clusters.items():
        outer = 0.0
        for kinds in _RINGS:
            ring = [n for n in members if graph.nodes[n]["kind"] in kinds]
            if not ring:
                continue
            outer = max(outer + _RING_GAP, len(ring) * _NODE_GAP / (2 * math.pi))
            ring.sort(key=lambda n: (_facing(graph, n, angle), n))
            for k, node in enumerate(ring):
                theta = 2 * math.pi * k / len(ring)
                angle[node] = theta
                local[node] = (outer * math.cos(theta), outer * math.sin(theta))
        radius[name] = outer
    order = sorted(clusters, key=lambda p: (-len(clusters[p]), p))
    columns = max(1, math.ceil(math.sqrt(len(order))))
    cell = 2 * max(radius.values(), default=0.0) + 2 * _RING_GAP
    positions = {}
    for index, name in enumerate(order):
        cx, cy = (index % columns) * cell, (index // columns) * cell
        for node in clusters[name]:
            x, y = local[node]
            positions[node] = (round(cx + x), round(cy + y))
    return positions


_RINGS = ({"organization", "province"}, {"post"}, {"meeting"}, {"person"})
_RING_GAP, _NODE_GAP = 120.0, 40.0


def _facing(graph: nx.MultiDiGraph, node: str, angle: dict[str, float]) -> float:
    """The mean direction of a node's neighbours already placed (0 for none)."""
    placed = [angle[m] for m in nx.all_neighbors(graph, node) if m in angle]
    if not placed:
        return 0.0
    return math.atan2(sum(map(math.sin, placed)), sum(map(math.cos, placed))) % (2 * math.pi)


def render(graph: nx.MultiDiGraph, title: str = "Đồ thị quan chức") -> str:
    """The HTML page for ``graph`` (from :func:`kg.export.network.view_graph`)."""
    physics = graph.number_of_nodes() <= PHYSICS_LIMIT
    positions = {} if physics else _layout(graph)
    net = Network(height="92vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    for node, data in graph.nodes(data=True):
        colour, shape, _ = STYLE[data["kind"]]
        label = data["label"] if len(data["label"]) <= 40 else data["label"][:39] + "…"
        extra = {"x": positions[node][0], "y": positions[node][1]} if positions else {}
        net.add_node(node, label=label, title=_tooltip(data["label"], _node_lines(graph, node, data)),
                     color=colour, shape=shape, kind=data["kind"], province=data.get("province", ""),
                     fullname=data["label"], **extra)
    for source, target, data in graph.edges(data=True):
        net.add_edge(source, target, label=_edge_label(data), title=_tooltip(_edge_label(data), _edge_lines(data)),
                     kind=data["kind"], since=data.get("since", ""), until=data.get("until", ""))
    net.set_options(json.dumps({
        "physics": {"enabled": physics, "stabilization": {"iterations": 150}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics},
        "edges": {"smooth": False, "font": {"size": 9, "align": "middle"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}}},
        "nodes": {"font": {"size": 12}},
    }))
    page = _REMOTE_TAG.sub("", net.generate_html())
    page = page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>", 1)
    page = page.replace("</body>", _panel(graph) + "\n</body>", 1)
    if _REMOTE_URL.search(page):
        raise PageError("the view would load a remote resource; PyVis's template changed, see kg/viz/page.py")
    return page


def _panel(graph: nx.MultiDiGraph) -> str:
    legend = "".join(
        f'<span class="kg-key"><i style="background:{colour}"></i>{html.escape(text)}</span>'
        for colour, _, text in STYLE.values())
    return _PANEL.replace("{legend}", legend).replace("{count}", str(graph.number_of_nodes()))


_PANEL = """
<style>
  #kg-panel { position: fixed; top: 8px; left: 8px; z-index: 10; background: rgba(255,255,255,.95);
              border: 1px solid #ccc; border-radius: 6px; padding: 8px 10px; font: 13px sans-serif; max-width: 420px; }
  #kg-panel label { display: block; margin: 3px 0; }
  .kg-key { display: inline-block; margin: 4px 8px 0 0; } .kg-key i { display: inline-block; width: 10px;
            height: 10px; margin-right: 4px; border-radius: 2px; }
  .kg-tip { max-width: 420px; white-space: normal; font: 12px sans-serif; }
</style>
<div id="kg-panel">
  <label>Tỉnh · province <select id="kg-province"><option value="">(tất cả)</option></select></label>
  <label>Ngày · on date <input type="date" id="kg-date"></label>
  <label>Người · person <input id="kg-person" list="kg-people" size="24"><datalist id="kg-people"></datalist></label>
  <button id="kg-reset" type="button">Bỏ lọc · reset</button> <span id="kg-count">{count}</span> nút · nodes
  <div>{legend}</div>
</div>
<script>
(function () {
  "use strict";
  var allNodes = nodes.get(), allEdges = edges.get(), neighbours = {};
  function tip(markup) { var el = document.createElement("div"); el.className = "kg-tip"; el.innerHTML = markup;
                         return el; }  // markup was escaped when the page was written
  nodes.update(allNodes.map(function (n) { return {id: n.id, title: tip(n.title)}; }));
  edges.update(allEdges.map(function (e) { return {id: e.id, title: tip(e.title)}; }));
  allEdges.forEach(function (e) {
    (neighbours[e.from] = neighbours[e.from] || []).push(e.to);
    (neighbours[e.to] = neighbours[e.to] || []).push(e.from);
  });
  var provinces = {}, people = {};
  allNodes.forEach(function (n) {
    if (n.province) { n.province.split("; ").forEach(function (p) { provinces[p] = true; }); }
    if (n.kind === "person") { people[n.fullname] = true; }
  });
  var select = document.getElementById("kg-province"), list = document.getElementById("kg-people");
  Object.keys(provinces).sort().forEach(function (p) {
    var o = document.createElement("option"); o.value = p; o.textContent = p; select.appendChild(o); });
  Object.keys(people).sort().forEach(function (p) {
    var o = document.createElement("option"); o.value = p; list.appendChild(o); });
  function heldOn(e, day) { return e.since !== "" && e.since <= day && (e.until === "" || e.until > day); }
  function within(start, hops) {
    var seen = {}, frontier = start;
    start.forEach(function (id) { seen[id] = true; });
    for (var i = 0; i < hops; i++) {
      var next = [];
      frontier.forEach(function (id) { (neighbours[id] || []).forEach(function (m) {
        if (!seen[m]) { seen[m] = true; next.push(m); } }); });
      frontier = next;
    }
    return seen;
  }
  function apply() {
    var province = select.value, day = document.getElementById("kg-date").value;
    var who = document.getElementById("kg-person").value.normalize("NFC").trim().toLowerCase();
    var keep = {}, heldPosts = {}, near = null;
    if (day) {
      allEdges.forEach(function (e) { if (e.kind === "holds" && heldOn(e, day)) {
        heldPosts[e.from] = true; heldPosts[e.to] = true; } });
    }
    if (who) {
      near = within(allNodes.filter(function (n) {
        return n.kind === "person" && n.fullname.normalize("NFC").toLowerCase() === who; })
        .map(function (n) { return n.id; }), 2);
    }
    allNodes.forEach(function (n) {
      var ok = !province || (n.province || "").split("; ").indexOf(province) >= 0;
      if (day && (n.kind === "person" || n.kind === "post")) { ok = ok && !!heldPosts[n.id]; }
      if (day && n.kind === "meeting") { ok = false; }
      if (near) { ok = ok && !!near[n.id]; }
      keep[n.id] = ok;
    });
    nodes.update(allNodes.map(function (n) { return {id: n.id, hidden: !keep[n.id]}; }));
    edges.update(allEdges.map(function (e) { return {id: e.id, hidden: !(keep[e.from] && keep[e.to]) ||
      (!!day && e.kind === "holds" && !heldOn(e, day))}; }));
    document.getElementById("kg-count").textContent = Object.keys(keep).filter(function (k) {
      return keep[k]; }).length;
  }
  ["kg-province", "kg-date", "kg-person"].forEach(function (id) {
    document.getElementById(id).addEventListener("change", apply); });
  document.getElementById("kg-reset").addEventListener("click", function () {
    select.value = ""; document.getElementById("kg-date").value = "";
    document.getElementById("kg-person").value = ""; apply(); });
  window.kgApplyFilters = apply;
})();
</script>
"""
