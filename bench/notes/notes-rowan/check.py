#!/usr/bin/env python3
"""Verify gold files: every owner string and keyword occurs verbatim in its note; dates are valid ISO."""
import json, glob, os, sys, datetime

def iso(s):
    try:
        return datetime.date.fromisoformat(s).isoformat() == s
    except (TypeError, ValueError):
        return False

here = os.path.dirname(os.path.abspath(__file__))
errors, notes, items, empty = [], 0, 0, 0
for jp in sorted(glob.glob(os.path.join(here, '[0-9][0-9].json'))):
    nn = os.path.basename(jp)[:2]
    tp = jp[:-5] + '.txt'
    if not os.path.exists(tp):
        errors.append(f'{nn}: missing note text'); continue
    text = open(tp, encoding='utf-8').read()
    g = json.load(open(jp, encoding='utf-8'))
    notes += 1
    if set(g) != {'meetingDate', 'poster', 'items'}:
        errors.append(f'{nn}: unexpected top-level keys {sorted(g)}')
    if not iso(g.get('meetingDate')):
        errors.append(f'{nn}: bad meetingDate {g.get("meetingDate")!r}')
    elif not ('2026-09-01' <= g['meetingDate'] <= '2027-05-31'):
        errors.append(f'{nn}: meetingDate outside Sep 2026 - May 2027')
    if not isinstance(g.get('poster'), str) or not g['poster'].strip():
        errors.append(f'{nn}: missing poster')
    if not g['items']:
        empty += 1
    for i, it in enumerate(g['items']):
        items += 1
        tag = f'{nn} item {i}'
        if set(it) != {'owners', 'task', 'keywords', 'due'}:
            errors.append(f'{tag}: unexpected keys {sorted(it)}')
        if not it.get('owners'):
            errors.append(f'{tag}: no owners')
        for o in it.get('owners', []):
            if o not in text:
                errors.append(f'{tag}: owner {o!r} not in note')
        kws = it.get('keywords', [])
        if not 1 <= len(kws) <= 3:
            errors.append(f'{tag}: need 1-3 keywords')
        for k in kws:
            if k not in text:
                errors.append(f'{tag}: keyword {k!r} not in note')
        due = it.get('due')
        if due is not None:
            if not iso(due):
                errors.append(f'{tag}: bad due {due!r}')
            elif due < g['meetingDate']:
                errors.append(f'{tag}: due {due} before meeting {g["meetingDate"]}')

for e in errors:
    print('FAIL', e)
print(f'{notes} notes, {items} items, {empty} notes with no items, {len(errors)} errors')
sys.exit(1 if errors else 0)
