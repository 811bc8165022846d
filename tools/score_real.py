#!/usr/bin/env python3
"""Scores a quantity extractor against the hand-annotated real-article set.

The texts are not in the repository (docs/annotation-guide.md says how to rebuild them); this
script fetches nothing. It checks each local text against the sha256 in articles.jsonl (a text
that is missing or differs is skipped, with a message), runs the extractor on the texts, matches
its quantities to the gold ones by overlapping code-point offsets and prints, per language and
overall, for the dev split, the held-out split and both:

  value P/R/F1    a match whose value (or low/high interval) equals the gold one
  span F1         a match at all (overlapping offsets), whatever the values
  unit            strict unit accuracy over matched pairs (null = null counts)
  measure         accuracy over matched pairs if the predictions carry a `measure` field, else n/a
  actor           ISO alpha-3 accuracy over matched pairs
  speaker         case-insensitive, after the alias table below, over matched pairs
  hedged          accuracy over matched pairs (see predicted_hedged)
  soldier dated   share of the predicted soldier-unit figures that have an as_of, or else a
                  publication date in articles.jsonl (and, in brackets, with their own as_of)

Usage:
  python3 tools/score_real.py --texts /work/realtext --cmd "./vigie extract --json"
  python3 tools/score_real.py --texts DIR --cmd "cat preds/{id}.jsonl"

The command gets every text path appended and is run once (the output lines carry `doc`, the
path as given), unless it contains `{file}` or `{id}`: then it is run once per text with those
replaced. With --stdin it is run once per text with the text on standard input.
Standard library only.
"""
import argparse
import hashlib
import json
import os
import shlex
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_GOLD = os.path.join(HERE, "..", "vigie-text", "src", "test", "resources", "real")

# speaker aliases: lower-cased surface -> canonical (lower-cased) name used in the gold set
SPEAKER_ALIASES = {
    "pentagon": "us dod", "the pentagon": "us dod", "department of defense": "us dod",
    "us department of defense": "us dod", "u.s. department of defense": "us dod", "dod": "us dod",
    "пентагон": "us dod", "пентагон сша": "us dod", "미 국방부": "us dod", "펜타곤": "us dod",
    "pentagone": "us dod", "le pentagone": "us dod",
    "nis": "south korea nis", "national intelligence service": "south korea nis",
    "south korea's nis": "south korea nis", "south korean intelligence": "south korea nis",
    "국가정보원": "south korea nis", "국정원": "south korea nis",
    "renseignement sud-coréen": "south korea nis", "разведка южной кореи": "south korea nis",
    "розвідка південної кореї": "south korea nis",
    "jcs": "south korea jcs", "합참": "south korea jcs", "합동참모본부": "south korea jcs",
    "국방부": "south korea ministry of defense", "south korean defense ministry": "south korea ministry of defense",
    "국방정보본부": "south korea dia",
    "hur": "ukraine hur", "gur": "ukraine hur", "гур": "ukraine hur", "гур мо": "ukraine hur",
    "главное управление разведки": "ukraine hur", "головне управління розвідки": "ukraine hur",
    "budanov": "ukraine hur", "kyrylo budanov": "ukraine hur",
    "генштаб": "ukraine general staff", "генштаб зсу": "ukraine general staff",
    "генштаб всу": "ukraine general staff", "генеральний штаб зсу": "ukraine general staff",
    "우크라이나군 참모본부": "ukraine general staff",
    "мінобороны рф": "russia ministry of defence", "минобороны": "russia ministry of defence",
    "минобороны рф": "russia ministry of defence", "минобороны россии": "russia ministry of defence",
    "russian defence ministry": "russia ministry of defence", "russian defense ministry": "russia ministry of defence",
    "uk mod": "uk ministry of defence", "british ministry of defence": "uk ministry of defence",
    "mod": "uk ministry of defence", "ministère britannique de la défense": "uk ministry of defence",
    "영국 국방정보국": "uk ministry of defence",
    "ukrainian air force": "ukraine air force", "ukraine's air force": "ukraine air force",
    "повітряні сили": "ukraine air force",
    "white house": "white house", "nsc": "white house", "john kirby": "white house", "kirby": "white house",
    "state department": "us state department",
    "zelensky": "volodymyr zelensky", "zelenskyy": "volodymyr zelensky", "зеленский": "volodymyr zelensky",
    "зеленський": "volodymyr zelensky", "젤렌스키": "volodymyr zelensky", "zelensky volodymyr": "volodymyr zelensky",
    "сирський": "oleksandr syrskyi", "syrskyi": "oleksandr syrskyi",
    "shoigu": "sergei shoigu", "шойгу": "sergei shoigu", "쇼이구": "sergei shoigu",
    "rutte": "nato", "mark rutte": "nato",
    "joint chiefs of staff": "south korea jcs", "south korea's joint chiefs of staff": "south korea jcs",
    "군 당국": "south korea military", "군": "south korea military", "south korean military": "south korea military",
    "institute for the study of war": "isw", "foreign intelligence service of ukraine": "ukraine szru",
    "сзру": "ukraine szru", "ukrainian general staff": "ukraine general staff",
    "general staff of the armed forces of ukraine": "ukraine general staff",
    "повітряні сили зсу": "ukraine air force", "воздушные силы всу": "ukraine air force",
    "минобороны украины": "ukraine ministry of defence", "кремль": "kremlin",
}


