#!/usr/bin/env python3
"""Checks tools/score_real.py on a tiny self-made text, its gold and prepared predictions
(tools/testdata/real/). Run: python3 tools/test_score_real.py"""
import contextlib, io, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import score_real

D = os.path.join(here, "testdata", "real")
BASE = ["--texts", os.path.join(D, "texts"), "--gold", D, "--json"]


def score(*extra):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        r = score_real.main(BASE + list(extra))
    return r, err.getvalue()


def close(a, b):
    return a is not None and abs(a - b) < 1e-9


def check(r, measure):
    a = r["all/all"]
    assert (a["texts"], a["gold"], a["pred"], a["matched"]) == (1, 3, 3, 2), a
    assert close(a["value_p"], 2 / 3) and close(a["value_r"], 2 / 3) and close(a["value_f1"], 2 / 3), a
    assert close(a["unit"], 0.5) and close(a["actor"], 0.5), a
    assert close(a["speaker"], 1.0), a          # 국정원 is an alias of South Korea NIS
    assert close(a["hedged"], 1.0), a           # approx modifier = hedged, gt = not hedged
    assert close(a["soldier_dated"], 1.0) and close(a["soldier_as_of"], 0.0), a
    assert a["measure"] is None if measure is None else close(a["measure"], measure), a
    assert r["skipped"] == ["t2", "t3"], r["skipped"]
    assert "dev/en" in r and "heldout/fr" not in r, sorted(r)


cat = f"cat {os.path.join(D, 'pred', '{id}.jsonl')}"
r, err = score("--cmd", cat)
check(r, None)
assert "skip t2: sha256" in err and "skip t3: no text" in err, err
r, _ = score("--stdin", "--cmd", f"cat {os.path.join(D, 'pred', 't1.jsonl')}")
check(r, None)
r, _ = score("--cmd", f"{sys.executable} {os.path.join(D, 'fake_batch.py')}")
check(r, 1.0)
print("score_real.py: all checks passed")
