// Builds the township server without listening, so tests can drive it in-process with
// app.inject(). main.ts is the only place that opens a port.
import Fastify, { type FastifyInstance } from 'fastify';
import { registerStatic } from './routes/static-routes';
import { registerHealth } from './routes/health-routes';

export interface AppOptions {
  /** folder with the built client (vite build); omitted in API-only tests */
  distDir?: string;
  logger?: boolean;
}

export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 512 * 1024 });
  await registerHealth(app);
  if (options.distDir) await registerStatic(app, options.distDir);
  return app;
}
