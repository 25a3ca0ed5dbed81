import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  csrfResponse,
  loginRequest,
  meResponse,
  preferencesRequest,
  smsCodeRequest,
  smsCodeResponse,
  smsOutboxResponse,
  totpEnableRequest,
  totpSetupResponse,
} from '../../../shared/schemas/auth';
import { errorBody, mobile } from '../../../shared/schemas/common';
import { z } from '../../../shared/schemas/zod';
import type { Deps } from '../../context';
import { AppError } from '../../core/app-error';
import { actorContext, requireActor, serviceContext } from '../../http/auth';
import { MemorySmsProvider } from '../../platform/sms';
import { presentMe } from './accounts.presenter';
import * as service from './accounts.service';
import { loadActor } from './accounts.service';

const tags = ['accounts'];

async function startSession(request: FastifyRequest, reply: FastifyReply, deps: Deps, userId: number) {
  // A new session id at sign-in, so an id planted before sign-in is worthless.
  await request.session.regenerate();
  const now = Date.now();
  request.session.set('userId', userId);
  request.session.set('createdAt', now);
  request.session.set('lastSeenAt', now);
  const actor = await loadActor(deps.db, userId);
  if (!actor) throw new AppError('LOGIN_FAILED');
  return { user: presentMe(actor), csrfToken: reply.generateCsrf() };
}

export async function accountsRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const authLimit = (max: number): { rateLimit?: { max: number; timeWindow: string } } =>
    deps.rateLimits === false ? {} : { rateLimit: { max, timeWindow: '1 minute' } };

  r.get('/api/v1/auth/csrf', { schema: { tags, response: { 200: csrfResponse } } }, async (_request, reply) => ({
    csrfToken: reply.generateCsrf(),
  }));

  r.post(
    '/api/v1/auth/sms-code',
    {
      config: authLimit(10),
      schema: { tags, body: smsCodeRequest, response: { 202: smsCodeResponse, 429: errorBody } },
    },
    async (request, reply) => {
      const result = await service.requestSmsCode(
        serviceContext(request, deps),
        deps.sms,
        deps.sessionSecret,
        request.body.phone,
        deps.env.SMS_CODES_PER_IP_PER_DAY,
      );
      return reply.status(202).send(result);
    },
  );

  r.post(
    '/api/v1/auth/login',
    {
      config: authLimit(20),
      schema: { tags, body: loginRequest, response: { 200: meResponse, 401: errorBody, 423: errorBody } },
    },
    async (request, reply) => {
      const ctx = serviceContext(request, deps);
      const body = request.body;
      const userId =
        'phone' in body
          ? await service.loginWithCode(ctx, deps.sessionSecret, body.phone, body.code)
          : await service.loginWithPassword(ctx, body.username, body.password, body.totp);
      return startSession(request, reply, deps, userId);
    },
  );

  r.post('/api/v1/auth/logout', { schema: { tags, response: { 204: z.null() } } }, async (request, reply) => {
    await service.logout(serviceContext(request, deps));
    await request.session.destroy();
    return reply.status(204).send(null);
  });

  r.get('/api/v1/me', { schema: { tags, response: { 200: meResponse, 401: errorBody } } }, async (request, reply) => ({
    user: presentMe(requireActor(request)),
    csrfToken: reply.generateCsrf(),
  }));

  r.post(
    '/api/v1/me/totp/setup',
    { schema: { tags, response: { 200: totpSetupResponse, 401: errorBody, 403: errorBody } } },
    (request) => service.startTotpSetup(actorContext(request, deps, undefined, { allowTotpEnrollment: true })),
  );
  r.post(
    '/api/v1/me/totp/enable',
    { schema: { tags, body: totpEnableRequest, response: { 200: meResponse.pick({ user: true }), 401: errorBody } } },
    async (request) => {
      const ctx = actorContext(request, deps, undefined, { allowTotpEnrollment: true });
      await service.enableTotp(ctx, request.body.code);
      return { user: presentMe((await loadActor(deps.db, ctx.actor.userId))!) };
    },
  );

  r.patch(
    '/api/v1/me/preferences',
    { schema: { tags, body: preferencesRequest, response: { 200: z.object({ user: meResponse.shape.user }) } } },
    async (request) => {
      const ctx = actorContext(request, deps, undefined, { allowTotpEnrollment: true });
      await service.updatePreferences(ctx, request.body);
      const actor = await loadActor(deps.db, ctx.actor.userId);
      return { user: presentMe(actor!) };
    },
  );

  // Demo and tests only: read the codes the memory/console SMS provider "sent".
  r.get(
    '/api/v1/dev/sms-outbox',
    {
      schema: {
        tags: ['dev'],
        querystring: z.object({ phone: mobile.optional() }),
        response: { 200: smsOutboxResponse },
      },
    },
    async (request) => {
      if (!deps.env.demo || !(deps.sms instanceof MemorySmsProvider)) throw new AppError('DEMO_DISABLED');
      const items = deps.sms.outbox
        .filter((m) => !request.query.phone || m.phone === request.query.phone)
        .slice(0, 20)
        .map((m) => ({ phone: m.phone, text: m.text, code: m.params.code ?? null, at: m.at.toISOString() }));
      return { items };
    },
  );
}
