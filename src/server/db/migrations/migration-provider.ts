// The list of migrations, in order. Kysely's Migrator runs the ones a database has not
// seen yet, by name, in one transaction per start. Append a new numbered file and a line
// here; never rename, reorder or edit a shipped one.
import type { Migration, MigrationProvider } from 'kysely';
import type { DialectName } from '../schema';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-publishing';
import { migration0003 } from './0003-public-and-objections';
import { migration0004 } from './0004-sync-performance';
import { migration0005 } from './0005-objection-replies';
import { migration0006 } from './0006-device-activity';
import { migration0007 } from './0007-objection-lines';
import { migration0008 } from './0008-village-settings';

export function migrationProvider(dialect: DialectName): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return {
        '0001-initial': migration0001(dialect),
        '0002-publishing': migration0002(dialect),
        '0003-public-and-objections': migration0003(dialect),
        '0004-sync-performance': migration0004(dialect),
        '0005-objection-replies': migration0005(dialect),
        '0006-device-activity': migration0006(dialect),
        '0007-objection-lines': migration0007(dialect),
        '0008-village-settings': migration0008(dialect),
      };
    },
  };
}
