import { describe, expect, it } from 'vitest';
import { readConditions } from '../../../../src/core/knowledge/directory/conditions.js';
import { matchService } from '../../../../src/core/knowledge/directory/match.js';
import { parsePlaces, placeBook } from '../../../../src/core/knowledge/directory/places.js';
import type { ServiceRecord } from '../../../../src/core/knowledge/types.js';

const service = (name: string, city: string, county: string, areas: string[]): ServiceRecord => ({
  name,
  phones: [],
  areas,
  locations: [{ city, county, state: 'OR' }],
  languages: ['English'],
  open: [],
});

// A hamlet no address in the directory stands in, named only as the area a few services serve.
const records = [
  service('Paratransit', 'Pendry', 'Lusk County', ['All of Lusk County']),
  service('Food Pantry', 'Pendry', 'Lusk County', ['Pendry', 'Mill Bend']),
  service('Library Outreach', 'Tilden', 'Lusk County', ['Tilden', 'Mill Bend']),
  service('Job Club', 'Marlow', 'Halvorsen County', ['All of Halvorsen County']),
];
const book = placeBook(records);
const place = (r: ServiceRecord, q: string) => matchService(r, readConditions(q, book), { book }).checks.find((c) => c.condition === 'place');

describe('the place a service serves', () => {
  it('offers a county-wide service for a hamlet the directory names only as a service area', () => {
    expect(place(records[0]!, 'does anyone do paratransit in mill bend')).toMatchObject({ verdict: 'meets' });
    expect(place(records[3]!, 'any job club in mill bend')).toMatchObject({ verdict: 'fails' });
  });
});

describe('an area that lists counties', () => {
  // A state 211 export writes a multi-county area once: "Hemlock, Tamarack and Flambeau counties".
  const listed = [
    service('Crisis Line', 'Marten Lake', 'Hemlock County', ['Tamarack, Hemlock and Flambeau counties']),
    service('Benefits Clinic', 'Marten Lake', 'Hemlock County', ['Hemlock, Tamarack counties']),
    service('Rides', 'Ashby', 'Flambeau County', ['Flambeau County']),
    service('Job Club', 'Kessler', 'Tamarack County', ['Tamarack County']),
    service('Pantry', 'Birch Hollow', 'Birch County', ['Birch County']),
  ];
  const listedBook = placeBook(listed);
  const check = (r: ServiceRecord, q: string) => matchService(r, readConditions(q, listedBook), { book: listedBook }).checks.find((c) => c.condition === 'place');

  it('offers the service in each county of the list, and in each of their towns', () => {
    expect(check(listed[0]!, 'any crisis line in flambeau county')).toMatchObject({ verdict: 'meets' });
    expect(check(listed[0]!, 'a crisis line for a student in ashby?')).toMatchObject({ verdict: 'meets' });
    expect(check(listed[1]!, 'who does benefits counseling in kessler')).toMatchObject({ verdict: 'meets' });
  });

  it('does not offer it in a county the list leaves out', () => {
    expect(check(listed[1]!, 'benefits counseling in ashby')).toMatchObject({ verdict: 'fails' });
    expect(check(listed[0]!, 'crisis line in birch hollow')).toMatchObject({ verdict: 'fails' });
  });
});

describe('a directory whose addresses name no county', () => {
  // A county 211 export: street, city and ZIP only; most services say "All of Maple County".
  const bare = (name: string, city: string, areas: string[]): ServiceRecord => ({ ...service(name, city, '', areas), locations: [{ city, state: 'CO' }] });
  const local = [
    bare('Respite Network', 'Juniper', ['All of Maple County']),
    bare('Youth Job Club', 'Sawyer', ['All of Maple County']),
    bare('Sawyer Food Bank', 'Sawyer', ['Maple County residents']),
    bare('Hilltop Transit', 'Aspen', ['Larch County']),
    bare('East End Mentors', 'Dry Fork', ['Dry Fork, Sawyer and Juniper']),
  ];
  const localBook = placeBook(local);
  const check = (r: ServiceRecord, q: string) => matchService(r, readConditions(q, localBook), { book: localBook }).checks.find((c) => c.condition === 'place');

  it('learns which county a town is in from the areas its offices serve, so a county-wide service is offered in every town of it', () => {
    expect(check(local[0]!, 'any respite in sawyer for a 15 yo')).toMatchObject({ verdict: 'meets' });
    expect(check(local[1]!, 'job club in juniper?')).toMatchObject({ verdict: 'meets' });
    expect(check(local[0]!, 'respite near aspen')).toMatchObject({ verdict: 'fails' });
  });

  it('counts a service delivered at an office in the town as serving it, whatever towns its area lists', () => {
    const office = bare('Job Coaching', 'Aspen', ['Juniper and Sawyer']);
    const officeBook = placeBook([...local, office]);
    const c = matchService(office, readConditions('job coach in aspen', officeBook), { book: officeBook }).checks[0];
    expect(c).toMatchObject({ condition: 'place', verdict: 'meets', note: 'office in Aspen' });
  });

  it('places a town in the county of the towns an area lists it with', () => {
    expect(check(local[0]!, 'respite in dry fork?')).toMatchObject({ verdict: 'meets' });
  });
});

