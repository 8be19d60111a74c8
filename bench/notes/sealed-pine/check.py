#!/usr/bin/env python3
"""Sanity checks for the notes-pine set: every owner string and keyword in
NN.json must occur verbatim in NN.txt, and every date must be valid ISO."""
import datetime
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent


def iso(value, where, errors):
    try:
        if datetime.date.fromisoformat(value).isoformat() != value:
            raise ValueError
    except (TypeError, ValueError):
        errors.append(f"{where}: not an ISO date: {value!r}")


def main():
    errors, total, empty = [], 0, 0
    notes = sorted(HERE.glob("[0-9][0-9].txt"))
    for txt in notes:
        gold_path = txt.with_suffix(".json")
        if not gold_path.exists():
            errors.append(f"{txt.name}: missing {gold_path.name}")
            continue
        text = txt.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if set(gold) != {"meetingDate", "poster", "items"}:
            errors.append(f"{gold_path.name}: unexpected keys {sorted(gold)}")
        iso(gold.get("meetingDate"), f"{gold_path.name} meetingDate", errors)
        if not isinstance(gold.get("poster"), str) or not gold["poster"].strip():
            errors.append(f"{gold_path.name}: poster missing")
        meeting = datetime.date.fromisoformat(gold["meetingDate"])
        if not (datetime.date(2026, 9, 1) <= meeting <= datetime.date(2027, 5, 31)):
            errors.append(f"{gold_path.name}: meeting date out of range")
        items = gold.get("items", [])
        total += len(items)
        empty += not items
        for n, item in enumerate(items, 1):
            where = f"{gold_path.name} item {n}"
            if set(item) != {"owners", "task", "keywords", "due"}:
                errors.append(f"{where}: unexpected keys {sorted(item)}")
            if not item.get("owners"):
                errors.append(f"{where}: no owners")
            for owner in item.get("owners", []):
                if owner not in text:
                    errors.append(f"{where}: owner {owner!r} not in {txt.name}")
            kws = item.get("keywords", [])
            if not 1 <= len(kws) <= 3:
                errors.append(f"{where}: needs 1-3 keywords, has {len(kws)}")
            for kw in kws:
                if kw not in text:
                    errors.append(f"{where}: keyword {kw!r} not in {txt.name}")
            if not item.get("task"):
                errors.append(f"{where}: empty task")
            if item.get("due") is not None:
                iso(item["due"], f"{where} due", errors)
                if datetime.date.fromisoformat(item["due"]) < meeting:
                    errors.append(f"{where}: due date before meeting")
    for e in errors:
        print("FAIL", e)
    print(f"{len(notes)} notes, {total} items, {empty} notes with no items")
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
