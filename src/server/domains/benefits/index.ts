/** What other domains may call: the rule evaluators and re-evaluation of subjects. */
export { benefitsRoutes } from './benefits.routes';
export { benefitsNightlyJob } from './benefits.triggers';
export { reevaluateSubjects } from './benefits.service';
export { benefitsEnterpriseFile, benefitsResidentFile } from './benefits.file';