describe('conditions an entry states loosely', () => {
  const respite: ServiceRecord = { ...service('Respite', 'Pendry', 'Lusk County', ['ZIP codes 97412-97415 and 97421']), locations: [{ city: 'Pendry', county: 'Lusk County', zip: '97412', state: 'OR' }] };
  const zipBook = placeBook([respite], [
    { town: 'Tilden', county: 'Lusk County', zips: ['97414'] },
    { town: 'Marlow', county: 'Halvorsen County', zips: ['97381'] },
  ]);
  const check = (r: ServiceRecord, q: string, name: string) => matchService(r, readConditions(q, zipBook), { book: zipBook }).checks.find((c) => c.condition === name);

  it('reads a ZIP range as serving the towns whose ZIP falls inside it', () => {
    expect(check(respite, 'any respite in Tilden', 'place')).toMatchObject({ verdict: 'meets' });
    expect(check(respite, 'any respite in Marlow', 'place')).toMatchObject({ verdict: 'fails' });
  });

  it('takes an entry that states no ages as having no age limit, and says so', () => {
    expect(check(respite, 'respite in Tilden for a 12 year old', 'age')).toEqual({ condition: 'age', verdict: 'meets', note: 'no age limit listed' });
    expect(check({ ...respite, minAge: 18 }, 'respite in Tilden for a 12 year old', 'age')).toMatchObject({ verdict: 'fails' });
  });
});

describe('a district places file that lists several ZIPs for a town', () => {
  const file = 'town,county,zips\nPine Rapids,Tamarack,54480 54481\nHarlow,Tamarack,"54482, 54483"\nKessler,Tamarack,54486;54487\n';
  const rides: ServiceRecord = { ...service('Rides', 'Pine Rapids', 'Tamarack County', ['54480']), locations: [{ city: 'Pine Rapids', zip: '54480', state: 'WI' }] };
  const harlow: ServiceRecord = { ...service('Harlow Rides', 'Harlow', 'Tamarack County', ['Harlow']), locations: [{ city: 'Harlow', zip: '54482', state: 'WI' }] };
  const zipsBook = placeBook([rides, harlow], parsePlaces(file));
  const check = (r: ServiceRecord, q: string) => matchService(r, readConditions(q, zipsBook), { book: zipsBook }).checks.find((c) => c.condition === 'place');

  it('reads every ZIP of the zips column, whatever separates them', () => {
    expect(parsePlaces(file).map((p) => p.zips)).toEqual([['54480', '54481'], ['54482', '54483'], ['54486', '54487']]);
    expect(() => parsePlaces('town,zips\nPine Rapids,54480 5448\n')).toThrow(/line 2: "5448" is not a 5-digit ZIP/);
  });

  it('knows a question naming a town\'s second ZIP is about that town', () => {
    expect(readConditions('any rides in 54481?', zipsBook).place?.place.towns).toEqual(['Pine Rapids']);
    expect(check(rides, 'any rides in 54481?')).toMatchObject({ verdict: 'meets' });
    expect(check(harlow, 'any rides in 54483?')).toMatchObject({ verdict: 'meets' });
    expect(check(harlow, 'any rides in 54487?')).toMatchObject({ verdict: 'fails' });
  });

  it('knows a town with no service as a place', () => {
    expect(readConditions('any rides in kessler?', zipsBook).place?.place.name).toBe('Kessler');
  });
});

describe('a service near the place asked', () => {
  // Harlow is about 7 miles from Pine Rapids, Ashby about 27.
  const at = (name: string, city: string, lat: number, lon: number, areas: string[]): ServiceRecord => ({ ...service(name, city, 'Tamarack County', areas), locations: [{ city, lat, lon, state: 'WI' }] });
  const office = at('Pine Rapids Office', 'Pine Rapids', 45.3012, -89.7036, ['Pine Rapids']);
  const harlow = at('Harlow Coaching', 'Harlow', 45.3601, -89.5822, []);
  const harlowOnly = at('Harlow Residents Coaching', 'Harlow', 45.3601, -89.5822, ['Harlow']);
  const ashby = at('Ashby Coaching', 'Ashby', 45.4497, -90.2489, []);
  const nearBook = placeBook([office, harlow, harlowOnly, ashby]);
  const check = (r: ServiceRecord, q: string) => matchService(r, readConditions(q, nearBook), { book: nearBook }).checks.find((c) => c.condition === 'place');

  it('offers a service a short drive away for "near", saying how far, unless its area leaves the place out', () => {
    expect(check(harlow, 'job coaching near pine rapids?')).toMatchObject({ verdict: 'meets', note: '7 miles from Pine Rapids' });
    expect(check(harlow, 'job coaching in pine rapids?')).toMatchObject({ verdict: 'fails' });
    expect(check(harlowOnly, 'job coaching near pine rapids?')).toMatchObject({ verdict: 'fails' });
    expect(check(ashby, 'job coaching near pine rapids?')).toMatchObject({ verdict: 'fails' });
  });

  it('reads the distance a question gives', () => {
    expect(check(ashby, 'job coaching within 30 miles of pine rapids')).toMatchObject({ verdict: 'meets' });
    expect(check(harlow, 'job coaching within 5 miles of pine rapids')).toMatchObject({ verdict: 'fails' });
  });
});

