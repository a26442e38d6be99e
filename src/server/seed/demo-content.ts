// The demo's payout batches, lines, notices and review trail, built as plain records
// (version 0; demo-seed.ts numbers and stores them). Every review state appears, with
// the steps that led there, so each screen has something to show on first start.
import { computeAmountFen } from '../../domain/money';
import type { Notice } from '../../domain/notice';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import type { ReviewAction, ReviewItemKind, ReviewState, ReviewStep } from '../../domain/review';
import type { Role } from '../../domain/user';
import { uuidv7 } from '../../domain/uuid';
import { noticePeriodEnd } from '../../domain/working-days';
import { BATCH_OUTCOMES, NOTICES, subsidyItems, type Outcome } from './demo-catalogue';
import { makeHouseholds, seededRandom } from './demo-people';
import { recentPublications } from './demo-public';

const DAY_MS = 24 * 60 * 60 * 1000;
// China has no daylight saving: calendar dates are read in UTC+8 whatever the host's zone.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

function isoDateOf(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
export const HOUSEHOLDS_PER_VILLAGE = 400;

export interface DemoVillage {
  code: string;
  /** e.g. 小松村 */
  shortName: string;
  cadreId: string;
  supervisorId: string;
}

export interface DemoContent {
  batches: PayoutBatch[];
  lines: PayoutLine[];
  notices: Notice[];
  steps: ReviewStep[];
}

/** Actions that lead from draft to `outcome`, with the role that takes each. */
function chainTo(outcome: Outcome): [ReviewAction, 'cadre' | 'supervisor' | 'reviewer'][] {
  if (outcome.returned)
    return [
      ['submit', 'cadre'],
      ['return', 'supervisor'],
    ];
  const chain: [ReviewAction, 'cadre' | 'supervisor' | 'reviewer'][] = [];
  if (outcome.state !== 'draft') chain.push(['submit', 'cadre']);
  if (outcome.state === 'checked' || outcome.state === 'published')
    chain.push(['check', 'supervisor']);
  if (outcome.state === 'published') chain.push(['approve', 'reviewer']);
  return chain;
}

const NEXT: Record<ReviewAction, ReviewState> = {
  submit: 'submitted',
  check: 'checked',
  approve: 'published',
  return: 'draft',
  withdraw: 'draft',
};

function reviewTrail(
  kind: ReviewItemKind,
  itemId: string,
  village: DemoVillage,
  reviewerId: string,
  outcome: Outcome,
  start: number,
): { steps: ReviewStep[]; submittedAt: number | null } {
  const actors = {
    cadre: [village.cadreId, 'village-cadre'],
    supervisor: [village.supervisorId, 'village-supervisor'],
    reviewer: [reviewerId, 'township-reviewer'],
  } as const;
  let state: ReviewState = 'draft';
  let submittedAt: number | null = null;
  const steps = chainTo(outcome).map(([action, who], index): ReviewStep => {
    const at = start + (index + 1) * DAY_MS;
    const to = NEXT[action];
    if (action === 'submit') submittedAt = at;
    const step: ReviewStep = {
      id: uuidv7(at),
      itemKind: kind,
      itemId,
      villageCode: village.code,
      action,
      fromState: state,
      toState: to,
      actorId: actors[who][0],
      actorRole: actors[who][1] as Role,
      at,
      comment:
        action === 'return'
          ? (outcome.returned ?? '')
          : action === 'approve'
            ? '已保密审查，同意公开。'
            : '',
    };
    state = to;
    return step;
  });
  return { steps, submittedAt: state === 'draft' ? null : submittedAt };
}

export function buildDemoContent(
  villages: DemoVillage[],
  reviewerId: string,
  countyCode: string,
  now: number,
): DemoContent {
  const year =
    new Date(now).getMonth() < 6 ? new Date(now).getFullYear() - 1 : new Date(now).getFullYear();
  const content: DemoContent = { batches: [], lines: [], notices: [], steps: [] };
  const start = now - 30 * DAY_MS;
  villages.forEach((village, villageIndex) => {
    const households = makeHouseholds(villageIndex, HOUSEHOLDS_PER_VILLAGE, countyCode);
    const random = seededRandom(4242 + villageIndex);
    subsidyItems(year).forEach((subsidy, itemIndex) => {
      const outcome = BATCH_OUTCOMES[villageIndex % BATCH_OUTCOMES.length]?.[itemIndex] ?? {
        state: 'draft',
      };
      const id = uuidv7(start + itemIndex);
      const trail = reviewTrail(
        'batch',
        id,
        village,
        reviewerId,
        outcome,
        start + itemIndex * DAY_MS,
      );
      content.steps.push(...trail.steps);
      const lastAt = trail.steps.at(-1)?.at ?? start;
      content.batches.push({
        id,
        version: 0,
        createdAt: start,
        updatedAt: lastAt,
        villageCode: village.code,
        year,
        item: subsidy.item,
        basis: subsidy.basis,
        rateText: subsidy.rateText,
        unit: subsidy.unit,
        department: subsidy.department,
        paidOn: subsidy.paidOn,
        publisher: `${village.shortName}村民委员会`,
        hotline: '0797-5712345',
        state: outcome.state,
        authorId: village.cadreId,
        submittedAt: trail.submittedAt,
        returnedReason: outcome.returned ?? null,
        correctsId: null,
      });
      households.forEach((household, index) => {
        const quantityCenti = subsidy.quantity(household, random);
        if (quantityCenti === null) return;
        // A few lines are adjusted on purpose, as real lists are (area verified on site).
        const isAdjusted = subsidy.unit === '亩' && index % 97 === 13;
        const exact = computeAmountFen(quantityCenti, subsidy.rateFen);
        content.lines.push({
          id: uuidv7(start),
          version: 0,
          createdAt: start,
          updatedAt: start,
          batchId: id,
          villageCode: village.code,
          group: household.group,
          name: household.name,
          namePinyin: household.namePinyin,
          idNumber: household.idNumber,
          account: household.account,
          quantityCenti,
          unit: subsidy.unit,
          rateFen: subsidy.rateFen,
          amountFen: isAdjusted ? exact - 500 : exact,
          paidOn: subsidy.paidOn,
          remark: index % 53 === 7 ? '户主已变更' : '',
          adjusted: isAdjusted,
          adjustReason: isAdjusted ? '按实地核实面积扣减' : '',
        });
      });
    });
    NOTICES.forEach((seed, noticeIndex) => {
      const id = uuidv7(start + 100 + noticeIndex);
      const trail = reviewTrail(
        'notice',
        id,
        village,
        reviewerId,
        seed.outcome,
        start + noticeIndex * DAY_MS,
      );
      content.steps.push(...trail.steps);
      const publishedOn =
        seed.outcome.state === 'published'
          ? isoDateOf((trail.steps.at(-1)?.at ?? start) + DAY_MS)
          : null;
      content.notices.push({
        id,
        version: 0,
        createdAt: start,
        updatedAt: trail.steps.at(-1)?.at ?? start,
        villageCode: village.code,
        category: seed.category,
        type: seed.type,
        title: seed.title(year, village),
        body: seed.body,
        periodStart: publishedOn,
        periodEnd: publishedOn ? noticePeriodEnd(publishedOn, 7) : null,
        attachments: [],
        state: seed.outcome.state,
        authorId: village.cadreId,
        submittedAt: trail.submittedAt,
        returnedReason: seed.outcome.returned ?? null,
        correctsId: null,
      });
    });
    const recent = recentPublications(village, reviewerId, year, now);
    content.notices.push(...recent.notices);
    content.steps.push(...recent.steps);
  });
  return content;
}
