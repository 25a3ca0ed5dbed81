import { describe, expect, it } from 'vitest';
import { compoundsByCommunity, indexAreas, scopeRoots } from './areas';
import type { Area } from './contracts';

const area = (id: number, parentId: number | null, level: Area['level'], name = `a${id}`): Area => ({
  id,
  parentId,
  name,
  level,
  lat: null,
  lng: null,
});

// district 1 → street 2 → communities 3 and 4; compounds 5, 6 under 3 and 7 under 4; 8 is a place, not a compound
const AREAS: Area[] = [
  area(1, null, 'district'),
  area(2, 1, 'street'),
  area(3, 2, 'community', '复兴社区'),
  area(4, 2, 'community', '安远路社区'),
  area(5, 3, 'compound', '复兴社区A区'),
  area(6, 3, 'compound', '复兴社区B区'),
  area(7, 4, 'compound', '安远路小区'),
  area(8, 4, 'place', '驿站'),
];

describe('area scope', () => {
  const index = indexAreas(AREAS);

  it('keeps only the outermost of the assigned areas', () => {
    expect(scopeRoots(index, [3, 2, 99]).map((a) => a.id)).toEqual([2]);
    expect(scopeRoots(index, [3, 4]).map((a) => a.id)).toEqual([3, 4]);
  });

  it('groups compounds under their community, within the scope only', () => {
    const groups = compoundsByCommunity(index, scopeRoots(index, [3]));
    expect(groups.map((g) => [g.community.name, g.compounds.map((c) => c.name)])).toEqual([
      ['复兴社区', ['复兴社区A区', '复兴社区B区']],
    ]);
    expect(compoundsByCommunity(index, index.roots).flatMap((g) => g.compounds.map((c) => c.id))).toEqual([5, 6, 7]);
  });
});
