import type { Db } from '../../db/client';

export function listAreas(db: Db) {
  return db.selectFrom('areas').select(['id', 'parent_id', 'name', 'level', 'lat', 'lng', 'path']).orderBy('path').execute();
}

export function findArea(db: Db, id: number) {
  return db.selectFrom('areas').select(['id', 'parent_id', 'name', 'level', 'path']).where('id', '=', id).executeTakeFirst();
}
