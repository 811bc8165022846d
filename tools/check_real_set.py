#!/usr/bin/env python3
"""Checks the real-article set (vigie-text/src/test/resources/real/): every line well formed,
ids unique, splits and measures from the guide's lists, intervals ordered, and, when the local
texts are given (--texts DIR, sha256 matching), that text[start:end] == surface.
Usage: python3 tools/check_real_set.py [--texts /work/realtext]"""
import argparse, hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "vigie-text", "src", "test", "resources", "real")
MEASURES = {"strength", "sent", "killed", "wounded", "casualties", "captured", "missing",
            "delivered", "produced", "per_unit", "other", None}
RATES = {"per_day", "per_week", "per_month", "per_year", None}
ART = ["id", "url", "title", "outlet", "lang", "published", "sha256", "length", "split", "passage"]
ANN = ["article", "start", "end", "surface", "value", "low", "high", "unit", "measure", "actor",
       "speaker", "relayed_by", "hedged", "as_of", "rate"]
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=GOLD)
    ap.add_argument("--texts")
    a = ap.parse_args()
    errs = []
    arts = {}
    for n, l in enumerate(open(os.path.join(a.gold, "articles.jsonl"), encoding="utf-8"), 1):
        o = json.loads(l)
        if sorted(o) != sorted(ART):
            errs.append(f"articles:{n}: fields {sorted(o)}")
        if o["id"] in arts:
            errs.append(f"articles:{n}: duplicate id {o['id']}")
        if o["lang"] not in ("en", "fr", "ru", "uk", "ko") or o["split"] not in ("dev", "heldout"):
            errs.append(f"articles:{n}: lang/split {o['lang']}/{o['split']}")
        if o["published"] is not None and not DATE.match(o["published"]):
            errs.append(f"articles:{n}: published {o['published']}")
        arts[o["id"]] = o
    texts = {}
    if a.texts:
        for i, o in arts.items():
            p = os.path.join(a.texts, f"{i}.txt")
            if os.path.exists(p):
                data = open(p, "rb").read()
                if hashlib.sha256(data).hexdigest() == o["sha256"]:
                    texts[i] = data.decode("utf-8")
                    if len(texts[i]) != o["length"]:
                        errs.append(f"{i}: length {len(texts[i])} != {o['length']}")
    n_ann = 0
    for n, l in enumerate(open(os.path.join(a.gold, "annotations.jsonl"), encoding="utf-8"), 1):
        o = json.loads(l)
        n_ann += 1
        where = f"annotations:{n} ({o.get('article')} {o.get('surface')!r})"
        if sorted(o) != sorted(ANN):
            errs.append(f"{where}: fields {sorted(o)}")
            continue
        if o["article"] not in arts:
            errs.append(f"{where}: unknown article")
        if o["measure"] not in MEASURES or o["rate"] not in RATES or not isinstance(o["hedged"], bool):
            errs.append(f"{where}: measure/rate/hedged")
        if o["value"] is None and o["low"] is None and o["high"] is None:
            errs.append(f"{where}: no value nor interval")
        if o["value"] is not None and (o["low"] is not None or o["high"] is not None):
            errs.append(f"{where}: value and interval")
        if o["low"] is not None and o["high"] is not None and o["low"] > o["high"]:
            errs.append(f"{where}: low > high")
        if o["as_of"] is not None and not DATE.match(o["as_of"]):
            errs.append(f"{where}: as_of {o['as_of']}")
        if o["actor"] is not None and not re.match(r"^[A-Z]{3}$", o["actor"]):
            errs.append(f"{where}: actor {o['actor']}")
        if not (0 <= o["start"] < o["end"]) or o["end"] - o["start"] != len(o["surface"]) or len(o["surface"]) > 70:
            errs.append(f"{where}: offsets")
        t = texts.get(o["article"])
        if t is not None and t[o["start"]:o["end"]] != o["surface"]:
            errs.append(f"{where}: text has {t[o['start']:o['end']]!r}")
    for e in errs:
        print(e)
    print(f"{len(arts)} items, {n_ann} quantities, {len(texts)} local texts checked, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
