/** What piecework keeps about a worker, for their own data download. */
import { registerPersonalDataSection } from '../../platform/personal-data';

registerPersonalDataSection('piecework', async (db, residentId) => {
  const [factories, pay] = await Promise.all([
    db
      .selectFrom('factory_workers as w')
      .innerJoin('micro_factories as f', 'f.id', 'w.factory_id')
      .select(['f.name as factory', 'w.joined_on', 'w.left_on'])
      .where('w.resident_id', '=', residentId)
      .orderBy('w.joined_on')
      .execute(),
    db
      .selectFrom('settlement_lines as l')
      .innerJoin('factory_workers as w', 'w.id', 'l.worker_id')
      .innerJoin('micro_factories as f', 'f.id', 'l.factory_id')
      .select([
        'f.name as factory',
        'l.work_date',
        'l.quantity',
        'l.amount_fen',
        'l.minutes_present',
        'l.status',
        'l.dispute_reason',
      ])
      .where('w.resident_id', '=', residentId)
      .orderBy('l.work_date')
      .execute(),
  ]);
  return { factories, dailyPay: pay };
});
