import zipcodes from 'zipcodes';
import { describe, expect, it } from 'vitest';
import { placeBook, pointOf } from '../../../../src/core/knowledge/directory/places.js';
import { codesOf, lookupZip } from '../../../../src/core/knowledge/directory/zip-gazetteer.js';

describe('the ZIP gazetteer read as data', () => {
  it('knows every code the zipcodes package locates, with the same city, state and coordinates', () => {
    const codes = Object.keys(zipcodes.codes);
    expect(codes.length).toBeGreaterThan(40_000);
    for (const code of codes) {
      const theirs = zipcodes.lookup(code)!;
      const located = typeof theirs.latitude === 'number' && typeof theirs.longitude === 'number';
      expect(lookupZip(code), code).toEqual(located ? { city: theirs.city, state: theirs.state, latitude: theirs.latitude, longitude: theirs.longitude } : undefined);
    }
  });

  it('reads a Canadian postal code by its first three characters, and knows nothing of a made-up code', () => {
    expect(lookupZip('T0A 1A0')?.state).toBe('Alberta');
    expect(lookupZip('00000')).toBeUndefined();
    expect(lookupZip('toString')).toBeUndefined();
  });

  it('places an address without coordinates at its ZIP only when the city agrees', () => {
    const nyc = zipcodes.lookup('10001')!;
    expect(pointOf({ city: 'New York', state: 'NY', zip: '10001' })).toEqual({ lat: nyc.latitude, lon: nyc.longitude });
    expect(pointOf({ city: 'Oakdale', state: 'NY', zip: '10001' })).toBeUndefined();
  });

  it('finds a ZIP a question names that the directory does not list', () => {
    const book = placeBook([{ name: 'Job coaching', phones: [], areas: [], locations: [{ city: 'Oakdale', zip: '56002' }], languages: [], open: [] }]);
    expect(book.find('job coaching near 10001?')?.place).toMatchObject({ kind: 'zip', towns: ['New York'] });
  });

  it('names the problem when the data file is not what it expects', () => {
    expect(() => codesOf('module.exports = {}')).toThrow(/exports\.codes/);
    expect(codesOf('exports.codes = {"1":{"city":"A","state":"B","latitude":1,"longitude":2}};\n\nexports.stateMap = {};\n')).toEqual({ '1': { city: 'A', state: 'B', latitude: 1, longitude: 2 } });
  });
});
