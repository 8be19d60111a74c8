#!/usr/bin/env python3
"""Checks the sealed-yarrow note set against its gold files.

- every owner appears verbatim in its note (except the poster, who may be implied by "I"/"me")
- every keyword appears verbatim (case-sensitive) in its note
- meetingDate and every due date are valid ISO dates (YYYY-MM-DD)
- every meeting date falls between 2026-09-01 and 2027-06-30
- no due date is before its meeting date
Prints the number of errors (0 when clean).
"""
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LO, HI = date(2026, 9, 1), date(2027, 6, 30)


def parse(s):
    if not isinstance(s, str) or not ISO.match(s):
        raise ValueError(f"not ISO: {s!r}")
    return date.fromisoformat(s)


def main():
    errors = []
    n_notes = n_items = n_empty = 0
    for i in range(1, 19):
        nn = f"{i:02d}"
        txt_p, js_p = os.path.join(HERE, nn + ".txt"), os.path.join(HERE, nn + ".json")
        if not (os.path.exists(txt_p) and os.path.exists(js_p)):
            errors.append(f"{nn}: missing .txt or .json")
            continue
        text = open(txt_p, encoding="utf-8").read()
        g = json.load(open(js_p, encoding="utf-8"))
        n_notes += 1
        for key in ("meetingDate", "poster", "items"):
            if key not in g:
                errors.append(f"{nn}: missing key {key}")
        try:
            md = parse(g["meetingDate"])
            if not (LO <= md <= HI):
                errors.append(f"{nn}: meeting date {md} outside Sep 2026-Jun 2027")
        except Exception as e:
            errors.append(f"{nn}: meetingDate {e}")
            md = None
        poster = g.get("poster", "")
        if len(poster.split()) < 2:
            errors.append(f"{nn}: poster should be 'First Last': {poster!r}")
        items = g.get("items", [])
        if not items:
            n_empty += 1
        for j, it in enumerate(items, 1):
            n_items += 1
            tag = f"{nn} item {j}"
            if set(it) != {"owners", "task", "keywords", "due"}:
                errors.append(f"{tag}: keys {sorted(it)}")
            if not it.get("owners"):
                errors.append(f"{tag}: no owners")
            for o in it.get("owners", []):
                if o not in text and o != poster:
                    errors.append(f"{tag}: owner {o!r} not in note")
            kws = it.get("keywords", [])
            if not 1 <= len(kws) <= 3:
                errors.append(f"{tag}: {len(kws)} keywords (need 1-3)")
            for k in kws:
                if k not in text:
                    errors.append(f"{tag}: keyword {k!r} not in note")
            if not it.get("task"):
                errors.append(f"{tag}: empty task")
            due = it.get("due")
            if due is not None:
                try:
                    d = parse(due)
                    if md and d < md:
                        errors.append(f"{tag}: due {d} before meeting {md}")
                except Exception as e:
                    errors.append(f"{tag}: due {e}")
    for e in errors:
        print(e)
    print(f"notes: {n_notes}, items: {n_items}, notes without items: {n_empty}")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
