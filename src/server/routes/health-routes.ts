// GET /api/health: a liveness and readiness probe for load balancers, the start script and the
// e2e harness. The storage layer plugs in a HealthProvider so the answer says which database
// is behind this process and how far its version counter has gone; without one the server is
// still healthy (it serves the app) and says so with 'none'.
import type { FastifyInstance } from 'fastify';

export interface HealthStatus {
  /** the server's current version counter (SYNC.md): 0 before the first write */
  serverVersion: number;
  /** changes when the database is restored from a backup, so clients know to pull again */
  epoch: string;
  database: 'sqlite' | 'postgres' | 'none';
}

/** Implemented by the storage layer; a rejected promise means the database cannot be reached. */
export interface HealthProvider {
  getStatus(): Promise<HealthStatus>;
}

export type HealthResponse =
  ({ ok: true } & HealthStatus) | { ok: false; error: 'storage-unavailable' };

const withoutStorage: HealthStatus = { serverVersion: 0, epoch: 'none', database: 'none' };

export async function registerHealth(
  app: FastifyInstance,
  provider?: HealthProvider,
): Promise<void> {
  app.get('/api/health', async (request, reply): Promise<HealthResponse> => {
    try {
      const status = provider ? await provider.getStatus() : withoutStorage;
      return { ok: true, ...status };
    } catch (error) {
      // 503, not 500: a balancer should route around this process, not page someone for a bug.
      request.log.error({ err: error }, 'health check: storage unavailable');
      reply.code(503);
      return { ok: false, error: 'storage-unavailable' };
    }
  });
}
