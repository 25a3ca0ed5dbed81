import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { areaList } from '../../../shared/schemas/areas';
import type { Deps } from '../../context';
import { requireActor } from '../../http/auth';
import { listAreas } from './areas.repository';

export async function areasRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // The area tree is not personal data: every signed-in user needs it to pick a compound.
  r.get('/api/v1/areas', { schema: { tags: ['areas'], response: { 200: areaList } } }, async (request) => {
    requireActor(request);
    const rows = await listAreas(deps.db);
    return { items: rows.map((a) => ({ id: a.id, parentId: a.parent_id, name: a.name, level: a.level, lat: a.lat, lng: a.lng })) };
  });
}
