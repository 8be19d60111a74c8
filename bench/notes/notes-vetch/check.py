#!/usr/bin/env python3
"""Verify the notes set: NN.txt/.md paired with NN.json.

Checks: JSON shape; meeting dates valid and in Sep 2026 - Mar 2027; poster named in the
note (first or last name); every owner form appears verbatim in the note; 2-3 keywords per
item, each verbatim in the note, near an owner mention, not a date phrase and not an owner
name; due is null or a valid ISO date on/after the meeting date; set-level counts.
Prints each error and finally the error count.
"""
import datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NEAR = 900  # characters between a keyword and some mention of the item's owner

MONTHS = ("january february march april may june july august september october november "
          "december jan feb mar apr jun jul aug sep sept oct nov dec enero febrero marzo abril "
          "mayo junio julio agosto septiembre octubre noviembre diciembre").split()
DAYS = ("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu "
        "thur thurs fri sat sun lunes martes miércoles jueves viernes sábado domingo").split()
DATE_WORDS = ("today tomorrow tonight yesterday tmrw eod eow week weeks month months year yr "
              "weekend mañana hoy semana mes break holiday deadline").split()
DATE_RE = [re.compile(r"\b\d{1,2}/\d{1,2}(/\d{2,4})?\b"), re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
           re.compile(r"\b\d{1,2}(st|nd|rd|th)\b", re.I), re.compile(r"\bend of\b", re.I),
           re.compile(r"\b(next|this|last) \w+", re.I), re.compile(r"\bby the\b", re.I)]

def is_date_phrase(k):
    words = re.findall(r"[a-záéíóúñ]+", k.lower())
    if any(w in MONTHS or w in DAYS or w in DATE_WORDS for w in words):
        return True
    return any(r.search(k) for r in DATE_RE)

def iso(s):
    try:
        return datetime.date.fromisoformat(s) if isinstance(s, str) and len(s) == 10 else None
    except ValueError:
        return None

def main():
    errors = []
    err = lambda f, m: errors.append(f"{f}: {m}")
    names = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.json", f))
    empty, total = 0, 0
    for jf in names:
        n = jf[:2]
        tf = next((n + e for e in (".txt", ".md") if os.path.exists(os.path.join(HERE, n + e))), None)
        if not tf:
            err(jf, "no matching note"); continue
        text = open(os.path.join(HERE, tf), encoding="utf-8").read()
        try:
            data = json.load(open(os.path.join(HERE, jf), encoding="utf-8"))
        except Exception as e:
            err(jf, f"bad JSON: {e}"); continue
        if set(data) != {"meetingDate", "poster", "items"}:
            err(jf, f"keys {sorted(data)}")
        md = iso(data.get("meetingDate"))
        if not md:
            err(jf, "meetingDate invalid")
        elif not (datetime.date(2026, 9, 1) <= md <= datetime.date(2027, 3, 31)):
            err(jf, f"meetingDate {md} outside Sep 2026 - Mar 2027")
        poster = data.get("poster")
        if not isinstance(poster, str) or len(poster.split()) < 2:
            err(jf, "poster must be a full name")
        elif not any(p in text for p in poster.split()):
            err(jf, f"poster {poster!r} not named in the note")
        items = data.get("items")
        if not isinstance(items, list):
            err(jf, "items not a list"); continue
        empty += not items
        total += len(items)
        all_owners = {o for it in items for o in it.get("owners", [])}
        for i, it in enumerate(items, 1):
            tag = f"{jf} item {i}"
            if set(it) != {"owners", "task", "keywords", "due"}:
                err(tag, f"keys {sorted(it)}")
            owners = it.get("owners") or []
            if not owners:
                err(tag, "no owners")
            for o in owners:
                if o not in text:
                    err(tag, f"owner {o!r} not in note")
            if not isinstance(it.get("task"), str) or len(it.get("task", "")) < 8:
                err(tag, "task missing or too short")
            kws = it.get("keywords") or []
            if not 2 <= len(kws) <= 3:
                err(tag, f"{len(kws)} keywords (want 2-3)")
            owner_pos = [m.start() for o in owners for m in re.finditer(re.escape(o), text)]
            for k in kws:
                if k not in text:
                    err(tag, f"keyword {k!r} not in note"); continue
                if is_date_phrase(k):
                    err(tag, f"keyword {k!r} looks like a date phrase")
                for o in all_owners:
                    if re.search(r"(?<!\w)" + re.escape(o) + r"(?!\w)", k, re.I):
                        err(tag, f"keyword {k!r} contains owner name {o!r}")
                kpos = [m.start() for m in re.finditer(re.escape(k), text)]
                if owner_pos and not any(abs(a - b) <= NEAR for a in kpos for b in owner_pos):
                    err(tag, f"keyword {k!r} not near any owner mention")
            due = it.get("due")
            if due is not None:
                d = iso(due)
                if not d:
                    err(tag, f"due {due!r} invalid")
                elif md and not (md <= d <= md + datetime.timedelta(days=120)):
                    err(tag, f"due {d} not within 120 days after meeting {md}")
    if len(names) != 18:
        errors.append(f"set: {len(names)} notes (want 18)")
    if empty < 3:
        errors.append(f"set: {empty} notes with no items (want >= 3)")
    for e in errors:
        print(e)
    print(f"{len(names)} notes, {total} items, {empty} empty notes")
    print(f"{len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
