/** What the rest of the server may call in the benefits domain: routes, re-evaluation, the nightly task. */
export { benefitsRoutes } from './benefits.routes';
export { benefitsNightlyTask } from './benefits.triggers';
export { reevaluateSubjects } from './benefits.service';
export { insertCampaignTargets } from './benefits.repository';
