import { describe, expect, it } from 'vitest';
import {
  isMobileNumber,
  objectionReplyDue,
  objectionRequestSchema,
  objectionStaffState,
  type ObjectionStaffState,
} from './objection';

describe('objectionReplyDue', () => {
  it.each([
    ['an ordinary Thursday', '2025-11-20', '2025-11-27'],
    // 国庆 2025: Oct 1-8 off, Saturday Oct 11 is a swapped working day.
    ['the eve of 国庆', '2025-09-30', '2025-10-14'],
    ['a Saturday', '2025-11-22', '2025-11-28'],
  ])('counts 5 working days from %s', (_case, raisedOn, due) => {
    expect(objectionReplyDue(raisedOn)).toBe(due);
  });
});

describe('objectionStaffState', () => {
  it.each<[string, string | null, string, ObjectionStaffState]>([
    ['before the due date', null, '2025-11-26', 'open'],
    ['on the due date', null, '2025-11-27', 'open'],
    ['the day after', null, '2025-11-28', 'overdue'],
    ['answered late', '已核实。', '2025-12-10', 'answered'],
  ])('%s', (_case, reply, today, state) => {
    expect(objectionStaffState({ reply, replyDueOn: '2025-11-27' }, today)).toBe(state);
  });
});

describe('objectionRequestSchema phone', () => {
  const base = { itemKind: 'notice', itemId: 'n1', text: '路面宽度不足，请核实。' };
  it.each([
    ['13907975678', true],
    [' 13907975678 ', true],
    ['12907975678', false],
    ['0797-5712345', false],
  ])('%s valid: %s', (phone, isValid) => {
    expect(objectionRequestSchema.safeParse({ ...base, phone }).success).toBe(isValid);
  });
  it('is optional', () => {
    expect(objectionRequestSchema.safeParse(base).success).toBe(true);
  });
});

describe('objectionRequestSchema lineId', () => {
  const text = '金额不对，请核实。';
  it.each([
    ['a line of a batch', { itemKind: 'batch', itemId: 'b1', lineId: 'l1', text }, true],
    ['a whole batch', { itemKind: 'batch', itemId: 'b1', text }, true],
    // A notice has no lines: a line id there is a client bug, refused as bad input.
    ['a line of a notice', { itemKind: 'notice', itemId: 'n1', lineId: 'l1', text }, false],
    ['an empty line id', { itemKind: 'batch', itemId: 'b1', lineId: '', text }, false],
    ['a line id that is no string', { itemKind: 'batch', itemId: 'b1', lineId: 7, text }, false],
  ])('%s', (_case, body, isValid) => {
    expect(objectionRequestSchema.safeParse(body).success).toBe(isValid);
  });
});

describe('isMobileNumber', () => {
  it.each([
    ['13812345678', true],
    ['19912345678', true],
    ['12812345678', false],
    ['1381234567', false],
    ['138123456789', false],
    ['138 1234 5678', false],
  ])('%s: %s', (digits, isValid) => {
    expect(isMobileNumber(digits)).toBe(isValid);
  });
});
