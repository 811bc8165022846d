#!/usr/bin/env python3
"""A stand-in for `vigie extract --json FILE...` in the scorer's test: for each path given, prints
the prepared predictions of pred/<id>.jsonl with `doc` set to the path and a `measure` field."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
for path in sys.argv[1:]:
    i = os.path.splitext(os.path.basename(path))[0]
    p = os.path.join(here, "pred", f"{i}.jsonl")
    if not os.path.exists(p):
        continue
    for line in open(p, encoding="utf-8"):
        o = json.loads(line)
        o["doc"] = path
        if o.get("kind") == "quantity":
            o["measure"] = "strength"
        print(json.dumps(o, ensure_ascii=False))
