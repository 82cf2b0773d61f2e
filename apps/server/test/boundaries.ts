/**
 * A boundary file made for tests: each district a one-by-one-degree square on a grid, named the
 * way common exports name features (adcode as a number, or name). Not a map of anything; Ancha
 * ships no real boundaries (their licences are unclear), so tests make their own shapes.
 */
export function squareBoundaries(
  districts: { code: string; name: string }[],
  by: 'adcode' | 'name' = 'adcode',
) {
  return {
    type: 'FeatureCollection',
    features: districts.map((d, i) => {
      const x = 115 + (i % 4);
      const y = 39 + Math.floor(i / 4);
      return {
        type: 'Feature',
        properties: by === 'adcode' ? { adcode: Number(d.code), name: '' } : { name: d.name },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + 1, y],
              [x + 1, y + 1],
              [x, y + 1],
              [x, y],
            ],
          ],
        },
      };
    }),
  };
}
