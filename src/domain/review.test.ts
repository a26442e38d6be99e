import { describe, expect, it } from 'vitest';
import {
  REVIEW_ACTIONS,
  REVIEW_STATES,
  WITHDRAW_WINDOW_MS,
  decideTransition,
  isEditable,
  type ReviewAction,
  type ReviewState,
  type ReviewableItem,
  type TransitionRequest,
  type TransitionResult,
} from './review';
import { ROLES, type Role } from './user';

const VILLAGE = '360735101201';
const OTHER_VILLAGE = '360735101200';
const REGION_OF: Record<Role, string> = {
  'county-admin': '360735',
  'township-reviewer': '360735101',
  'village-supervisor': VILLAGE,
  'village-cadre': VILLAGE,
  kiosk: VILLAGE,
};
const AUTHOR_ID = '01890a5d-ac96-774b-bcce-b302099a8057';
const OTHER_ID = '01890a5d-ac96-774b-bcce-b302099a8058';
const NOW = Date.UTC(2025, 10, 3, 2, 0, 0);
const MINUTE = 60_000;

/**
 * Expected result per role and action, for the states draft / submitted / checked /
 * published. A state name means "allowed, moves there"; anything else is the refusal code.
 * Scenario: the actor is in scope, gives a reason, ticked 已保密审查, and the item was
 * submitted one minute ago with no reviewer action yet.
 */
type Row = Record<ReviewAction, string>;
const WRONG_ROLE = 'wrong-role wrong-role wrong-role wrong-role';
const REFUSED_ROLE: Row = {
  submit: WRONG_ROLE,
  withdraw: WRONG_ROLE,
  check: WRONG_ROLE,
  return: WRONG_ROLE,
  approve: WRONG_ROLE,
};

/** Someone other than the author acts: the normal review chain. */
const NOT_AUTHOR: Record<Role, Row> = {
  'village-cadre': {
    submit: 'not-author not-author not-author not-author',
    withdraw: 'not-author not-author not-author not-author',
    check: WRONG_ROLE,
    return: WRONG_ROLE,
    approve: WRONG_ROLE,
  },
  'village-supervisor': {
    submit: WRONG_ROLE,
    withdraw: 'not-author not-author not-author not-author',
    check: 'wrong-state checked wrong-state wrong-state',
    return: 'wrong-state draft wrong-state wrong-state',
    approve: WRONG_ROLE,
  },
  'township-reviewer': {
    submit: WRONG_ROLE,
    withdraw: 'not-author not-author not-author not-author',
    check: WRONG_ROLE,
    return: 'wrong-state wrong-state draft wrong-state',
    approve: 'wrong-state wrong-state published wrong-state',
  },
  kiosk: REFUSED_ROLE,
  'county-admin': REFUSED_ROLE,
};

/** The author acts: only submit and withdraw; never check, return or approve their own item. */
const AUTHOR: Record<Role, Row> = {
  'village-cadre': {
    submit: 'submitted wrong-state wrong-state wrong-state',
    withdraw: 'wrong-state draft draft wrong-state',
    check: WRONG_ROLE,
    return: WRONG_ROLE,
    approve: WRONG_ROLE,
  },
  'village-supervisor': {
    submit: WRONG_ROLE,
    withdraw: 'wrong-state draft draft wrong-state',
    check: 'own-item own-item own-item own-item',
    return: 'own-item own-item own-item own-item',
    approve: WRONG_ROLE,
  },
  'township-reviewer': {
    submit: WRONG_ROLE,
    withdraw: 'wrong-state draft draft wrong-state',
    check: WRONG_ROLE,
    return: 'own-item own-item own-item own-item',
    approve: 'own-item own-item own-item own-item',
  },
  kiosk: REFUSED_ROLE,
  'county-admin': REFUSED_ROLE,
};

function expected(token: string): TransitionResult {
  return (REVIEW_STATES as readonly string[]).includes(token)
    ? { ok: true, to: token as ReviewState }
    : ({ ok: false, code: token } as TransitionResult);
}

function item(state: ReviewState, overrides: Partial<ReviewableItem> = {}): ReviewableItem {
  return {
    state,
    authorId: AUTHOR_ID,
    villageCode: VILLAGE,
    submittedAt: state === 'draft' ? null : NOW - MINUTE,
    hasReviewerActed: false,
    ...overrides,
  };
}

function request(
  role: Role,
  action: ReviewAction,
  target: ReviewableItem,
  overrides: Partial<TransitionRequest> = {},
) {
  return decideTransition({
    item: target,
    actor: { id: OTHER_ID, role, regionCode: REGION_OF[role] },
    action,
    now: NOW,
    reason: '金额与清册不符',
    privacyChecked: true,
    ...overrides,
  });
}

