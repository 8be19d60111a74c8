#!/usr/bin/env python3
"""Check the notes-oak gold files.

For every NN.txt / NN.json pair (01..18):
- the JSON has meetingDate, poster and items with the expected fields;
- every owner string and every keyword appears verbatim (case-sensitive) in NN.txt;
- meetingDate and every non-null due are valid ISO dates (YYYY-MM-DD);
- meetingDate lies between 2026-09-01 and 2027-05-31, and no due date precedes it.
Prints a summary and exits non-zero on any problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_iso(s):
    if not isinstance(s, str) or not ISO.match(s):
        raise ValueError(f"not YYYY-MM-DD: {s!r}")
    return datetime.date.fromisoformat(s)


def main():
    errors = []
    total = 0
    empty = []
    names = sorted(f[:-4] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.txt", f))
    if len(names) != 18:
        errors.append(f"expected 18 notes, found {len(names)}")
    for nn in names:
        txt_path = os.path.join(HERE, nn + ".txt")
        json_path = os.path.join(HERE, nn + ".json")
        if not os.path.exists(json_path):
            errors.append(f"{nn}: missing {nn}.json")
            continue
        with open(txt_path, encoding="utf-8") as f:
            text = f.read()
        try:
            with open(json_path, encoding="utf-8") as f:
                gold = json.load(f)
        except json.JSONDecodeError as e:
            errors.append(f"{nn}: bad JSON: {e}")
            continue
        if set(gold) != {"meetingDate", "poster", "items"}:
            errors.append(f"{nn}: top-level keys {sorted(gold)}")
        try:
            meeting = parse_iso(gold.get("meetingDate"))
            if not (datetime.date(2026, 9, 1) <= meeting <= datetime.date(2027, 5, 31)):
                errors.append(f"{nn}: meetingDate {meeting} outside Sep 2026 - May 2027")
        except ValueError as e:
            errors.append(f"{nn}: meetingDate {e}")
            meeting = None
        if not isinstance(gold.get("poster"), str) or not gold.get("poster").strip():
            errors.append(f"{nn}: poster missing")
        items = gold.get("items")
        if not isinstance(items, list):
            errors.append(f"{nn}: items is not a list")
            continue
        if not items:
            empty.append(nn)
        total += len(items)
        for i, it in enumerate(items, 1):
            where = f"{nn} item {i}"
            if set(it) != {"owners", "task", "keywords", "due"}:
                errors.append(f"{where}: keys {sorted(it)}")
            owners = it.get("owners")
            if not isinstance(owners, list) or not owners:
                errors.append(f"{where}: owners must be a non-empty list")
                owners = []
            for o in owners:
                if not isinstance(o, str) or o not in text:
                    errors.append(f"{where}: owner {o!r} not verbatim in {nn}.txt")
            kws = it.get("keywords")
            if not isinstance(kws, list) or not (1 <= len(kws) <= 3):
                errors.append(f"{where}: keywords must be a list of 1-3 strings")
                kws = kws if isinstance(kws, list) else []
            for k in kws:
                if not isinstance(k, str) or k not in text:
                    errors.append(f"{where}: keyword {k!r} not verbatim in {nn}.txt")
            if not isinstance(it.get("task"), str) or not it.get("task").strip():
                errors.append(f"{where}: task missing")
            due = it.get("due")
            if due is not None:
                try:
                    d = parse_iso(due)
                    if meeting and d < meeting:
                        errors.append(f"{where}: due {d} before meeting {meeting}")
                except ValueError as e:
                    errors.append(f"{where}: due {e}")
    print(f"notes: {len(names)}  items: {total}  notes with no items: {', '.join(empty) or 'none'}")
    if errors:
        print(f"FAIL ({len(errors)} problems)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
