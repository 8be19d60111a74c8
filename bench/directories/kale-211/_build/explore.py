import json,sys,os
sys.path.insert(0,os.path.dirname(os.path.dirname(os.path.abspath(__file__)))); os.chdir('..')
import fits
keys={v:k for k,v in json.load(open('_build/service_keys.json')).items()}
towns=fits.load_places(); svcs=fits.load_services()
for s in svcs:
    lo,hi=fits.age_range(s)
    if lo is not None or hi is not None: print(keys[s['id']], s['name'][:40], lo, hi)
