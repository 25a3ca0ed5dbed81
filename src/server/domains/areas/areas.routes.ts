import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AREA_SETTING_KEYS,
  type AreaSettingKey,
  areaSettingsResponse,
  updateAreaSettingBody,
} from '../../../shared/schemas/area-settings';
import { area, areaList, createArea, updateArea } from '../../../shared/schemas/areas';
import { z } from '../../../shared/schemas/zod';
import { errorBody, idParam } from '../../../shared/schemas/common';
import type { Deps } from '../../context';
import { actorContext, requireActor } from '../../http/auth';
import { getAreaSettings, setAreaSetting } from './area-settings.service';
import { AREA_ADMINS, AREA_SETTINGS_READERS, AREA_SETTINGS_WRITERS } from './areas.permissions';
import { createAreaNode, listAreaTree, updateAreaNode } from './areas.service';

const tags = ['areas'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const settingParams = z.object({
  id: z.coerce.number().int().positive(),
  key: z.enum(AREA_SETTING_KEYS as [AreaSettingKey, ...AreaSettingKey[]]),
});

export async function areasRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // The area tree is not personal data: every signed-in user needs it to pick a compound.
  r.get('/api/v1/areas', { schema: { tags, response: { 200: areaList } } }, (request) => {
    requireActor(request);
    return listAreaTree(deps.db);
  });
  r.post(
    '/api/v1/areas',
    { schema: { tags, body: createArea, response: { 201: area, ...errors } } },
    async (request, reply) =>
      reply.status(201).send(await createAreaNode(actorContext(request, deps, AREA_ADMINS), request.body)),
  );
  r.patch(
    '/api/v1/areas/:id',
    { schema: { tags, params: idParam, body: updateArea, response: { 200: area, ...errors } } },
    (request) => updateAreaNode(actorContext(request, deps, AREA_ADMINS), request.params.id, request.body),
  );
  // Operational settings of an area are the street's business, not the system administrator's.
  r.get(
    '/api/v1/areas/:id/settings',
    { schema: { tags, params: idParam, response: { 200: areaSettingsResponse, ...errors } } },
    (request) => getAreaSettings(actorContext(request, deps, AREA_SETTINGS_READERS), request.params.id),
  );
  r.put(
    '/api/v1/areas/:id/settings/:key',
    {
      schema: {
        tags,
        params: settingParams,
        body: updateAreaSettingBody,
        response: { 200: areaSettingsResponse, ...errors },
      },
    },
    (request) =>
      setAreaSetting(
        actorContext(request, deps, AREA_SETTINGS_WRITERS),
        request.params.id,
        request.params.key,
        request.body.value,
      ),
  );
}
