// Notices published yesterday, so the public page and the kiosk of a fresh demo show
// something "公示中 · 剩余 N 个工作日" next to the items whose period has ended
// (demo-content.ts publishes those about four weeks back). Plain records with the
// review trail that led to publication; demo-content.ts adds them to each village.
import type { Notice, NoticeCategory } from '../../domain/notice';
import type { ReviewStep } from '../../domain/review';
import { uuidv7 } from '../../domain/uuid';
import { chinaDateOf } from '../../domain/dates';
import { noticePeriodEnd } from '../../domain/working-days';

const DAY_MS = 24 * 60 * 60 * 1000;

interface RecentNoticeSeed {
  category: NoticeCategory;
  type: string;
  title: (year: number) => string;
  body: string;
}

const RECENT_NOTICES: RecentNoticeSeed[] = [
  {
    category: 'village',
    type: 'resolution-result',
    title: () => '村内道路硬化项目实施结果公开',
    body: '第三组至第五组通组道路硬化已完工，长 1.2 公里，宽 3.5 米。\n项目决算 35.6 万元，其中上级项目资金 30 万元，村集体经营收入 5.6 万元。\n经镇农业农村办验收合格。如有意见，请在公示期内向村务监督委员会反映。',
  },
  {
    category: 'finance',
    type: 'collective-assets',
    title: (y) => `${y}年村集体资产清查结果公开`,
    body: '村集体经营性资产：门面房 4 间，账面价值 48 万元，年租金收入 2.88 万元。\n村集体资源性资产：山林 1,260 亩，水塘 3 口。\n清查中未发现资产流失。',
  },
];

export interface RecentPublications {
  notices: Notice[];
  steps: ReviewStep[];
}

export function recentPublications(
  village: { code: string; cadreId: string; supervisorId: string },
  reviewerId: string,
  year: number,
  now: number,
): RecentPublications {
  const out: RecentPublications = { notices: [], steps: [] };
  RECENT_NOTICES.forEach((seed, index) => {
    const submittedAt = now - 3 * DAY_MS + index;
    const approvedAt = now - DAY_MS + index;
    const id = uuidv7(submittedAt);
    const start = chinaDateOf(approvedAt);
    const chain: [ReviewStep['action'], string, ReviewStep['actorRole'], number][] = [
      ['submit', village.cadreId, 'village-cadre', submittedAt],
      ['check', village.supervisorId, 'village-supervisor', submittedAt + DAY_MS],
      ['approve', reviewerId, 'township-reviewer', approvedAt],
    ];
    const states = ['draft', 'submitted', 'checked', 'published'] as const;
    chain.forEach(([action, actorId, actorRole, at], step) => {
      out.steps.push({
        id: uuidv7(at),
        itemKind: 'notice',
        itemId: id,
        villageCode: village.code,
        action,
        fromState: states[step] ?? 'draft',
        toState: states[step + 1] ?? 'published',
        actorId,
        actorRole,
        at,
        comment: action === 'approve' ? '已保密审查，同意公开。' : '',
      });
    });
    out.notices.push({
      id,
      version: 0,
      createdAt: submittedAt,
      updatedAt: approvedAt,
      villageCode: village.code,
      category: seed.category,
      type: seed.type,
      title: seed.title(year),
      body: seed.body,
      periodStart: start,
      periodEnd: noticePeriodEnd(start, 7),
      attachments: [],
      state: 'published',
      authorId: village.cadreId,
      submittedAt,
      returnedReason: null,
      correctsId: null,
    });
  });
  return out;
}
