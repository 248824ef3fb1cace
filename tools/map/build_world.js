// Builds dyad-web's world map: country outlines as GeoJSON, keyed by ISO 3166 alpha-3, from
// Natural Earth's 1:110m admin-0 countries (public domain) as packaged by the npm module
// world-atlas (ISC), converted with topojson-client. Run from this directory:
//   npm install world-atlas@2.0.2 topojson-client@3.1.0
//   node build_world.js > ../../dyad-web/src/main/resources/org/dyad/web/static/world.json
// ISO numeric codes become alpha-3 through Debian's iso-codes (/usr/share/iso-codes).
const fs = require('fs');
const topojson = require('topojson-client');
const topo = require('world-atlas/countries-110m.json');
const iso = JSON.parse(fs.readFileSync('/usr/share/iso-codes/json/iso_3166-1.json', 'utf8'))['3166-1'];
const byNumeric = new Map(iso.map(c => [c.numeric, c.alpha_3]));
// Natural Earth's outlines without an ISO number.
const byName = new Map([['Kosovo', 'XKX'], ['N. Cyprus', 'CYP'], ['Somaliland', 'SOM']]);
const round = x => Math.round(x * 100) / 100;
const roundCoords = c => (typeof c[0] === 'number' ? [round(c[0]), round(c[1])] : c.map(roundCoords));
// A ring that crosses the antimeridian (Russia's and Fiji's) would be drawn by a flat map as a
// line across the whole world: its few points on the far side are moved onto the 180th meridian.
const unwrapRing = ring => {
  const jumps = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  if (!jumps) return ring;
  const east = ring.filter(p => p[0] > 0).length >= ring.length / 2;
  return ring.map(p => (east && p[0] < 0 ? [180, p[1]] : !east && p[0] > 0 ? [-180, p[1]] : p));
};
const unwrap = g =>
  g.type === 'Polygon'
    ? { type: g.type, coordinates: g.coordinates.map(unwrapRing) }
    : { type: g.type, coordinates: g.coordinates.map(poly => poly.map(unwrapRing)) };
// Antarctica is left out: it spans every meridian (a flat map draws it badly) and news seldom
// happens there.
const features = topojson.feature(topo, topo.objects.countries).features.filter(f => f.properties.name !== 'Antarctica').map(f => {
  const code = byNumeric.get(f.id) || byName.get(f.properties.name) || null;
  return {
    type: 'Feature',
    properties: { iso3: code, name: f.properties.name },
    geometry: unwrap({ type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) }),
  };
});
process.stdout.write(JSON.stringify({ type: 'FeatureCollection', features }));
