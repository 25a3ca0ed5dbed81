/** Every domain's rows of the authorisation matrix, in one list; a new domain adds its file here. */
import type { MatrixRow } from '../authorisation-matrix';
import type { TestApp } from '../test-app';
import { accountsRows } from './accounts';
import { areasRows } from './areas';
import { auditRows } from './audit';
import { benefitsRows } from './benefits';
import { dashboardRows } from './dashboard';
import { enterprisesRows } from './enterprises';
import { importsRows } from './imports';
import { jobsRows } from './jobs';
import { loansRows } from './loans';
import { notificationsRows } from './notifications';
import { organisationsRows } from './organisations';
import { pieceworkRows } from './piecework';
import { closingRows, residentsRows } from './residents';
import { stationEventsRows } from './station-events';
import { stationsRows } from './stations';
import { sharingRows } from './sharing';
import { trainingRows } from './training';
import { buildWorld } from './world';

export async function matrixRows(t: TestApp): Promise<MatrixRow[]> {
  const w = await buildWorld(t);
  const domains = [
    accountsRows,
    areasRows,
    residentsRows,
    enterprisesRows,
    auditRows,
    notificationsRows,
    pieceworkRows,
    jobsRows,
    benefitsRows,
    dashboardRows,
    loansRows,
    stationsRows,
    stationEventsRows,
    sharingRows,
    importsRows,
    trainingRows,
    organisationsRows,
  ];
  const rows: MatrixRow[] = [];
  for (const domain of domains) rows.push(...(await domain(w)));
  // Last: closing the resident's account ends every session she has.
  return [...rows, ...closingRows()];
}