const cases = ROLES.flatMap((role) =>
  REVIEW_ACTIONS.flatMap((action) => REVIEW_STATES.map((state, i) => ({ role, action, state, i }))),
);

describe('decideTransition: every role × action × state', () => {
  it.each(cases)('$role $action on $state (not the author)', ({ role, action, state, i }) => {
    const token = NOT_AUTHOR[role][action].split(' ')[i] ?? 'missing';
    expect(request(role, action, item(state))).toEqual(expected(token));
  });

  it.each(cases)('$role $action on $state (the author)', ({ role, action, state, i }) => {
    const token = AUTHOR[role][action].split(' ')[i] ?? 'missing';
    const actor = { id: AUTHOR_ID, role, regionCode: REGION_OF[role] };
    expect(request(role, action, item(state), { actor })).toEqual(expected(token));
  });

  it('never moves a published item', () => {
    for (const { role, action } of cases) {
      for (const id of [AUTHOR_ID, OTHER_ID]) {
        const actor = { id, role, regionCode: REGION_OF[role] };
        expect(request(role, action, item('published'), { actor }).ok).toBe(false);
      }
    }
  });
});

describe('decideTransition: conditions', () => {
  it.each([
    ['village-supervisor', 'submitted', undefined],
    ['village-supervisor', 'submitted', ''],
    ['township-reviewer', 'checked', '   '],
  ] as [Role, ReviewState, string | undefined][])(
    '%s return on %s needs a reason (%j)',
    (role, state, reason) => {
      expect(request(role, 'return', item(state), { reason })).toEqual({
        ok: false,
        code: 'reason-required',
      });
    },
  );

  it.each([undefined, false])('approve needs 已保密审查 ticked (%s)', (privacyChecked) => {
    expect(request('township-reviewer', 'approve', item('checked'), { privacyChecked })).toEqual({
      ok: false,
      code: 'privacy-check-required',
    });
  });

  const author = { id: AUTHOR_ID, role: 'village-cadre' as const, regionCode: VILLAGE };
  it.each([
    // state, minutes since submitting, has a reviewer acted, expected
    ['submitted', 60 * 24 * 3, false, 'draft'], // nobody acted yet: any time
    ['submitted', 9.99, true, 'draft'], // a reviewer acted, but within 10 minutes
    ['submitted', 10, true, 'withdraw-closed'],
    ['submitted', 11, true, 'withdraw-closed'],
    ['checked', 5, true, 'draft'], // checked within the window: still the author's
    ['checked', 30, true, 'withdraw-closed'],
  ] as [ReviewState, number, boolean, string][])(
    'withdraw from %s after %d min, reviewer acted %s → %s',
    (state, minutes, hasReviewerActed, token) => {
      const target = item(state, { submittedAt: NOW - minutes * MINUTE, hasReviewerActed });
      expect(request('village-cadre', 'withdraw', target, { actor: author })).toEqual(
        expected(token),
      );
    },
  );

  it('keeps the window at exactly ten minutes', () => {
    expect(WITHDRAW_WINDOW_MS).toBe(10 * MINUTE);
  });

  it.each([
    ['village-cadre', 'submit', 'draft', AUTHOR_ID, OTHER_VILLAGE],
    ['village-supervisor', 'check', 'submitted', OTHER_ID, OTHER_VILLAGE],
    ['township-reviewer', 'approve', 'checked', OTHER_ID, '360735102'],
    ['township-reviewer', 'return', 'checked', OTHER_ID, '360783101'],
  ] as [Role, ReviewAction, ReviewState, string, string][])(
    '%s %s refused out of scope',
    (role, action, state, id, regionCode) => {
      expect(request(role, action, item(state), { actor: { id, role, regionCode } })).toEqual({
        ok: false,
        code: 'out-of-scope',
      });
    },
  );

  it.each(['kiosk', 'county-admin'] as Role[])('%s is refused by role before scope', (role) => {
    const actor = { id: OTHER_ID, role, regionCode: OTHER_VILLAGE };
    expect(request(role, 'approve', item('checked'), { actor })).toEqual({
      ok: false,
      code: 'wrong-role',
    });
  });
});

describe('isEditable', () => {
  it.each([
    ['draft', true],
    ['submitted', false],
    ['checked', false],
    ['published', false],
  ] as [ReviewState, boolean][])('%s → %s', (state, editable) => {
    expect(isEditable(state)).toBe(editable);
  });
});
