// Statistical division codes (统计用区划代码): county 6 digits, township 9, village 12,
// e.g. 360735101200 = county 360735, township 360735101 (小松镇), village 200 (小松村委会).
// Owns code parsing and the bundled division table (divisions-data.ts, generated from
// the 石城县 and 龙南市 sample). Does not own the regions a deployment actually manages:
// those are Region records synced from the server.
import { DIVISIONS_TABLE } from './divisions-data';
import type { Region, RegionLevel } from './region';

export interface ParsedDivisionCode {
  level: RegionLevel;
  countyCode: string;
  townshipCode: string | null;
  villageCode: string | null;
  /** villages only: true for a 村委会 (200-399), false for a 居委会 (001-199) or other unit */
  isRural?: boolean;
}

export interface DivisionEntry {
  code: string;
  name: string;
  /** villages only */
  rural?: boolean;
}

/**
 * Villages 001-199 are residents' committees and 200-399 village committees (NBS
 * rules). Other parts exist (the sample has a development zone's 虚拟社区 498), so any
 * part but 000 is accepted; only 200-399 counts as rural.
 */
export function isRuralVillagePart(part: number): boolean {
  return part >= 200 && part <= 399;
}

/** Splits a 6/9/12-digit code into its levels, or null when it cannot be a division code. */
export function parseDivisionCode(code: string): ParsedDivisionCode | null {
  if (!/^(?:\d{6}|\d{9}|\d{12})$/.test(code)) return null;
  const countyCode = code.slice(0, 6);
  // 360000 is a province and 360700 a prefecture, not a county.
  if (countyCode.startsWith('00') || countyCode.endsWith('00')) return null;
  if (code.length === 6)
    return { level: 'county', countyCode, townshipCode: null, villageCode: null };
  if (code.slice(6, 9) === '000') return null;
  const townshipCode = code.slice(0, 9);
  if (code.length === 9) return { level: 'township', countyCode, townshipCode, villageCode: null };
  const villagePart = code.slice(9);
  if (villagePart === '000') return null;
  return {
    level: 'village',
    countyCode,
    townshipCode,
    villageCode: code,
    isRural: isRuralVillagePart(Number(villagePart)),
  };
}

export function isVillageCode(code: string): boolean {
  return parseDivisionCode(code)?.level === 'village';
}

/** The code one level up (village → township → county), null for a county or a bad code. */
export function parentCode(code: string): string | null {
  const parsed = parseDivisionCode(code);
  if (!parsed) return null;
  if (parsed.level === 'village') return parsed.townshipCode;
  if (parsed.level === 'township') return parsed.countyCode;
  return null;
}

interface DivisionIndex {
  byCode: Map<string, Readonly<DivisionEntry>>;
  children: Map<string, Readonly<DivisionEntry>[]>;
  counties: Readonly<DivisionEntry>[];
}

let index: DivisionIndex | null = null;

/** Parsed on first use, so a screen that never asks pays nothing at start-up. */
function getIndex(): DivisionIndex {
  if (index) return index;
  const built: DivisionIndex = { byCode: new Map(), children: new Map(), counties: [] };
  for (const line of DIVISIONS_TABLE.split('\n')) {
    const [code, name, flag] = line.split('|');
    if (!code || !name) continue;
    const entry: DivisionEntry =
      code.length === 12 ? { code, name, rural: flag === 'r' } : { code, name };
    Object.freeze(entry);
    built.byCode.set(code, entry);
    const parent = parentCode(code);
    if (parent === null) {
      built.counties.push(entry);
    } else {
      const siblings = built.children.get(parent) ?? [];
      siblings.push(entry);
      built.children.set(parent, siblings);
    }
  }
  index = built;
  return built;
}

/** The official name of a division in the bundled table, e.g. '小松镇'. */
export function divisionName(code: string): string | undefined {
  return getIndex().byCode.get(code)?.name;
}

export function isKnownDivision(code: string): boolean {
  return getIndex().byCode.has(code);
}

export function listCounties(): DivisionEntry[] {
  return [...getIndex().counties];
}

/** Townships of a county in code order; empty for an unknown county. */
export function listTownships(countyCode: string): DivisionEntry[] {
  return countyCode.length === 6 ? [...(getIndex().children.get(countyCode) ?? [])] : [];
}

/** Villages of a township in code order, with `rural`; empty for an unknown township. */
export function listVillages(townshipCode: string): DivisionEntry[] {
  return townshipCode.length === 9 ? [...(getIndex().children.get(townshipCode) ?? [])] : [];
}

/** County → township → village entries down to `code`, for breadcrumbs; [] when unknown. */
export function divisionPath(code: string): DivisionEntry[] {
  const path: DivisionEntry[] = [];
  for (let c: string | null = code; c !== null; c = parentCode(c)) {
    const entry = getIndex().byCode.get(c);
    if (!entry) return [];
    path.unshift(entry);
  }
  return path;
}

/** Every bundled division as a Region record (for seeding the server and the demo). */
export function listRegions(): Region[] {
  return [...getIndex().byCode.values()].map((entry) => {
    const parsed = parseDivisionCode(entry.code);
    const region: Region = {
      code: entry.code,
      name: entry.name,
      level: parsed?.level ?? 'county',
      parentCode: parentCode(entry.code),
    };
    if (entry.rural !== undefined) region.rural = entry.rural;
    return region;
  });
}