describe('an area called a region by name only', () => {
  // "Region 4" says neither which towns it spans nor that it leaves any out; "Tri-county region" says it spans the counties around its office.
  const at = (r: ServiceRecord, lat: number): ServiceRecord => ({ ...r, locations: r.locations.map((l) => ({ ...l, lat, lon: -91.9 })) });
  const regional = [
    at(service('Housing Navigation', 'Halvorsen', 'Wapsie County', ['Region 4']), 43.0),
    at(service('Driving Program', 'Halvorsen', 'Wapsie County', ['Northwoods region']), 43.0),
    at(service('Transition Program', 'Halvorsen', 'Wapsie County', ['Tri-county region']), 43.0),
    at(service('Pantry', 'Fenwick', 'Wapsie County', ['Fenwick']), 43.05),
  ];
  const regions = placeBook(regional, [
    { town: 'Halvorsen', county: 'Wapsie', lat: 43.0, lon: -91.9 },
    { town: 'Tilden Grove', county: 'Wapsie', lat: 43.1, lon: -91.9 },
  ]);
  const check = (r: ServiceRecord, q: string) => matchService(r, readConditions(q, regions), { book: regions }).checks.find((c) => c.condition === 'place');

  it('is not read as serving another town of its office’s county, nor as leaving it out: near that town, the distance decides', () => {
    expect(check(regional[0]!, 'who helps pay the rent in tilden grove for a 20yo')).toMatchObject({ verdict: 'unknown' });
    expect(check(regional[1]!, 'driving lessons near tilden grove?')).toMatchObject({ verdict: 'meets', note: '7 miles from Tilden Grove; its service area ("Northwoods region") could not be read' });
    expect(check(regional[2]!, 'transition program in tilden grove')).toMatchObject({ verdict: 'meets' });
    expect(check(regional[3]!, 'food near tilden grove?')).toMatchObject({ verdict: 'fails' });
  });
});

describe('a region whose description says where it is', () => {
  // A state 211 export: service_areas [{ name: "Southwest Region", description: "Tamsen, Larch, Oxbow and 19 other counties" }].
  const benefits: ServiceRecord = { ...service('Benefits Counseling', '', '', ['Southwest Region']), locations: [], areaNotes: ['Tamsen, Larch, Oxbow and 19 other counties'] };
  const unnoted: ServiceRecord = { ...service('Region Office', '', '', ['Southwest Region']), locations: [] };
  const towns = [
    service('Pantry', 'Kettle Creek', 'Larch County', ['Kettle Creek']),
    service('Job Club', 'Stone Ridge', 'Tamsen County', ['Tamsen County']),
    service('Rides', 'Corvin', 'Wexley County', ['Wexley County']),
  ];
  const regionBook = placeBook([benefits, ...towns], [
    { town: 'Kettle Creek', county: 'Larch', zips: ['65647'] },
    { town: 'Stone Ridge', county: 'Tamsen', zips: ['65615'] },
    { town: 'Corvin', county: 'Wexley', zips: ['65620'] },
  ]);
  const check = (r: ServiceRecord, q: string) => matchService(r, readConditions(q, regionBook), { book: regionBook }).checks.find((c) => c.condition === 'place');

  it('serves a place of a county its description names, by town or by ZIP', () => {
    expect(check(benefits, 'benefits counseling in 65647 for a 19 year old')).toMatchObject({ verdict: 'meets' });
    expect(check(benefits, 'who does benefits counseling in stone ridge')).toMatchObject({ verdict: 'meets' });
    expect(check(unnoted, 'who does benefits counseling in stone ridge')).toMatchObject({ verdict: 'unknown' });
  });

  it('leaves a county the description does not name unknown, since its list says it is not all', () => {
    expect(check(benefits, 'benefits counseling in corvin')).toMatchObject({ verdict: 'unknown' });
  });
});
