/**
 * buildApp(deps): every plugin and every domain's routes. It never listens,
 * so tests call it with `inject` and main.ts decides where it serves.
 */
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySession from '@fastify/session';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { errorBody } from '../shared/schemas/common';
import { z } from '../shared/schemas/zod';
import type { Deps } from './context';
import { DOMAINS } from './domains/registry';
import { installActorLoading, requireActor, requireStaff } from './http/auth';
import { AppError } from './core/app-error';
import { installRequestMetrics, METRICS_CONTENT_TYPE, metricsText } from './platform/metrics';
import { LocalDiskStorage } from './platform/files';
import { installErrorHandling, sendNotFound } from './http/error-handler';
import { installInputGuard } from './http/input-guard';
import { sharedRateLimitStore } from './http/rate-limit-store';
import { redactText } from './http/redact';
import { installRequestLog } from './http/request-log';
import { ABSOLUTE_TIMEOUT_MS, createSessionStore } from './http/session-store';
import { csrfTokenOf, installWriteGuards } from './http/write-guard';

const WEB_ROOT = resolve(import.meta.dirname, '../../dist/web');

export async function buildApp(deps: Deps): Promise<FastifyInstance> {
  deps.files ??= new LocalDiskStorage(resolve(deps.env.DATA_DIR, 'files'));
  const production = deps.env.NODE_ENV === 'production';
  const app = Fastify({
    trustProxy: deps.env.TRUST_PROXY,
    logger:
      deps.env.LOG_LEVEL === 'silent' && !deps.logStream
        ? false
        : {
            level: deps.logStream ? 'info' : deps.env.LOG_LEVEL,
            ...(deps.logStream ? { stream: deps.logStream } : {}),
            redact: {
              paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
              censor: '[redacted]',
            },
            serializers: {
              req: (req: { method: string; url: string; ip?: string }) => ({
                method: req.method,
                url: redactText(req.url),
                ip: req.ip,
              }),
              err: (err: Error) => ({
                type: err.name,
                message: redactText(err.message),
                stack: redactText(err.stack ?? ''),
              }),
            },
          },
    bodyLimit: 1024 * 1024,
    // Logged once, at the end, when it failed or was slow (request-log.ts).
    logController: new LogController({ disableRequestLogging: true }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installRequestMetrics(app, deps.db);
  installRequestLog(app, deps.env.LOG_REQUESTS);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd and antd-mobile set styles at run time
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: production ? [] : null,
      },
    },
    hsts: production,
  });
  if (deps.rateLimits !== false) {
    await app.register(fastifyRateLimit, {
      global: true,
      max: 600,
      timeWindow: '1 minute',
      ...sharedRateLimitStore(),
    });
  }
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: deps.sessionSecret,
    cookieName: 'sid',
    store: createSessionStore(deps.db),
    saveUninitialized: false,
    rolling: false,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      // Secure whenever the request came over https, as the socket or (with TRUST_PROXY) the proxy says.
      secure: 'auto',
      path: '/',
      maxAge: ABSOLUTE_TIMEOUT_MS,
    },
  });
  await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session', getToken: csrfTokenOf });
  installWriteGuards(app);
  await app.register(fastifyMultipart, { limits: { fileSize: 10 * 1024 * 1024, files: 5 } });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: '社区微业 API', description: 'Doorstep employment platform of a street office', version: '1.0.0' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sid' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
    // schemas registered with an id (the recursive rule tree) become components the document refers to
    transformObject: jsonSchemaTransformObject,
  });
  // Loaded before the docs so their guard below can see who is asking.
  installActorLoading(app, deps);
  if (deps.env.apiDocs !== 'off') {
    // One encapsulated context: the guard covers every route the UI plugin adds (page, assets, JSON, YAML).
    await app.register(async (docs) => {
      if (deps.env.apiDocs === 'staff') docs.addHook('preHandler', async (request) => requireStaff(request));
      await docs.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
    });
  }
  installInputGuard(app);

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/health',
    {
      schema: {
        tags: ['platform'],
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['bundled', 'external']) }) },
      },
    },
    async () => {
      await sql`select 1`.execute(deps.db);
      return { status: 'ok' as const, database: deps.databaseKind };
    },
  );
  // Prometheus metrics: the system administrator's (三员: the one who runs the system), or a scraper signed in as one.
  // Untyped: the answer is Prometheus' text format, not JSON.
  app.get(
    '/api/metrics',
    { schema: { tags: ['platform'], response: { 401: errorBody, 403: errorBody } } },
    async (request, reply) => {
      if (requireActor(request).role !== 'sysadmin') throw new AppError('FORBIDDEN');
      return reply.type(METRICS_CONTENT_TYPE).send(await metricsText());
    },
  );
  for (const domain of DOMAINS) await domain.routes(app, deps);

  const webRoot = deps.webRoot ?? WEB_ROOT;
  const hasWeb = existsSync(webRoot);
  if (hasWeb) {
    const hashedAssets = resolve(webRoot, 'assets') + sep;
    // Files are looked up on disk per request, so a rebuilt web app is served without a restart.
    // The build writes .br and .gz beside each text file (vite.config.ts); the one the browser
    // accepts is sent as it is, so no request spends CPU on compression.
    await app.register(fastifyStatic, {
      root: webRoot,
      index: ['index.html'],
      wildcard: true,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header('vary', 'accept-encoding');
        // Files under /assets carry a content hash in their name: a new build makes new names, so a
        // browser may keep them for good. Everything else (index.html above all) is asked after each time.
        reply.header(
          'cache-control',
          path.startsWith(hashedAssets) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  // The web app routes on the client: a page path that is not a file gets index.html;
  // a missing asset or API path is a 404 in the error shape.
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    if (hasWeb && request.method === 'GET' && !path.startsWith('/api/') && !path.startsWith('/assets/')) {
      return reply.sendFile('index.html');
    }
    return sendNotFound(request, reply);
  });
  return app;
}
