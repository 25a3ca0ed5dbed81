import { AREA_LEVELS, CHILD_LEVELS } from '../enums';
import { z } from './zod';

export { AREA_LEVELS, CHILD_LEVELS };

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

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

export const createArea = z
  .object({
    parentId: z.number().int().positive().nullable(),
    code: z
      .string()
      .trim()
      .regex(/^\d{6,15}$/, 'invalid'),
    name: z.string().trim().min(1).max(60),
    level: areaLevel,
    lat: latitude.nullable().optional(),
    lng: longitude.nullable().optional(),
  })
  .strict();

export const updateArea = z
  .object({
    name: z.string().trim().min(1).max(60).optional(),
    lat: latitude.nullable().optional(),
    lng: longitude.nullable().optional(),
  })
  .strict();
