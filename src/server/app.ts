// Builds the township server without listening, so tests can drive it in-process with
// app.inject(). main.ts is the only place that opens a port.
//
// Order matters: security headers first (they must reach every response), then the API
// routes, then registerStatic last because it installs the not-found handler and the SPA
// fallback. New API modules register between the two marked lines.
import Fastify, { type FastifyInstance } from 'fastify';
import { registerSecurityHeaders, registerStatic } from './routes/static-routes';
import { registerHealth, type HealthProvider } from './routes/health-routes';
import type { Storage } from './db/storage';
import { registerErrorHandler } from './errors';
import { registerAuthRoutes } from './routes/auth-routes';
import { registerBlobRoutes } from './routes/blob-routes';
import { registerSyncRoutes } from './routes/sync-routes';
import { registerPublicRoutes } from './public/public-routes';
import { registerObjectionStaffRoutes } from './objections/objection-staff-routes';
import { registerDeviceActivityRoutes } from './review/device-activity-routes';
import { registerVillageSettingsRoutes } from './settings/village-settings-routes';

export interface AppOptions {
  /** folder with the built client (vite build); omitted in API-only tests */
  distDir?: string;
  /** false (tests) or a pino level such as 'info' */
  logger?: boolean | { level: string };
  /** the storage layer's status for GET /api/health; without it health reports database 'none' */
  health?: HealthProvider;
  /** the opened database (db/storage.ts); without it only health and static files are served */
  storage?: Storage;
}

export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 512 * 1024 });
  registerSecurityHeaders(app);
  registerErrorHandler(app);

  // --- API routes ---
  await registerHealth(app, options.health ?? options.storage?.health);
  if (options.storage) {
    await registerAuthRoutes(app, options.storage);
    await registerSyncRoutes(app, options.storage);
    await registerBlobRoutes(app, options.storage);
    await registerPublicRoutes(app, options.storage);
    await registerObjectionStaffRoutes(app, options.storage);
    await registerDeviceActivityRoutes(app, options.storage);
    await registerVillageSettingsRoutes(app, options.storage);
  }
  // --- end of API routes ---

  await registerStatic(app, options.distDir);
  return app;
}
