// The country shapes shipped with the page (world/NOTICE.md): Natural Earth's countries as the
// TopoJSON of world-atlas, decoded here into the GeoJSON that ECharts draws.
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

/** The arcs as positions: quantized and delta-encoded when the topology has a transform. */
function decodeArcs(topology) {
  const { scale = [1, 1], translate = [0, 0] } = topology.transform || {};
  return topology.arcs.map(arc => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (topology.transform) {
        x += dx;
        y += dy;
        return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
      }
      return [dx, dy];
    });
  });
}

/** A ring joins its arcs end to start (~i is arc i reversed); each arc repeats the previous one's end. */
function ring(indexes, arcs) {
  const points = [];
  indexes.forEach((index, n) => {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    points.push(...(n === 0 ? arc : arc.slice(1)));
  });
  return points;
}

/**
 * Drawn flat, a ring across the antimeridian would cross the whole map: Fiji's rings, which jump
 * from 180° to -180°, are moved east; Russia's, which run on past 180°, and Fiji's then end at 180°.
 */
function flat(points) {
  const longitudes = points.map(p => p[0]);
  const across = Math.max(...longitudes) - Math.min(...longitudes) > 180;
  return points.map(([x, y]) => [Math.min(180, across && x < 0 ? x + 360 : x), y]);
}

function geometry(shape, arcs) {
  const polygon = rings => rings.map(r => flat(ring(r, arcs)));
  if (shape.type === 'Polygon') return { type: 'Polygon', coordinates: polygon(shape.arcs) };
  if (shape.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: shape.arcs.map(polygon) };
  return null;
}

function area(points) {
  let sum = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    sum += points[j][0] * points[i][1] - points[i][0] * points[j][1];
  }
  return sum / 2;
}

/** The centroid of a country's largest polygon: where its exercises without coordinates are drawn. */
function centre(geo) {
  const outer = geo.type === 'Polygon' ? [geo.coordinates[0]] : geo.coordinates.map(p => p[0]);
  const largest = outer.reduce((a, b) => (Math.abs(area(b)) > Math.abs(area(a)) ? b : a));
  const a = area(largest);
  let x = 0;
  let y = 0;
  for (let i = 0, j = largest.length - 1; i < largest.length; j = i++) {
    const f = largest[j][0] * largest[i][1] - largest[i][0] * largest[j][1];
    x += (largest[j][0] + largest[i][0]) * f;
    y += (largest[j][1] + largest[i][1]) * f;
  }
  return [((x / (6 * a) + 540) % 360) - 180, y / (6 * a)]; // Russia's shape runs past 180°
}

/** Registers the map 'world' with ECharts; answers each country's centre by its alpha-3 code. */
export async function loadWorld() {
  const [topology, alpha3] = await Promise.all(
    ['world/countries-110m.json', 'world/iso-3166-numeric.json'].map(file => fetch(file).then(r => r.json())));
  const arcs = decodeArcs(topology);
  const centres = new Map();
  const ANTARCTICA = '010'; // no exercises there; it would take a fifth of the map
  const features = topology.objects.countries.geometries.filter(shape => shape.id !== ANTARCTICA).map(shape => {
    const geo = geometry(shape, arcs);
    const code = alpha3[shape.id];
    if (code && geo) centres.set(code, centre(geo));
    return { type: 'Feature', id: code || shape.properties.name, properties: { name: shape.properties.name }, geometry: geo };
  });
  echarts.registerMap('world', { type: 'FeatureCollection', features });
  return centres;
}
