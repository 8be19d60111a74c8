#!/usr/bin/env python3
"""Checker for the notes + gold set in this folder.
Checks: JSON parses and has the right shape; dates valid and in the school year;
2-5 items per note or none (exactly three empty notes); every keyword is 2-3 words,
appears verbatim (case-insensitive) in the note, holds no date word and no owner name;
at least one owner form appears in the note; due dates are not before the meeting."""
import json, os, re, sys, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
DATE_WORDS = {"monday","tuesday","wednesday","thursday","friday","saturday","sunday",
              "mon","tue","tues","wed","thu","thurs","fri","sat","sun","today","tomorrow",
              "week","month","eom","eod","january","february","march","april","may","june",
              "july","august","september","october","november","december","jan","feb","mar",
              "apr","jun","jul","aug","sep","sept","oct","nov","dec","next","by"}
errors, total, empty = [], 0, 0

def err(n, msg): errors.append(f"{n}: {msg}")

def parse(d):
    return dt.date.fromisoformat(d)

for i in range(1, 19):
    n = f"{i:02d}"
    tp, jp = os.path.join(HERE, n + ".txt"), os.path.join(HERE, n + ".json")
    if not (os.path.exists(tp) and os.path.exists(jp)):
        err(n, "missing file"); continue
    text = open(tp, encoding="utf-8").read()
    low = text.lower()
    try:
        g = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        err(n, f"JSON does not parse: {e}"); continue
    if set(g) != {"meetingDate", "poster", "items"}:
        err(n, f"top-level keys {sorted(g)}")
    try:
        md = parse(g["meetingDate"])
        if not (dt.date(2026, 9, 1) <= md <= dt.date(2027, 5, 31)):
            err(n, "meetingDate outside Sept 2026 - May 2027")
    except Exception:
        err(n, "bad meetingDate"); md = None
    if not isinstance(g.get("poster"), str) or not g["poster"].strip():
        err(n, "poster missing")
    items = g.get("items", [])
    total += len(items)
    if len(items) == 0:
        empty += 1
    elif not 2 <= len(items) <= 5:
        err(n, f"{len(items)} items (want 2-5 or 0)")
    for j, it in enumerate(items, 1):
        tag = f"item {j}"
        if set(it) != {"owners", "task", "keywords", "due"}:
            err(n, f"{tag} keys {sorted(it)}")
        owners = it.get("owners", [])
        if not owners or not any(o.lower() in low for o in owners):
            err(n, f"{tag} no owner form {owners} found in note")
        if not it.get("task"):
            err(n, f"{tag} empty task")
        kws = it.get("keywords", [])
        if len(kws) < 2:
            err(n, f"{tag} fewer than 2 keywords")
        owner_tokens = {t.lower() for o in owners for t in re.findall(r"[\w\-]+", o) if len(t) > 2}
        for k in kws:
            words = k.split()
            if not 2 <= len(words) <= 3:
                err(n, f"{tag} keyword '{k}' is not 2-3 words")
            if k.lower() not in low:
                err(n, f"{tag} keyword '{k}' not in note")
            toks = {t.lower().strip(".,:;!?\"'") for t in words}
            if toks & DATE_WORDS:
                err(n, f"{tag} keyword '{k}' looks like a date phrase")
            if toks & owner_tokens:
                err(n, f"{tag} keyword '{k}' contains owner's name")
        due = it.get("due")
        if due is not None:
            try:
                dd = parse(due)
                if md and dd < md:
                    err(n, f"{tag} due {due} before meeting {md}")
            except Exception:
                err(n, f"{tag} bad due '{due}'")

if empty != 3:
    errors.append(f"expected 3 notes with no items, found {empty}")
print(f"notes: 18, items: {total}, empty notes: {empty}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
