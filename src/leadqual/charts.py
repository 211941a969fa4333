"""The HTML report: its matplotlib charts (PNG, inlined) and the tables around them.

matplotlib comes with ``pip install 'leadqual[reports]'``; it is imported only here, with
the Agg backend, so a report is drawn without a screen.
"""

from __future__ import annotations

import base64
import html
import io
from typing import Any

from leadqual.errors import ConfigError
from leadqual.scoring import TIERS
from leadqual.store.models import OUTCOMES

COLUMNS = [*OUTCOMES, "open"]


def _pyplot() -> Any:
    try:
        import matplotlib
    except ModuleNotFoundError as exc:
        raise ConfigError("charts need matplotlib: pip install 'leadqual[reports]'") from exc
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _png(fig: Any) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    _pyplot().close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def heatmap_png(report: dict[str, Any]) -> str:
    """Tier x outcome counts as a heat map (base64 PNG)."""
    plt = _pyplot()
    counts = report["machine"]["counts"]
    grid = [[counts[t][o] for o in COLUMNS] for t in TIERS]
    fig, ax = plt.subplots(figsize=(6, 3.2))
    image = ax.imshow(grid, cmap="Blues", aspect="auto")
    ax.set_xticks(range(len(COLUMNS)), COLUMNS)
    ax.set_yticks(range(len(TIERS)), TIERS)
    peak = max((v for row in grid for v in row), default=0)
    for i, row in enumerate(grid):
        for j, value in enumerate(row):
            ax.text(j, i, str(value), ha="center", va="center",
                    color="white" if peak and value > peak / 2 else "black")
    ax.set_xlabel("actual outcome")
    ax.set_ylabel("predicted tier")
    fig.colorbar(image, ax=ax)
    ax.set_title("Predicted tier x outcome")
    return _png(fig)


def win_rate_png(report: dict[str, Any]) -> str:
    """Observed win rate per score band, with the fitted probability when there is one."""
    plt = _pyplot()
    bands = report["calibration"]["bands"]
    fig, ax = plt.subplots(figsize=(6, 3.2))
    lows = [b["low"] + 5 for b in bands]
    ax.bar(lows, [b["rate"] or 0 for b in bands], width=8, color="#4a7ab5", label="observed")
    for x, b in zip(lows, bands, strict=True):
        ax.text(x, (b["rate"] or 0) + 0.02, f"n={b['decided']}", ha="center", fontsize=7)
    fitted = report["calibration"]["fitted"]
    if fitted:
        ax.plot([f["score"] for f in fitted], [f["p_win"] for f in fitted], color="#d0542c",
                label="fitted (isotonic)")
    ax.axhline(report["hot_target"]["target"], color="grey", linestyle="--", label="target")
    ax.set_ylim(0, 1.1)
    ax.set_xlabel("score")
    ax.set_ylabel("win rate")
    ax.legend(fontsize=7, loc="upper left")
    ax.set_title("Win rate by score band")
    return _png(fig)


def weekly_png(report: dict[str, Any]) -> str:
    """Weekly HOT close rate against the target."""
    plt = _pyplot()
    weeks = report["drift"]["weeks"]
    fig, ax = plt.subplots(figsize=(6, 3.2))
    points = [(w["week"], w["hot"]["rate"]) for w in weeks if w["hot"]["rate"] is not None]
    if points:
        ax.plot([p[0] for p in points], [p[1] for p in points], marker="o", color="#d0542c")
    else:
        ax.text(0.5, 0.5, "no decided HOT leads yet", ha="center", va="center", transform=ax.transAxes)
    ax.axhline(report["hot_target"]["target"], color="grey", linestyle="--")
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("HOT close rate")
    ax.set_xlabel("week starting")
    ax.tick_params(axis="x", labelrotation=30, labelsize=7)
    ax.set_title("Weekly HOT close rate")
    return _png(fig)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def _table(head: list[str], rows: list[list[Any]]) -> str:
    cells = "".join(f"<th>{html.escape(str(h))}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"


def _tier_rows(section: dict[str, Any]) -> list[list[Any]]:
    return [
        [t, *(section["counts"][t][o] for o in COLUMNS),
         f"{_pct(section['close_rate'][t]['rate'])} ({section['close_rate'][t]['won']}/"
         f"{section['close_rate'][t]['decided']})"]
        for t in TIERS
    ]


STYLE = """body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .6em;
text-align:right}th{background:#f3f3f3}td:first-child{text-align:left}.warn{color:#a33}
img{max-width:100%;display:block;margin:.5em 0 1.5em}"""


def render_html(report: dict[str, Any]) -> str:
    """The report as one self-contained HTML page (charts inlined as PNG)."""
    hot = report["hot_target"]
    cal = report["calibration"]
    parts = [
        f"<!doctype html><html><head><meta charset='utf-8'><title>leadqual report</title>"
        f"<style>{STYLE}</style></head><body><h1>leadqual report</h1>",
        f"<p>{report['leads']} leads"
        + (f" in the last {report['days']} days" if report["days"] else "")
        + f", {report['with_outcome']} with an outcome, {report['decided']} decided.</p>",
        *(f"<p class='warn'>{html.escape(n)}</p>" for n in report["notes"]),
        "<h2>HOT close rate</h2>",
        f"<p>{_pct(hot['rate'])} ({hot['won']}/{hot['decided']} decided) against a target of "
        f"{_pct(hot['target'])}: "
        + ("not enough decided HOT leads" if hot["met"] is None else ("met" if hot["met"] else "missed"))
        + "</p>",
        "<h2>Predicted tier x outcome (machine tier)</h2>",
        _table(["tier", *COLUMNS, "close rate"], _tier_rows(report["machine"])),
        f"<img alt='tier x outcome heat map' src='data:image/png;base64,{heatmap_png(report)}'>",
        f"<h2>After human review ({report['reviewed']['leads']} reviewed, "
        f"{report['reviewed']['changed_tier']} changed)</h2>",
        _table(["tier", *COLUMNS, "close rate"], _tier_rows(report["final"])),
        "<h2>HOT false positives</h2>",
        _table(["lead", "score", "outcome"],
               [[m["lead_id"], m["total"], m["outcome"]] for m in report["hot_false_positives"]]),
        "<h2>Missed HOT (won, not HOT)</h2>",
        _table(["lead", "score", "tier"],
               [[m["lead_id"], m["total"], m["tier"]] for m in report["missed_hot"]]),
        "<h2>Drift</h2>",
        *(f"<p class='warn'>{html.escape(w)}</p>" for w in report["drift"]["warnings"]),
        _table(["week", "leads", *TIERS, "HOT close rate"],
               [[w["week"], w["leads"], *(_pct(w["mix"][t]) for t in TIERS),
                 f"{_pct(w['hot']['rate'])} ({w['hot']['won']}/{w['hot']['decided']})"]
                for w in report["drift"]["weeks"]]),
        f"<img alt='weekly HOT close rate' src='data:image/png;base64,{weekly_png(report)}'>",
        "<h2>Calibration</h2>",
        f"<p>{html.escape(cal['message'])}</p>",
        _table(["score band", "decided", "won", "win rate"],
               [[b["band"], b["decided"], b["won"], _pct(b["rate"])] for b in cal["bands"]]),
        f"<img alt='win rate by score band' src='data:image/png;base64,{win_rate_png(report)}'>",
        "</body></html>",
    ]
    return "\n".join(parts)
