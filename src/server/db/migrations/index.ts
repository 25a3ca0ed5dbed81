import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-area-counts';
import * as m0003 from './0003-staff-account-admin';
import * as m0004 from './0004-totp-and-settings';
import * as m0005 from './0005-account-closing';
import * as m0006 from './0006-platform-services';
import * as m0007 from './0007-piecework';
import * as m0008 from './0008-jobs';
import * as m0009 from './0009-benefits';
import * as m0010 from './0010-jobs-speed';
import * as m0011 from './0011-benefits-speed';
import * as m0012 from './0012-piecework-speed';
import * as m0013 from './0013-jobs-speed-2';
import * as m0014 from './0014-benefits-speed-2';
import * as m0015 from './0015-piecework-statement-index';
import * as m0016 from './0016-audit-chain-head-plan';
import * as m0017 from './0017-notice-templates';
import * as m0018 from './0018-close-day-in-one-call';
import * as m0019 from './0019-jobs-post-card';
import * as m0020SignIn from './0020-sign-in-lock-levels';
import * as m0021 from './0021-settle-adjustments-once';
import * as m0022 from './0022-money-rows-append-only';
import * as m0023 from './0023-wages-console-indexes';
import * as m0024 from './0024-benefits-review-controls';
import * as m0025 from './0025-benefits-batch-review';
import * as m0026 from './0026-benefits-assisted-applications';
import * as m0027 from './0027-business-stage-fact';
import * as m0028 from './0028-negative-line-carried';
import * as m0029 from './0029-jobs-match-order';
import * as m0030 from './0030-loans';
import * as m0031 from './0031-stations';
import * as m0032 from './0032-sharing';
import * as m0033 from './0033-background-task-runs';
import * as m0034 from './0034-training';
import * as m0035 from './0035-loan-repayments';
import * as m0037 from './0037-station-events';
import * as m0038 from './0038-station-walk-in-queue';
import * as m0039 from './0039-sharing-returns-extensions';
import * as m0042 from './0042-import-jobs';
import * as m0045 from './0045-settings-versions';
import * as m0047 from './0047-sharing-matching-indexes';
import * as m0048 from './0048-sharing-assisted-return';
import * as m0049 from './0049-ratings-of-any-subject';
import * as m0051 from './0051-organisations';
import * as m0052 from './0052-skill-certificates-fact';
import * as m0054 from './0054-import-jobs-heartbeat';
import * as m0055 from './0055-employment-day-counts';

/**
 * Listed explicitly so the set of migrations is part of the code, not of a directory scan.
 * One list for every domain, in number order: Kysely runs migrations in the order of their
 * names, and a domain's migration may build on another's (benefits' 0011 adds a column and a
 * trigger to the platform's employments table; 0017 gives every domain's notices templates), so
 * the order is the database's history and is not split by domain. A new migration is one import
 * and one line here, numbered after the last.
 */
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-area-counts': m0002,
  '0003-staff-account-admin': m0003,
  '0004-totp-and-settings': m0004,
  '0005-account-closing': m0005,
  '0006-platform-services': m0006,
  '0007-piecework': m0007,
  '0008-jobs': m0008,
  '0009-benefits': m0009,
  '0010-jobs-speed': m0010,
  '0011-benefits-speed': m0011,
  '0012-piecework-speed': m0012,
  '0013-jobs-speed-2': m0013,
  '0014-benefits-speed-2': m0014,
  '0015-piecework-statement-index': m0015,
  '0016-audit-chain-head-plan': m0016,
  '0017-notice-templates': m0017,
  '0018-close-day-in-one-call': m0018,
  '0019-jobs-post-card': m0019,
  '0020-sign-in-lock-levels': m0020SignIn,
  '0021-settle-adjustments-once': m0021,
  '0022-money-rows-append-only': m0022,
  '0023-wages-console-indexes': m0023,
  '0024-benefits-review-controls': m0024,
  '0025-benefits-batch-review': m0025,
  '0026-benefits-assisted-applications': m0026,
  '0027-business-stage-fact': m0027,
  '0028-negative-line-carried': m0028,
  '0029-jobs-match-order': m0029,
  '0030-loans': m0030,
  '0031-stations': m0031,
  '0032-sharing': m0032,
  '0033-background-task-runs': m0033,
  '0034-training': m0034,
  '0035-loan-repayments': m0035,
  '0037-station-events': m0037,
  '0038-station-walk-in-queue': m0038,
  '0039-sharing-returns-extensions': m0039,
  '0042-import-jobs': m0042,
  '0045-settings-versions': m0045,
  '0047-sharing-matching-indexes': m0047,
  '0048-sharing-assisted-return': m0048,
  '0049-ratings-of-any-subject': m0049,
  '0051-organisations': m0051,
  '0052-skill-certificates-fact': m0052,
  '0054-import-jobs-heartbeat': m0054,
  '0055-employment-day-counts': m0055,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
