/** What other domains may call: the rule evaluators and re-evaluation of subjects. */
export { benefitsRoutes } from './benefits.routes';
export { benefitsNightlyTask } from './benefits.triggers';
export { reevaluateSubjects } from './benefits.service';
