#!/usr/bin/env python3
"""Checker for the notes-bramble set: JSON parses, schema, keywords & an owner form occur in the note."""
import json, re, sys, datetime as dt, pathlib
OUT = pathlib.Path(__file__).parent
DATEWORDS = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|today|tomorrow|"
                       r"week|eom|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|\d{1,2}/\d{1,2})\b", re.I)
errs = []; total = 0; empty = 0
for n in range(1, 19):
    nn = f"{n:02d}"
    txt = (OUT / f"{nn}.txt").read_text(encoding="utf-8"); low = txt.lower()
    try:
        g = json.loads((OUT / f"{nn}.json").read_text(encoding="utf-8"))
    except Exception as e:
        errs.append(f"{nn}: bad JSON {e}"); continue
    if set(g) != {"meetingDate", "poster", "items"}: errs.append(f"{nn}: keys {set(g)}")
    md = dt.date.fromisoformat(g["meetingDate"])
    if not (dt.date(2026, 9, 1) <= md <= dt.date(2027, 5, 31)): errs.append(f"{nn}: meeting date out of range")
    if not g["poster"].strip(): errs.append(f"{nn}: no poster")
    items = g["items"]; total += len(items)
    if not items: empty += 1
    elif not 2 <= len(items) <= 5: errs.append(f"{nn}: {len(items)} items")
    for i, it in enumerate(items):
        tag = f"{nn}#{i+1}"
        if set(it) != {"owners", "task", "keywords", "due"}: errs.append(f"{tag}: keys {set(it)}")
        if not any(o.lower() in low for o in it["owners"]): errs.append(f"{tag}: no owner form in note")
        if not it["task"].strip(): errs.append(f"{tag}: empty task")
        if not it["keywords"]: errs.append(f"{tag}: no keywords")
        for k in it["keywords"]:
            if k.lower() not in low: errs.append(f"{tag}: keyword not in note: {k!r}")
            if not 2 <= len(k.split()) <= 3: errs.append(f"{tag}: keyword not 2-3 words: {k!r}")
            if DATEWORDS.search(k): errs.append(f"{tag}: keyword looks like a date: {k!r}")
            for o in it["owners"]:
                for w in o.lower().split():
                    if len(w) > 2 and w in k.lower().split(): errs.append(f"{tag}: keyword has owner name {k!r}")
        if it["due"] is not None:
            d = dt.date.fromisoformat(it["due"])
            if d < md: errs.append(f"{tag}: due before meeting")
            print(f"  {tag} due {d} {d.strftime('%a')}  (meeting {md} {md.strftime('%a')})")
print(f"notes=18 items={total} empty_notes={empty}")
print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