def canon_speaker(s):
    if s is None:
        return None
    k = " ".join(str(s).lower().split())
    return SPEAKER_ALIASES.get(k, k)


def norm_unit(u):
    return None if u is None else " ".join(str(u).lower().split())


def predicted_hedged(p):
    """A prediction is hedged if it says so (`hedged`), lists hedges (`hedges`), has a
    certainty other than certain, or an approximate modifier."""
    if "hedged" in p and p["hedged"] is not None:
        return bool(p["hedged"])
    h = p.get("hedges")
    if h:
        return True
    c = p.get("certainty")
    if c not in (None, "", "certain", "asserted", "fact", 1, 1.0):
        return True
    return p.get("modifier") in ("approx", "nearly")


def num_eq(a, b):
    if a is None or b is None:
        return a is None and b is None
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def value_ok(g, p):
    if g["value"] is not None:
        if p.get("value") is not None:
            return num_eq(p["value"], g["value"])
        return num_eq(p.get("low"), g["value"]) and num_eq(p.get("high"), g["value"])
    return num_eq(p.get("low"), g["low"]) and num_eq(p.get("high"), g["high"])


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def read_text(path):
    with open(path, "rb") as f:
        data = f.read()
    return data


def run(cmd, args=None, stdin=None):
    argv = shlex.split(cmd) + (args or [])
    r = subprocess.run(argv, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        sys.stderr.write(f"command {' '.join(argv[:6])}... exited {r.returncode}: "
                         f"{r.stderr.decode('utf-8', 'replace')[:500]}\n")
    return r.stdout.decode("utf-8", "replace")


def parse_preds(out):
    preds = []
    for line in out.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            o = json.loads(line)
        except ValueError:
            continue
        if o.get("kind", "quantity") != "quantity":
            continue
        if o.get("start") is None or o.get("end") is None:
            continue
        preds.append(o)
    return preds


def get_predictions(cmd, texts, use_stdin):
    """texts: {id: path}. Returns {id: [prediction, ...]}."""
    res = {}
    if use_stdin:
        for i, path in texts.items():
            res[i] = parse_preds(run(cmd, stdin=read_text(path)))
        return res
    if "{file}" in cmd or "{id}" in cmd:
        for i, path in texts.items():
            c = cmd.replace("{file}", shlex.quote(path)).replace("{id}", shlex.quote(i))
            res[i] = parse_preds(run(c))
        return res
    paths = list(texts.values())
    bypath = {p: i for i, p in texts.items()}
    res = {i: [] for i in texts}
    for o in parse_preds(run(cmd, paths)):
        i = bypath.get(o.get("doc"))
        if i is None and o.get("doc") is not None:
            i = bypath.get(os.path.normpath(o["doc"]))
        if i is not None:
            res[i].append(o)
    return res


def match(gold, preds):
    """One-to-one matching by overlapping offsets, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                pairs.append((-ov, abs(g["start"] - p["start"]), gi, pi))
    pairs.sort()
    gu, pu, out = set(), set(), []
    for _, _, gi, pi in pairs:
        if gi in gu or pi in pu:
            continue
        gu.add(gi)
        pu.add(pi)
        out.append((gold[gi], preds[pi]))
    return out


class Tally:
    def __init__(self):
        self.c = defaultdict(int)

    def add(self, k, n=1):
        self.c[k] += n


def ratio(a, b):
    return None if b == 0 else a / b


def fmt(x):
    return "n/a" if x is None else f"{x:.3f}"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--texts", required=True, help="folder of <id>.txt")
    ap.add_argument("--cmd", required=True, help='extractor command, e.g. "./vigie extract --json"')
    ap.add_argument("--gold", default=DEFAULT_GOLD, help="folder with articles.jsonl and annotations.jsonl")
    ap.add_argument("--stdin", action="store_true", help="give each text on standard input")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and wrong fields")
    a = ap.parse_args(argv)

    arts = {x["id"]: x for x in load_jsonl(os.path.join(a.gold, "articles.jsonl"))}
    anns = defaultdict(list)
    for x in load_jsonl(os.path.join(a.gold, "annotations.jsonl")):
        anns[x["article"]].append(x)

    texts, skipped = {}, []
    for i, art in arts.items():
        path = os.path.join(a.texts, f"{i}.txt")
        if not os.path.exists(path):
            print(f"skip {i}: no text at {path} (url {art['url']})", file=sys.stderr)
            skipped.append(i)
            continue
        h = hashlib.sha256(read_text(path)).hexdigest()
        if h != art["sha256"]:
            print(f"skip {i}: sha256 {h[:12]}... differs from {art['sha256'][:12]}...", file=sys.stderr)
            skipped.append(i)
            continue
        texts[i] = path

    preds = get_predictions(a.cmd, texts, a.stdin)
    any_measure = any("measure" in p for ps in preds.values() for p in ps)

    groups = defaultdict(Tally)  # (split, lang) -> tally
    for i in texts:
        art = arts[i]
        gold, pr = anns.get(i, []), preds.get(i, [])
        m = match(gold, pr)
        keys = [(s, l) for s in (art["split"], "all") for l in (art["lang"], "all")]
        for k in keys:
            t = groups[k]
            t.add("gold", len(gold))
            t.add("pred", len(pr))
            t.add("matched", len(m))
            t.add("texts")
            for p in pr:
                if norm_unit(p.get("unit")) == "soldier":
                    t.add("soldier")
                    if p.get("as_of"):
                        t.add("soldier_asof")
                    if p.get("as_of") or art.get("published"):
                        t.add("soldier_dated")
        for g, p in m:
            checks = {
                "value": value_ok(g, p),
                "unit": norm_unit(g["unit"]) == norm_unit(p.get("unit")),
                "actor": (g["actor"] or None) == (p.get("actor") or None),
                "speaker": canon_speaker(g["speaker"]) == canon_speaker(p.get("speaker")),
                "hedged": bool(g["hedged"]) == predicted_hedged(p),
            }
            if any_measure:
                checks["measure"] = g["measure"] == p.get("measure")
            for k in keys:
                for f, ok in checks.items():
                    if ok:
                        groups[k].add(f)
            if a.verbose:
                bad = [f for f, ok in checks.items() if not ok]
                if bad:
                    print(f"  {i} {g['surface']!r} ~ {p.get('text')!r}: " +
                          ", ".join(f"{f} gold={g.get(f) if f != 'value' else (g['value'], g['low'], g['high'])}"
                                    f" pred={p.get(f) if f not in ('value', 'hedged') else ((p.get('value'), p.get('low'), p.get('high')) if f == 'value' else predicted_hedged(p))}"
                                    for f in bad))
        if a.verbose:
            mg = {id(g) for g, _ in m}
            mp = {id(p) for _, p in m}
            for g in gold:
                if id(g) not in mg:
                    print(f"  {i} missed {g['surface']!r} [{g['start']}:{g['end']}]")
            for p in pr:
                if id(p) not in mp:
                    print(f"  {i} extra {p.get('text')!r} [{p.get('start')}:{p.get('end')}]")

    result = {}
    for (split, lang), t in sorted(groups.items()):
        c = t.c
        vp, vr = ratio(c["value"], c["pred"]), ratio(c["value"], c["gold"])
        sp, sr = ratio(c["matched"], c["pred"]), ratio(c["matched"], c["gold"])
        f1 = lambda p, r: None if p is None or r is None else (0.0 if p + r == 0 else 2 * p * r / (p + r))
        result[f"{split}/{lang}"] = {
            "texts": c["texts"], "gold": c["gold"], "pred": c["pred"], "matched": c["matched"],
            "value_p": vp, "value_r": vr, "value_f1": f1(vp, vr), "span_f1": f1(sp, sr),
            "unit": ratio(c["unit"], c["matched"]),
            "measure": ratio(c["measure"], c["matched"]) if any_measure else None,
            "actor": ratio(c["actor"], c["matched"]),
            "speaker": ratio(c["speaker"], c["matched"]),
            "hedged": ratio(c["hedged"], c["matched"]),
            "soldier_dated": ratio(c["soldier_dated"], c["soldier"]),
            "soldier_as_of": ratio(c["soldier_asof"], c["soldier"]),
            "soldier_pred": c["soldier"],
        }
    result["skipped"] = skipped
    if a.json:
        print(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True))
        return result
    order = {"dev": 0, "heldout": 1, "all": 2}
    lorder = {"en": 0, "fr": 1, "ru": 2, "uk": 3, "ko": 4, "all": 9}
    print(f"{'split/lang':<12} {'texts':>5} {'gold':>5} {'pred':>5} {'valP':>6} {'valR':>6} {'valF1':>6} "
          f"{'spanF1':>6} {'unit':>6} {'measure':>7} {'actor':>6} {'speaker':>7} {'hedged':>6} {'soldier dated (as_of)':>22}")
    for k in sorted((k for k in result if k != "skipped"),
                    key=lambda k: (order[k.split("/")[0]], lorder.get(k.split("/")[1], 5))):
        r = result[k]
        print(f"{k:<12} {r['texts']:>5} {r['gold']:>5} {r['pred']:>5} {fmt(r['value_p']):>6} {fmt(r['value_r']):>6} "
              f"{fmt(r['value_f1']):>6} {fmt(r['span_f1']):>6} {fmt(r['unit']):>6} {fmt(r['measure']):>7} "
              f"{fmt(r['actor']):>6} {fmt(r['speaker']):>7} {fmt(r['hedged']):>6} "
              f"{fmt(r['soldier_dated']) + ' (' + fmt(r['soldier_as_of']) + ')':>22}")
    if skipped:
        print(f"skipped {len(skipped)} text(s): {' '.join(skipped)}")
    return result


if __name__ == "__main__":
    main()
