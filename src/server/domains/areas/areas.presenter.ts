import type { Selectable } from 'kysely';
import type { AreasTable } from '../../db/types';

type AreaRow = Pick<Selectable<AreasTable>, 'id' | 'parent_id' | 'name' | 'level' | 'lat' | 'lng'>;

/** An area node as the tree pickers and the area forms read it. */
export function presentAreaNode(a: AreaRow) {
  return { id: a.id, parentId: a.parent_id, name: a.name, level: a.level, lat: a.lat, lng: a.lng };
}
