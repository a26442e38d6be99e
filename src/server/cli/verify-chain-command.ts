// `verify-chain [--village CODE]`: runs publish/verify-chain.ts and says in plain sentences
// what is wrong, one line per problem, grouped by village. Any problem exits with status 1
// (through AdminError) so a scheduled check can alert someone.
import { divisionName } from '../../domain/divisions';
import type { Storage } from '../db/storage';
import { verifyChain, type ChainProblem } from '../publish/verify-chain';
import { AdminError, type Flags } from './admin-commands';

function describe(problem: ChainProblem): string {
  const where = `${problem.seq === null ? '' : `#${problem.seq} `}${problem.itemKind} ${problem.itemId}`;
  const list = problem.details.join('; ');
  switch (problem.code) {
    case 'hash-mismatch':
      return `${where}: the snapshot's text no longer matches its fingerprint.`;
    case 'envelope-mismatch':
      return `${where}: the snapshot's columns differ from what was fingerprinted (${list}).`;
    case 'chain-broken':
      return `${where}: does not name the previous fingerprint; the chain is broken here.`;
    case 'seq-gap':
      return `${where}: a snapshot is missing or out of place (${list}).`;
    case 'record-missing':
      return `${where}: the published record has been deleted.`;
    case 'record-changed':
      return `${where}: the published record was changed after publishing: ${list}.`;
    case 'lines-changed':
      return `${where}: lines were changed after publishing: ${list}.`;
    case 'fingerprint-mismatch':
      return `${where}: the fingerprint stored on the record differs from its snapshot.`;
    case 'published-without-snapshot':
      return `${where}: is marked published but has no snapshot.`;
  }
}

function villageLabel(code: string): string {
  const name = divisionName(code);
  return name ? `${name} (${code})` : code;
}

export async function verifyChainCommand(storage: Storage, flags: Flags): Promise<string[]> {
  const village = flags.village;
  if (village === true || (village !== undefined && !/^\d{12}$/.test(village.trim())))
    throw new AdminError('--village needs a 12-digit village code.');
  const report = await verifyChain(storage.db, { villageCode: village?.trim() });
  const scope = `${report.snapshots} snapshot(s) in ${report.villages} village(s)`;
  if (report.problems.length === 0) {
    return [
      `Checked ${scope}: every published record matches its fingerprint and every chain is intact.`,
    ];
  }
  const lines = [`Found ${report.problems.length} problem(s) after checking ${scope}:`];
  let current: string | null = null;
  const byVillage = [...report.problems].sort((a, b) => a.villageCode.localeCompare(b.villageCode));
  for (const problem of byVillage) {
    if (problem.villageCode !== current) {
      current = problem.villageCode;
      lines.push(`${villageLabel(current)}:`);
    }
    lines.push(`  ${describe(problem)}`);
  }
  throw new AdminError(lines.join('\n'));
}
