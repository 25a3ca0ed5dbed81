/**
 * Every domain of the server, in one list: app.ts registers their routes, background-tasks.ts
 * runs their tasks and the demo seed runs their steps, all in this order (the demo's later
 * steps read what earlier ones wrote: jobs' posts stand in piecework's micro-factories, and
 * benefits' triggers read both). Adding a capability is a domain folder and one line here.
 */
import type { DomainModule } from '../core/domain-module';
import { accountsDomain } from './accounts';
import { areasDomain } from './areas';
import { auditDomain } from './audit';
import { benefitsDomain } from './benefits';
import { dashboardDomain } from './dashboard';
import { enterprisesDomain } from './enterprises';
import { importsDomain } from './imports';
import { jobsDomain } from './jobs';
import { loansDomain } from './loans';
import { notificationsDomain } from './notifications';
import { organisationsDomain } from './organisations';
import { pieceworkDomain } from './piecework';
import { residentsDomain } from './residents';
import { stationsDomain } from './stations';
import { sharingDomain } from './sharing';
import { trainingDomain } from './training';

export const DOMAINS: readonly DomainModule[] = [
  accountsDomain,
  areasDomain,
  residentsDomain,
  enterprisesDomain,
  auditDomain,
  notificationsDomain,
  pieceworkDomain,
  jobsDomain,
  benefitsDomain,
  dashboardDomain,
  loansDomain,
  stationsDomain,
  sharingDomain,
  importsDomain,
  trainingDomain,
  organisationsDomain,
];
