#!/usr/bin/env python3
"""Check the sealed-willow gold files against their notes.

Checks: every NN.txt has an NN.json with the right keys; every owner appears verbatim in
its note (the poster is exempt, since "I"/"me"/"this writer" commits carry no name);
every keyword appears verbatim (case-sensitive); all dates are valid ISO dates; every
meeting date lies between 2026-09-01 and 2027-06-30; no due date is before its meeting.
"""
import datetime as dt
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
LO, HI = dt.date(2026, 9, 1), dt.date(2027, 6, 30)
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse(s):
    if not isinstance(s, str) or not ISO.match(s):
        raise ValueError(f"not an ISO date: {s!r}")
    return dt.date.fromisoformat(s)


errors = []
notes = sorted(HERE.glob("[0-9][0-9].txt"))
total = 0
for txt in notes:
    nn = txt.stem
    jf = HERE / f"{nn}.json"
    if not jf.exists():
        errors.append(f"{nn}: missing {jf.name}")
        continue
    note = txt.read_text(encoding="utf-8")
    g = json.loads(jf.read_text(encoding="utf-8"))
    if set(g) != {"meetingDate", "poster", "items"}:
        errors.append(f"{nn}: top-level keys {sorted(g)}")
    try:
        md = parse(g.get("meetingDate"))
        if not (LO <= md <= HI):
            errors.append(f"{nn}: meeting date {md} outside Sep 2026 - Jun 2027")
    except ValueError as e:
        errors.append(f"{nn}: meetingDate {e}")
        md = None
    poster = g.get("poster")
    if not isinstance(poster, str) or len(poster.split()) < 2:
        errors.append(f"{nn}: poster should be 'First Last', got {poster!r}")
    for i, it in enumerate(g.get("items", []), 1):
        total += 1
        where = f"{nn} item {i}"
        if set(it) != {"owners", "task", "keywords", "due"}:
            errors.append(f"{where}: keys {sorted(it)}")
        owners = it.get("owners") or []
        if not owners:
            errors.append(f"{where}: no owners")
        for o in owners:
            if o == poster:
                continue  # "I"/"me"/"this writer" commitments; name need not be in the note
            if o not in note:
                errors.append(f"{where}: owner {o!r} not verbatim in note")
        kws = it.get("keywords") or []
        if not 1 <= len(kws) <= 3:
            errors.append(f"{where}: needs 1-3 keywords, has {len(kws)}")
        for k in kws:
            if k not in note:
                errors.append(f"{where}: keyword {k!r} not verbatim in note")
        if not isinstance(it.get("task"), str) or not it["task"].strip():
            errors.append(f"{where}: empty task")
        due = it.get("due")
        if due is not None:
            try:
                d = parse(due)
                if md and d < md:
                    errors.append(f"{where}: due {d} before meeting {md}")
            except ValueError as e:
                errors.append(f"{where}: due {e}")

for jf in sorted(HERE.glob("[0-9][0-9].json")):
    if not (HERE / f"{jf.stem}.txt").exists():
        errors.append(f"{jf.stem}: json without txt")

for e in errors:
    print("ERROR", e)
print(f"{len(notes)} notes, {total} items")
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
