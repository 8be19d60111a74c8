#!/usr/bin/env python3
"""Check the notes-tansy gold files against their notes.

Checks: every NN.txt has an NN.json; JSON shape; every owner (except the
poster, who may own an item through "I"/"me") and every keyword appears
verbatim (case-sensitive) in its note; 1-3 keywords per item; all dates are
valid ISO dates; meeting dates fall in Sep 2026 - Jun 2027; no due date is
before its meeting date.  Prints the number of errors.
"""
import datetime as dt
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LO, HI = dt.date(2026, 9, 1), dt.date(2027, 6, 30)


def iso(s):
    if not isinstance(s, str) or len(s) != 10:
        raise ValueError(s)
    return dt.date.fromisoformat(s)


def main():
    errors = []
    n_notes = n_items = 0
    for i in range(1, 19):
        nn = f"{i:02d}"
        tp, jp = os.path.join(HERE, nn + ".txt"), os.path.join(HERE, nn + ".json")
        if not os.path.exists(tp) or not os.path.exists(jp):
            errors.append(f"{nn}: missing .txt or .json")
            continue
        n_notes += 1
        text = open(tp, encoding="utf-8").read()
        try:
            gold = json.load(open(jp, encoding="utf-8"))
        except Exception as e:
            errors.append(f"{nn}: bad JSON: {e}")
            continue
        if set(gold) != {"meetingDate", "poster", "items"}:
            errors.append(f"{nn}: unexpected top-level keys {sorted(gold)}")
        try:
            meeting = iso(gold["meetingDate"])
            if not (LO <= meeting <= HI):
                errors.append(f"{nn}: meeting date {meeting} outside Sep 2026 - Jun 2027")
        except Exception:
            errors.append(f"{nn}: bad meetingDate {gold.get('meetingDate')!r}")
            meeting = None
        poster = gold.get("poster")
        if not isinstance(poster, str) or len(poster.split()) < 2:
            errors.append(f"{nn}: poster should be 'First Last': {poster!r}")
        for k, it in enumerate(gold.get("items", []), 1):
            n_items += 1
            where = f"{nn} item {k}"
            if set(it) != {"owners", "task", "keywords", "due"}:
                errors.append(f"{where}: unexpected keys {sorted(it)}")
            owners = it.get("owners") or []
            if not owners:
                errors.append(f"{where}: no owners")
            for o in owners:
                if o == poster:
                    continue  # the poster may commit as "I"/"me"
                if o not in text:
                    errors.append(f"{where}: owner {o!r} not in note")
            kws = it.get("keywords") or []
            if not 1 <= len(kws) <= 3:
                errors.append(f"{where}: needs 1-3 keywords, has {len(kws)}")
            for kw in kws:
                if kw not in text:
                    errors.append(f"{where}: keyword {kw!r} not in note")
            if not isinstance(it.get("task"), str) or not it["task"].strip():
                errors.append(f"{where}: empty task")
            due = it.get("due")
            if due is not None:
                try:
                    d = iso(due)
                    if meeting and d < meeting:
                        errors.append(f"{where}: due {d} before meeting {meeting}")
                except Exception:
                    errors.append(f"{where}: bad due {due!r}")
    print(f"{n_notes} notes, {n_items} items")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
