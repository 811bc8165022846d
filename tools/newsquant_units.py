#!/usr/bin/env python3
"""Value+unit F1 on NewsQuant, the figure CQE's authors report beside value F1 (85.6 for CQE).

Runs `vigie extract --json` once over the NewsQuant sentences and matches values per sentence as
../shared/tools/score_quantities.py does (strict); a match counts for value+unit when the unit
agrees too: NewsQuant's normalized unit and Vigie's lemma are equal or one contains the other
after lower-casing and dropping a plural 's' ("dollar"/"dollars", "percent"/"percentage"), or
both say there is no unit ("-" and null).

  python3 tools/newsquant_units.py --cmd "./vigie extract --json" \
      --gold ../shared/data/newsquant/NewsQuant.json
"""
import argparse
import json
import os
import subprocess
import tempfile


def number(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def value_of(p):
    mod, val, lo, hi = p.get("modifier"), number(p.get("value")), number(p.get("low")), number(p.get("high"))
    if mod in ("range", "vague") or (val is None and lo is not None and hi is not None and lo != hi):
        return (lo, hi) if lo is not None and hi is not None else None
    if val is not None:
        return val
    return lo if lo is not None else hi


def gold_value(v):
    if isinstance(v, str) and "E" not in v and not v.startswith("-") and "-" in v:
        a, b = v.split("-")
        return (float(a), float(b))
    return float(v)


def close(a, b):
    return abs(a - b) <= 1e-5 * max(1.0, abs(a), abs(b))


def same(g, t):
    if isinstance(g, tuple) != isinstance(t, tuple):
        return False
    if isinstance(g, tuple):
        return close(t[0], g[0]) and close(t[1], g[1])
    return close(t, g)


# Plurals NewsQuant keeps where Vigie gives the singular lemma.
SAME = {"people": "person"}


def norm(u):
    u = (u or "").strip().lower().replace("-", " ")
    if u in ("", " ", "none"):
        return ""
    u = SAME.get(u, u)
    return u[:-1] if u.endswith("s") and len(u) > 3 else u


def unit_agrees(gold, ours):
    g, o = norm(gold), norm(ours)
    if not g or not o:
        return g == o
    return g == o or g in o or o in g


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--gold", required=True)
    args = ap.parse_args()
    data = json.load(open(args.gold, encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, s in enumerate(data):
            path = os.path.join(tmp, f"s{i:04d}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(s["text"])
            paths.append(path)
        out = subprocess.run(args.cmd.split() + ["--kind", "quantity", "--lang", "en"] + paths,
                             capture_output=True, text=True, check=False).stdout
    preds = {}
    for line in out.splitlines():
        if line.strip():
            p = json.loads(line)
            preds.setdefault(os.path.basename(p["doc"]), []).append(p)
    tp = tp_unit = tags = gts = 0
    for i, s in enumerate(data):
        mine = [(value_of(p), p.get("unit")) for p in preds.get(f"s{i:04d}.txt", [])]
        mine = [m for m in mine if m[0] is not None]
        tags += len(mine)
        gts += len(s["quantities"])
        for q in s["quantities"]:
            g = gold_value(q["value"])
            for j, (t, unit) in enumerate(mine):
                if same(g, t):
                    tp += 1
                    if unit_agrees(q.get("normalized_unit") or q.get("unit"), unit):
                        tp_unit += 1
                    mine.pop(j)
                    break

    def f1(hits):
        p = hits / tags if tags else 0.0
        r = hits / gts if gts else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    print(f"NewsQuant value F1 {100 * f1(tp):.1f}, value+unit F1 {100 * f1(tp_unit):.1f}"
          f" ({tp} values, {tp_unit} with the unit, of {gts} gold and {tags} found)")


if __name__ == "__main__":
    main()
