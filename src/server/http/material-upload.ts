/**
 * A material sent with a record (an application's, a loan's): a multipart body with a `material` field (its name
 * in the record's list) and one file, read whole, checked storable; what a service then keeps with storeUpload.
 */
import type { FastifyRequest } from 'fastify';
import { AppError, FieldError } from '../core/app-error';
import { assertStorable } from './input-guard';

export interface MaterialUpload {
  material: string;
  originalName: string;
  data: Buffer;
}

export async function readMaterialUpload(req: FastifyRequest): Promise<MaterialUpload> {
  if (!req.isMultipart()) throw new AppError('BAD_REQUEST');
  let material = '';
  let file: { name: string; data: Buffer } | null = null;
  for await (const part of req.parts()) {
    if (part.type === 'field' && part.fieldname === 'material') material = String(part.value);
    else if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.file.truncated) throw new FieldError('file', 'file_too_large');
      file = { name: part.filename, data };
    }
  }
  if (!file) throw new FieldError('file', 'required');
  assertStorable({ material, file: file.name });
  return { material, originalName: file.name, data: file.data };
}
