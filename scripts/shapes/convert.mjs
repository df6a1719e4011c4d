// Converts Natural Earth's 1:50m admin-0 countries, as TopoJSON from the npm package world-atlas,
// into src/main/resources/org/alignsim/geo/countries.bin: the country shapes AlignSim ships.
// Run from this folder: npm ci && node convert.mjs (the output is byte-for-byte the same each time).
//
// Format (all integers unsigned LEB128 varints; "signed" ones zigzag-encoded first; strings are a
// varint byte length and UTF-8 bytes; coordinates in hundredths of a degree):
//   "ALSHAPES" (8 bytes), format version (varint, 1), source (string), country count (varint),
//   then per country: ISO3 code (string), name (string), label point lon, lat (signed),
//   polygon count, and per polygon: ring count (the first ring is the outline, the others holes),
//   and per ring: point count, then the points as signed deltas of lon, lat from the previous point
//   (the first from 0, 0). Rings are not closed (the last point is not the first again), and their
//   longitudes are continuous, so a ring across the antimeridian goes on past 180.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import countries from 'i18n-iso-countries';
import polylabel from 'polylabel';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../src/main/resources/org/alignsim/geo/countries.bin');
const atlas = JSON.parse(fs.readFileSync(path.join(here, 'node_modules/world-atlas/package.json'), 'utf8'));
const topology = JSON.parse(fs.readFileSync(path.join(here, 'node_modules/world-atlas/countries-50m.json'), 'utf8'));

// Visvalingam's effective area, in square degrees: points that make a triangle smaller than this
// go. 0.0015 keeps the outlines within about a twentieth of a degree, under a pixel at the GUI's
// closest preset (Europe, about 15 pixels a degree).
const MIN_AREA = 0.0015;
const simplified = simplify(presimplify(topology), MIN_AREA);

// Areas Natural Earth lists without an ISO 3166 number get its own ADM0_A3 codes, so every shape has a code.
const NO_ISO = {
  'Kosovo': 'KOS', 'N. Cyprus': 'CYN', 'Somaliland': 'SOL', 'Siachen Glacier': 'KAS', 'Indian Ocean Ter.': 'IOA',
};

const code = g => g.id !== undefined ? countries.numericToAlpha3(g.id) : NO_ISO[g.properties.name];
const q = v => Math.round(v * 100);

// A ring as [lon, lat] points in hundredths of a degree, open, without repeated points, its
// longitudes continuous: a ring across the antimeridian (eastern Russia, Fiji) runs on past 180
// rather than jumping to -180, with its westernmost point in [-180, 180).
function ring(points) {
  const lons = [];
  for (const [x] of points) {
    let lon = x;
    const prev = lons[lons.length - 1];
    if (prev !== undefined) {
      while (lon - prev > 180) lon -= 360;
      while (prev - lon > 180) lon += 360;
    }
    lons.push(lon);
  }
  const shift = -360 * Math.floor((lons.reduce((a, b) => Math.min(a, b)) + 180) / 360);
  const r = [];
  points.forEach(([, y], i) => {
    const p = [q(lons[i] + shift), q(y)];
    const last = r[r.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) r.push(p);
  });
  if (r.length > 1 && r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1]) r.pop();
  return r;
}

function polygons(geometry) {
  if (!geometry) return [];
  const list = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return list.map(p => p.map(ring)).filter(p => p[0].length >= 3).map(p => [p[0], ...p.slice(1).filter(h => h.length >= 3)]);
}

const area = r => {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]);
  return Math.abs(a / 2);
};

const byCode = new Map();
const fine = topology.objects.countries.geometries;
simplified.objects.countries.geometries.forEach((g, k) => {
  const iso3 = code(g);
  // Antarctica's outline runs round the pole, which a flat map cannot close; no scenario has it.
  if (iso3 === 'ATA') return;
  if (!iso3) throw new Error(`no code for ${g.id} ${g.properties.name}`);
  let polys = polygons(topojson.feature(simplified, g).geometry);
  // A state made only of islands smaller than the threshold keeps its full-detail outline.
  if (polys.length === 0) polys = polygons(topojson.feature(topology, fine[k]).geometry);
  if (polys.length === 0) return;
  const entry = byCode.get(iso3);
  // Natural Earth splits a few states in two (Australia and its Ashmore and Cartier Islands).
  if (entry) entry.polys.push(...polys);
  else byCode.set(iso3, { iso3, name: g.properties.name, polys });
});

class Writer {
  constructor() { this.bytes = []; }
  varint(v) {
    if (!Number.isSafeInteger(v) || v < 0) throw new Error(`not a varint: ${v}`);
    while (v >= 0x80) { this.bytes.push((v % 0x80) | 0x80); v = Math.floor(v / 0x80); }
    this.bytes.push(v);
  }
  signed(v) { this.varint(v >= 0 ? 2 * v : -2 * v - 1); }
  string(s) { const b = Buffer.from(s, 'utf8'); this.varint(b.length); this.bytes.push(...b); }
}

const w = new Writer();
w.bytes.push(...Buffer.from('ALSHAPES', 'ascii'));
w.varint(1);
w.string(`Natural Earth 1:50m admin-0 countries (public domain), version 4.1.0, from the npm package world-atlas ${atlas.version}; `
  + `simplified with topojson-simplify (Visvalingam, minimum area ${MIN_AREA} square degrees); label points by polylabel`);
const list = [...byCode.values()].sort((a, b) => a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0);
w.varint(list.length);
let points = 0;
for (const c of list) {
  w.string(c.iso3);
  w.string(c.name);
  // The label goes at the pole of inaccessibility of the largest polygon: inside it, away from its edges.
  const main = c.polys.reduce((a, b) => area(b[0]) > area(a[0]) ? b : a);
  const [lx, ly] = polylabel(main, 1);
  w.signed(Math.round(lx));
  w.signed(Math.round(ly));
  w.varint(c.polys.length);
  for (const p of c.polys) {
    w.varint(p.length);
    for (const r of p) {
      w.varint(r.length);
      let x = 0, y = 0;
      for (const [px, py] of r) {
        w.signed(px - x);
        w.signed(py - y);
        x = px;
        y = py;
        points++;
      }
    }
  }
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, Buffer.from(w.bytes));
console.log(`${path.relative(process.cwd(), out)}: ${list.length} countries, ${points} points, ${w.bytes.length} bytes`);
