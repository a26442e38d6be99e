// Tells a failing database (disk full, connection lost, lock timeout) from a failing
// record. A push must not turn the first kind into a rejected mutation: that would mark a
// good change as refused forever, when it only needs to be sent again later.
const SQLITE_INFRASTRUCTURE =
  /^SQLITE_(FULL|IOERR|BUSY|LOCKED|CANTOPEN|NOMEM|READONLY|CORRUPT|NOTADB|PROTOCOL|INTERRUPT)/;
// PostgreSQL SQLSTATE classes: 08 connection, 40 rollback (serialization, deadlock),
// 53 resources, 57 operator intervention, 58 system error, XX internal.
const PG_INFRASTRUCTURE_CLASSES = new Set(['08', '40', '53', '57', '58', 'XX']);

export function isInfrastructureError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') {
    // pg reports a dropped connection as a plain Error without a SQLSTATE.
    return /connection|terminat|ECONN|timeout/i.test(
      String((error as { message?: unknown }).message),
    );
  }
  if (code.startsWith('SQLITE_')) return SQLITE_INFRASTRUCTURE.test(code);
  if (/^[0-9A-Z]{5}$/.test(code)) return PG_INFRASTRUCTURE_CLASSES.has(code.slice(0, 2));
  return code.startsWith('E'); // ECONNRESET, EPIPE …
}
