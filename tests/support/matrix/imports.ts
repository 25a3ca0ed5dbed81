/**
 * Imports from Excel: street and community officers, each following only the jobs they started (another
 * officer's job is not found). What a job may write is proven in src/server/domains/imports/imports.routes.test.ts.
 */
import { allowed, type MatrixRow } from '../authorisation-matrix';
import type { World } from './world';

const OFFICERS = ['community_officer', 'street_officer'] as const;

export async function importsRows(w: World): Promise<MatrixRow[]> {
  const jobOf = (username: string) =>
    w.id(
      `insert into import_jobs (kind, file_name, skip_bad, status, created_by_user_id, client_key)
       select 'residents', 'matrix.xlsx', false, 'rejected', id, gen_random_uuid() from users where username = $1
       returning id`,
      [username],
    );
  const fuxingJob = await jobOf('fuxing01');
  const wangJob = await jobOf('wangguiling');
  const boundary = '----matrix-import';
  // a file that is not a workbook: the job is refused at once, nothing is written
  const upload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nresidents\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="clientKey"\r\n\r\n6f1c0a52-2b1e-4c55-9a43-0d6a1b7e2f10\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="matrix.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\nnot a workbook\r\n--${boundary}--\r\n`,
  );
  const everywhere = { inScope: 202, outOfScope: 202 };
  return [
    {
      method: 'GET',
      path: '/api/v1/imports/templates/{kind}',
      // each template is the same for every officer; the other kind is asked for "out of scope"
      subjects: { other: { inScope: { kind: 'residents' }, outOfScope: { kind: 'enterprises' } } },
      expect: allowed(OFFICERS, 200, {
        community_officer: { inScope: 200, outOfScope: 200 },
        street_officer: { inScope: 200, outOfScope: 200 },
      }),
    },
    {
      method: 'POST',
      path: '/api/v1/imports',
      body: upload,
      contentType: `multipart/form-data; boundary=${boundary}`,
      // an upload places its rows only in the officer's own areas (checked row by row)
      expect: allowed(OFFICERS, 202, { community_officer: everywhere, street_officer: everywhere }),
    },
    {
      method: 'GET',
      path: '/api/v1/imports/{id}',
      subjects: {
        community_officer: { inScope: { id: fuxingJob }, outOfScope: { id: wangJob } },
        street_officer: { inScope: { id: wangJob }, outOfScope: { id: fuxingJob } },
        other: { inScope: { id: fuxingJob }, outOfScope: { id: w.missing } },
      },
      expect: allowed(OFFICERS),
    },
  ];
}
