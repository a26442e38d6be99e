// The county administrator's commands (`npm run admin -- <command>`): regions, accounts,
// kiosk tokens. Each returns the lines to print; a mistake throws AdminError with a plain
// sentence that admin.ts prints before exiting with status 1.
import { roleSchema, type Role } from '../../domain/user';
import { divisionName } from '../../domain/divisions';
import { randomPassword } from '../auth/password';
import { createSession, KIOSK_TOKEN_TTL_MS, revokeAllSessions } from '../auth/sessions';
import {
  AccountError,
  createUser,
  findUserByUsername,
  listUsers,
  setPassword,
} from '../auth/users';
import { rotateEpoch } from '../db/server-state';
import type { Storage } from '../db/storage';
import { createCountyRegions, regionExists, UnknownCountyError } from '../seed/region-seed';
import { VILLAGE_SETTINGS_USAGE, villageSettingsCommand } from './village-settings-command';
import { verifyChainCommand } from './verify-chain-command';

export class AdminError extends Error {}

export type Flags = Record<string, string | true>;

function required(flags: Flags, name: string): string {
  const value = flags[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw new AdminError(`Missing --${name} <value>.`);
  return value.trim();
}

function optional(flags: Flags, name: string): string | undefined {
  const value = flags[name];
  if (value === true) throw new AdminError(`--${name} needs a value.`);
  return value?.trim() || undefined;
}

async function createRegions(storage: Storage, flags: Flags): Promise<string[]> {
  const county = required(flags, 'county');
  try {
    const added = await storage.db.transaction().execute((trx) => createCountyRegions(trx, county));
    return [`${divisionName(county)} (${county}): ${added} regions added.`];
  } catch (error) {
    if (error instanceof UnknownCountyError) throw new AdminError(error.message);
    throw error;
  }
}

async function createUserCommand(storage: Storage, flags: Flags): Promise<string[]> {
  const username = required(flags, 'username');
  const roleText = required(flags, 'role');
  const role = roleSchema.safeParse(roleText);
  if (!role.success)
    throw new AdminError(
      `Unknown role "${roleText}". Use one of: ${roleSchema.options.join(', ')}.`,
    );
  if (role.data === 'kiosk')
    throw new AdminError('Kiosks are created with create-kiosk --village <code>.');
  const regionCode = required(flags, 'region');
  if (!(await regionExists(storage.db, regionCode))) {
    throw new AdminError(
      `Region ${regionCode} does not exist. Create it first with create-regions --county <code>.`,
    );
  }
  if (await findUserByUsername(storage.db, username))
    throw new AdminError(`The username "${username}" is taken.`);
  const givenPassword = optional(flags, 'password');
  const password = givenPassword ?? randomPassword();
  const displayName = optional(flags, 'name');
  try {
    await createUser(
      storage.db,
      { username, displayName, role: role.data as Role, regionCode, password },
      storage.now(),
    );
  } catch (error) {
    if (error instanceof AccountError) throw new AdminError(error.message);
    throw error;
  }
  return [
    `Created ${role.data} ${username} for ${divisionName(regionCode) ?? regionCode} (${regionCode}).`,
    ...(givenPassword ? [] : [`Password: ${password}`]),
  ];
}

async function createKiosk(storage: Storage, flags: Flags): Promise<string[]> {
  const village = required(flags, 'village');
  if (!/^\d{12}$/.test(village) || !(await regionExists(storage.db, village))) {
    throw new AdminError(
      `Village ${village} does not exist. Give a 12-digit village code created with create-regions.`,
    );
  }
  const username = `kiosk-${village}`;
  const now = storage.now();
  const kiosk =
    (await findUserByUsername(storage.db, username)) ??
    (await createUser(storage.db, { username, role: 'kiosk', regionCode: village }, now));
  const token = await createSession(storage.db, kiosk.id, now, KIOSK_TOKEN_TTL_MS);
  return [
    `Kiosk token for ${divisionName(village) ?? village} (${village}), enter it on the kiosk once:`,
    token,
  ];
}

/** A kiosk that was stolen or replaced: its tokens stop working at once. */
async function revokeKiosk(storage: Storage, flags: Flags): Promise<string[]> {
  const village = required(flags, 'village');
  const kiosk = await findUserByUsername(storage.db, `kiosk-${village}`);
  if (!kiosk) throw new AdminError(`Village ${village} has no kiosk.`);
  const revoked = await revokeAllSessions(storage.db, kiosk.id, storage.now());
  return [`${revoked} kiosk token(s) of ${divisionName(village) ?? village} (${village}) revoked.`];
}

async function resetPassword(storage: Storage, flags: Flags): Promise<string[]> {
  const username = required(flags, 'username');
  const user = await findUserByUsername(storage.db, username);
  if (!user) throw new AdminError(`There is no user "${username}".`);
  if (user.role === 'kiosk')
    throw new AdminError('Kiosks have no password; create a new token with create-kiosk.');
  const givenPassword = optional(flags, 'password');
  const password = givenPassword ?? randomPassword();
  try {
    await setPassword(storage.db, user.id, password);
  } catch (error) {
    if (error instanceof AccountError) throw new AdminError(error.message);
    throw error;
  }
  // A reset usually means the old password leaked: sign every device out.
  const revoked = await revokeAllSessions(storage.db, user.id, storage.now());
  return [
    `Password of ${username} changed; ${revoked} signed-in device(s) signed out.`,
    ...(givenPassword ? [] : [`New password: ${password}`]),
  ];
}

async function listUsersCommand(storage: Storage): Promise<string[]> {
  const users = await listUsers(storage.db);
  if (users.length === 0) return ['No users yet.'];
  return users.map(
    (u) =>
      `${u.username.padEnd(28)} ${u.role.padEnd(20)} ${u.regionCode.padEnd(13)} ${divisionName(u.regionCode) ?? ''}`,
  );
}

async function newEpoch(storage: Storage): Promise<string[]> {
  const epoch = await rotateEpoch(storage.db);
  return [
    `New epoch ${epoch}: every device will pull everything again and re-send what it has not seen confirmed.`,
  ];
}

export const COMMANDS: Record<
  string,
  {
    usage: string;
    run: (storage: Storage, flags: Flags) => Promise<string[]>;
    /** takes a leading word (a village code) before the flags, given to `run` as flags._ */
    hasSubject?: boolean;
  }
> = {
  'create-regions': { usage: 'create-regions --county 360735', run: createRegions },
  'create-user': {
    usage: 'create-user --username U --role R --region CODE [--password P] [--name N]',
    run: createUserCommand,
  },
  'create-kiosk': { usage: 'create-kiosk --village CODE', run: createKiosk },
  'revoke-kiosk': { usage: 'revoke-kiosk --village CODE', run: revokeKiosk },
  'reset-password': { usage: 'reset-password --username U [--password P]', run: resetPassword },
  'list-users': { usage: 'list-users', run: listUsersCommand },
  'new-epoch': { usage: 'new-epoch   (after restoring a backup)', run: newEpoch },
  'verify-chain': {
    usage: 'verify-chain [--village CODE]   (exit status 1 when a published record changed)',
    run: (storage, flags) => verifyChainCommand(storage, flags),
  },
  'village-settings': {
    usage: VILLAGE_SETTINGS_USAGE,
    run: (storage, flags) => villageSettingsCommand(storage, flags),
    hasSubject: true,
  },
};

/** `--a 1 --b` → { a: '1', b: true }; anything else is a usage error. */
export function parseFlags(args: string[]): Flags {
  const flags: Flags = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--') || arg.length < 3)
      throw new AdminError(`Unexpected argument "${arg}".`);
    const next = args[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      flags[arg.slice(2)] = next;
      i++;
    } else {
      flags[arg.slice(2)] = true;
    }
  }
  return flags;
}

export function usage(): string {
  return [
    'Usage: npm run admin -- <command> [options]',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
  ].join('\n');
}

/** Runs one command on an open storage; used by admin.ts and by the tests. */
export async function runAdminCommand(storage: Storage, argv: string[]): Promise<string[]> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) throw new AdminError(name ? `Unknown command "${name}".\n${usage()}` : usage());
  const first = rest[0];
  if (command.hasSubject && first !== undefined && !first.startsWith('--')) {
    return command.run(storage, { ...parseFlags(rest.slice(1)), _: first });
  }
  return command.run(storage, parseFlags(rest));
}
