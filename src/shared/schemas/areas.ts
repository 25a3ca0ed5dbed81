import { AREA_LEVELS } from '../enums';
import { z } from './zod';

export { AREA_LEVELS };

export const areaLevel = z.enum(AREA_LEVELS);

export const area = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  name: z.string(),
  level: areaLevel,
  lat: z.number().nullable(),
  lng: z.number().nullable(),
});
export type Area = z.infer<typeof area>;

export const areaList = z.object({ items: z.array(area) });
