// Entry point of `npm run admin -- <command>`: opens the same database as the server
// (config.ts), runs one command from admin-commands.ts and prints plain sentences. On a
// SQLite data directory the server must be stopped first: the directory lock says so.
import { readServerConfig } from '../config';
import { DataDirInUseError } from '../db/data-dir-lock';
import { openStorage } from '../db/storage';
import { AdminError, COMMANDS, runAdminCommand, usage } from './admin-commands';

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || !argv[0] || !(argv[0] in COMMANDS)) {
    console.error(argv[0] ? `Unknown command "${argv[0]}".\n${usage()}` : usage());
    return 1;
  }
  let storage;
  try {
    storage = await openStorage(readServerConfig(process.env).storage);
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      console.error(
        `${error.message}\nAdmin commands need the server stopped while it uses SQLite.`,
      );
      return 1;
    }
    throw error;
  }
  try {
    for (const line of await runAdminCommand(storage, argv)) console.log(line);
    return 0;
  } catch (error) {
    if (error instanceof AdminError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await storage.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`The command failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
