/**
 * A street officer (王桂玲, whose scope is the whole street) opens the resident
 * registry: GET one page of 20 over real HTTP with her session cookie. Three
 * requests: the first page, a page in the middle of the list (OFFSET grows with
 * the page number), and a name search for the commonest surname (q=王).
 *
 * For each, three rows: the app over HTTP; raw node:http answering the same
 * bytes (the ceiling the framework could reach); and the service call alone in
 * this process (the SQL and the presenter, no HTTP, no session), which shows
 * how much of the time is the database's.
 */
import { loadActor } from '../../src/server/domains/accounts/accounts.service';
import { listResidents } from '../../src/server/domains/residents/residents.service';
import { exchange, signInStreetOfficer } from '../lib/http';
import { cpuNote, errorNote, measureAgainstRaw, row } from '../lib/http-benchmark';
import { runCallLoad } from '../lib/load';
import type { Benchmark, BenchRow } from '../lib/types';

const PAGE_SIZE = 20;

export const residentList: Benchmark = {
  name: 'resident-list',
  description:
    "A street officer's GET /api/v1/residents (one page of 20) over HTTP — page 1, a middle page and a name search — against raw node:http serving the same bytes, and the service call without HTTP.",
  async run(ctx) {
    const { session: officer, userId } = await signInStreetOfficer(ctx);
    const actor = await loadActor(ctx.db, userId);
    if (!actor) throw new Error('wangguiling cannot be loaded as an actor');

    const totalOf = async (path: string) => {
      const res = await exchange(`${ctx.baseUrl}${path}`, { headers: officer.headers });
      if (res.status !== 200)
        throw new Error(`GET ${path} answered ${res.status}: ${res.body.toString().slice(0, 300)}`);
      return (JSON.parse(res.body.toString()) as { total: number }).total;
    };
    const total = await totalOf(`/api/v1/residents?page=1&pageSize=${PAGE_SIZE}`);
    const middle = Math.max(1, Math.ceil(total / PAGE_SIZE / 2));
    const matches = await totalOf(`/api/v1/residents?q=${encodeURIComponent('王')}&page=1&pageSize=${PAGE_SIZE}`);

    const cases = [
      { label: 'page 1', query: { page: 1 }, notes: `${total.toLocaleString('en')} in scope` },
      {
        label: `page ${middle.toLocaleString('en')}`,
        query: { page: middle },
        notes: `OFFSET ${((middle - 1) * PAGE_SIZE).toLocaleString('en')}`,
      },
      { label: 'q=王, page 1', query: { page: 1, q: '王' }, notes: `${matches.toLocaleString('en')} match` },
    ];

    const rows: BenchRow[] = [];
    for (const c of cases) {
      const params = new URLSearchParams({
        ...(c.query.q ? { q: c.query.q } : {}),
        page: String(c.query.page),
        pageSize: String(PAGE_SIZE),
      });
      const name = `resident-list ${c.label}`;
      const [app, ...rest] = await measureAgainstRaw(ctx, {
        name,
        path: `/api/v1/residents?${params}`,
        headers: officer.headers,
        notes: c.notes,
      });
      rows.push({ ...app!, target: '≥ 10 % of raw node:http', met: (app!.vsRaw ?? 0) >= 0.1 }, ...rest);

      ctx.log(`  ${name}: service call in-process…`);
      const serviceStats = await runCallLoad(
        () =>
          listResidents(
            { db: ctx.db, cipher: ctx.cipher, actor, ip: null, now: new Date() },
            { q: c.query.q, page: c.query.page, pageSize: PAGE_SIZE },
          ),
        ctx.load,
        ctx.startPostgresCpuMeter,
      );
      rows.push(
        row(
          'service call, no HTTP',
          serviceStats,
          null,
          ['SQL + presenter', cpuNote(serviceStats), errorNote(serviceStats)],
          name,
        ),
      );
    }
    return rows;
  },
};
