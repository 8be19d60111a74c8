#!/usr/bin/env python3
"""Check the notes-umber gold files against their notes. Prints the number of errors."""
import datetime as dt
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def iso(s, where):
    try:
        if not isinstance(s, str) or len(s) != 10:
            raise ValueError
        return dt.date.fromisoformat(s)
    except ValueError:
        err(f"{where}: not a valid ISO date: {s!r}")
        return None


LO, HI = dt.date(2026, 9, 1), dt.date(2027, 6, 30)
total = 0
empty = 0
weekdays = {}
for i in range(1, 19):
    nn = f"{i:02d}"
    tpath, jpath = os.path.join(HERE, nn + ".txt"), os.path.join(HERE, nn + ".json")
    if not os.path.exists(tpath) or not os.path.exists(jpath):
        err(f"{nn}: missing .txt or .json")
        continue
    note = open(tpath, encoding="utf-8").read()
    try:
        gold = json.load(open(jpath, encoding="utf-8"))
    except json.JSONDecodeError as e:
        err(f"{nn}: bad JSON: {e}")
        continue
    if set(gold) != {"meetingDate", "poster", "items"}:
        err(f"{nn}: unexpected top-level keys {sorted(gold)}")
    poster = gold.get("poster", "")
    if not poster or len(poster.split()) < 2:
        err(f"{nn}: poster should be 'First Last': {poster!r}")
    md = iso(gold.get("meetingDate"), f"{nn} meetingDate")
    if md:
        if not (LO <= md <= HI):
            err(f"{nn}: meeting date {md} outside Sep 2026 - Jun 2027")
        weekdays.setdefault(md.strftime("%a"), []).append(nn)
    items = gold.get("items", [])
    total += len(items)
    if not items:
        empty += 1
    for j, it in enumerate(items, 1):
        w = f"{nn} item {j}"
        if set(it) != {"owners", "task", "keywords", "due"}:
            err(f"{w}: unexpected keys {sorted(it)}")
        owners = it.get("owners") or []
        if not owners:
            err(f"{w}: no owners")
        for o in owners:
            if o in note:
                continue
            if o == poster:  # "I"/"me" commitment by the poster
                continue
            err(f"{w}: owner {o!r} not verbatim in note")
        kws = it.get("keywords") or []
        if not 1 <= len(kws) <= 3:
            err(f"{w}: needs 1-3 keywords, has {len(kws)}")
        for k in kws:
            if k not in note:
                err(f"{w}: keyword {k!r} not verbatim in note")
        if not it.get("task"):
            err(f"{w}: empty task")
        due = it.get("due")
        if due is not None:
            d = iso(due, f"{w} due")
            if d and md and d < md:
                err(f"{w}: due {d} before meeting {md}")

print(f"notes: 18, items: {total}, notes with no items: {empty}")
print("meeting weekdays:", {k: v for k, v in sorted(weekdays.items())})
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
