"""Recall and foreign facts of holdout rounds, with the very matching tests/test_fixtures.py uses.

    python tests/score_holdout.py                 # every round: recall, oracles with foreign facts
    python tests/score_holdout.py round16         # one round, page by page
    python tests/score_holdout.py round16 -v      # ... and what each page missed or took from elsewhere

The test suite only checks floors; this prints the figures fixtures/holdout/README.md quotes. `-v` shows a
round's misses: whoever reads them can no longer measure that round blind (say so in the holdout README).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import test_fixtures as tf  # noqa: E402  (the oracles' loader and matching)


def score(paths: list[Path], verbose: bool = False, per_page: bool = False) -> tuple[int, int, list[str]]:
    """(facts found, facts expected, ids of oracles with foreign facts) over these oracles."""
    hit = total = 0
    foreign: list[str] = []
    for path in paths:
        spec, html = tf.load(path)
        result = tf.run_extract(spec, html)
        found = [tf.found(f, result.facts) for f in spec["facts"]]
        hits = tf.not_hits(spec, result.facts)
        hit, total = hit + sum(found), total + len(found)
        if hits:
            foreign.append(tf._id(path))
        if per_page:
            print(f"  {tf._id(path):60s} {sum(found)}/{len(found)}" + (f"  foreign x{len(hits)}" if hits else ""))
        if verbose:
            for f, ok in zip(spec["facts"], found):
                if not ok:
                    print(f"      miss {f['field']} {f['key']!r} {f['value']!r}")
            for h in hits:
                print(f"      foreign {h}")
    return hit, total, foreign


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    wanted = [a for a in argv if not a.startswith("-")] or sorted(tf.ROUNDS, key=lambda r: int(r[5:] or 1) if r != "top" else 1)
    unknown = sorted(set(wanted) - set(tf.ROUNDS))
    if unknown:
        print(f"no such round: {', '.join(unknown)} (rounds: {', '.join(tf.ROUNDS)})", file=sys.stderr)
        return 2
    for name in wanted:
        paths = [p for p in tf.HOLDOUT if tf._round(p) == name]
        hit, total, foreign = score(paths, verbose, per_page=len(wanted) == 1)
        print(f"{name:8s} recall {hit}/{total} = {hit / total:.3f}   oracles with foreign facts: {len(foreign)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
