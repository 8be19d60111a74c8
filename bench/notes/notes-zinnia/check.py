#!/usr/bin/env python3
"""Checker for the notes + gold set: JSON parses, schema, keywords and an owner form appear in the note."""
import json, re, sys, datetime, pathlib

OUT = pathlib.Path(__file__).resolve().parent
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATEWORDS = re.compile(r"\b(mon|tues?|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sept?|september|oct|october|nov|november|dec|december)\b|\b\d{1,2}/\d{1,2}\b|\btoday\b|\btomorrow\b|\bweek\b|\beom\b|\bmonth\b", re.I)
errors, warnings, total, empty = [], [], 0, 0
for i in range(1, 19):
    n = f"{i:02d}"
    tp, jp = OUT / f"{n}.txt", OUT / f"{n}.json"
    if not tp.exists() or not jp.exists():
        errors.append(f"{n}: missing file"); continue
    text = tp.read_text(encoding="utf-8"); low = text.lower()
    try:
        g = json.loads(jp.read_text(encoding="utf-8"))
    except Exception as e:
        errors.append(f"{n}: JSON error {e}"); continue
    if set(g) != {"meetingDate", "poster", "items"}:
        errors.append(f"{n}: top-level keys {sorted(g)}")
    md = g.get("meetingDate", "")
    if not DATE.match(md):
        errors.append(f"{n}: bad meetingDate"); continue
    mdd = datetime.date.fromisoformat(md)
    if not (datetime.date(2026, 9, 1) <= mdd <= datetime.date(2027, 5, 31)):
        errors.append(f"{n}: meetingDate out of school year")
    if g["poster"].split()[0].lower() not in low and g["poster"].lower() not in low:
        warnings.append(f"{n}: poster's full or first name not in note (signed by initials/handle?)")
    items = g["items"]
    if len(items) == 0: empty += 1
    elif not 2 <= len(items) <= 5: errors.append(f"{n}: {len(items)} items (want 2-5)")
    total += len(items)
    for k, it in enumerate(items, 1):
        tag = f"{n}#{k}"
        if set(it) != {"owners", "task", "keywords", "due"}:
            errors.append(f"{tag}: keys {sorted(it)}")
        owners = it["owners"]
        if not owners or not any(o.lower() in low for o in owners):
            errors.append(f"{tag}: no owner form found in note: {owners}")
        if len(owners[0].split()) < 2:
            errors.append(f"{tag}: first owner form should be a full name")
        if not it["task"].strip():
            errors.append(f"{tag}: empty task")
        kws = it["keywords"]
        if not 1 <= len(kws) <= 3:
            errors.append(f"{tag}: {len(kws)} keywords")
        for kw in kws:
            if not 2 <= len(kw.split()) <= 3:
                errors.append(f"{tag}: keyword '{kw}' is not 2-3 words")
            if kw.lower() not in low:
                errors.append(f"{tag}: keyword '{kw}' not in note")
            if DATEWORDS.search(kw):
                errors.append(f"{tag}: keyword '{kw}' looks like a date phrase")
            for o in owners:
                if re.search(r"\b" + re.escape(o.lower()) + r"\b", kw.lower()):
                    errors.append(f"{tag}: keyword '{kw}' contains owner form '{o}'")
        due = it["due"]
        if due is not None:
            if not DATE.match(due):
                errors.append(f"{tag}: bad due {due}")
            elif datetime.date.fromisoformat(due) < mdd:
                errors.append(f"{tag}: due {due} before meeting {md}")
print(f"notes: 18, items: {total}, notes with no items: {empty}")
for w in warnings: print("warning", w)
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
