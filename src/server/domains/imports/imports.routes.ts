import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBody, idParam } from '../../../shared/schemas/common';
import { importFields, importJob, importKindParam } from '../../../shared/schemas/imports';
import type { Deps } from '../../context';
import { AppError, FieldError } from '../../core/app-error';
import { actorContext } from '../../http/auth';
import { assertStorable } from '../../http/input-guard';
import { MULTIPART } from '../../http/write-guard';
import { IMPORT_ROLES } from './imports.permissions';
import * as service from './imports.service';

const tags = ['imports'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

/** The upload: the fields `kind`, `skipBad` and `clientKey`, then one .xlsx file. */
async function readImportUpload(request: FastifyRequest) {
  if (!request.isMultipart()) throw new AppError('BAD_REQUEST');
  const fields: Record<string, string> = {};
  let file: { name: string; data: Buffer } | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'field') fields[part.fieldname] = String(part.value);
    else {
      const data = await part.toBuffer();
      if (part.file.truncated) throw new FieldError('file', 'file_too_large');
      file = { name: part.filename, data };
    }
  }
  assertStorable({ ...fields, file: file?.name ?? '' });
  const parsed = importFields.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new FieldError(
      String(issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : '')),
      issue.message,
    );
  }
  if (!file || file.data.length === 0) throw new FieldError('file', file ? 'file_empty' : 'required');
  return { fields: parsed.data, file };
}

export async function importsRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/imports/templates/:kind', { schema: { tags, params: importKindParam } }, async (request, reply) => {
    actorContext(request, deps, IMPORT_ROLES);
    const { fileName, data } = await service.importTemplate(request.params.kind);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header(
        'content-disposition',
        `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      )
      .header('cache-control', 'no-store')
      .send(data);
  });
  // multipart: kind, skipBad, clientKey, then the file; the job runs on and is read by polling
  r.post(
    '/api/v1/imports',
    { schema: { tags, consumes: MULTIPART, response: { 202: importJob, ...errors } } },
    async (request, reply) => {
      const ctx = actorContext(request, deps, IMPORT_ROLES);
      const { fields, file } = await readImportUpload(request);
      return reply.status(202).send(await service.startImport(ctx, fields, file));
    },
  );
  r.get(
    '/api/v1/imports/:id',
    { schema: { tags, params: idParam, response: { 200: importJob, ...errors } } },
    (request) => service.getImport(actorContext(request, deps, IMPORT_ROLES), request.params.id),
  );
}
