/**
 * Triggers (SPEC §3.3): a hire and a new business re-evaluate the affected
 * enterprise inside the writer's transaction, so 吸纳就业困难人员社保补贴
 * appears for 陈鹏飞's business in the same commit as his hire. Birthdays are
 * the nightly task's (background-tasks.ts).
 */
import { onDomainEvent } from '../../platform/domain-events';
import type { BackgroundTask } from '../../platform/scheduler';
import { nightlyReevaluation, reevaluateSubjects } from './benefits.service';

onDomainEvent('employment.created', async (trx, event, ctx) => {
  await reevaluateSubjects(trx, 'enterprise', [event.enterpriseId], 'employment', ctx.now);
});

onDomainEvent('enterprise.registered', async (trx, event, ctx) => {
  await reevaluateSubjects(trx, 'enterprise', [event.enterpriseId], 'enterprise', ctx.now);
});

/** Once an hour it looks whether today's birthdays were re-evaluated; the suggestion's uniqueness makes repeats harmless. */
export const benefitsNightlyTask: BackgroundTask = {
  name: 'benefits-birthdays',
  everyMs: 60 * 60 * 1000,
  async run(db) {
    await nightlyReevaluation(db, new Date());
  },
};
