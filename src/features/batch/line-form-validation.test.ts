import { describe, expect, it } from 'vitest';
import { makeFakeIdNumber } from '../../domain/fixtures-id';
import { emptyLineForm, validateLineForm, type LineFormValues } from './line-form-validation';

const ID = makeFakeIdNumber('360735', '1968-03-12', 113);

function form(overrides: Partial<LineFormValues>): LineFormValues {
  return {
    ...emptyLineForm(),
    name: '曾国华',
    idNumber: ID,
    quantity: '3',
    rate: '112.5',
    ...overrides,
  };
}

describe('validateLineForm', () => {
  it.each([
    [
      'full-width digits and a 元 sign',
      { quantity: '３.２５', rate: '１１２.５元', amount: '' },
      325,
      11_250,
      36_563,
    ],
    [
      'an amount within 1 分 of quantity × rate',
      { quantity: '3.25', rate: '112.5', amount: '365.62' },
      325,
      11_250,
      36_562,
    ],
    [
      'thousands separators',
      { quantity: '10', rate: '1,000', amount: '10,000.00' },
      1000,
      100_000,
      1_000_000,
    ],
  ])('reads %s', (_what, values, quantityCenti, rateFen, amountFen) => {
    const result = validateLineForm(form(values), '亩');
    expect(result).toMatchObject({
      ok: true,
      value: { quantityCenti, rateFen, amountFen, unit: '亩' },
    });
  });

  it.each([
    [{ name: '  ' }, 'name', 'lines.validation.nameRequired'],
    [{ idNumber: '3.60735E+17' }, 'idNumber', 'lines.validation.idExcelMangled'],
    [{ idNumber: ID.slice(0, 16) }, 'idNumber', 'lines.validation.idBadLength'],
    [{ account: '6222021234567890' }, 'account', 'lines.validation.accountBadChecksum'],
    [{ quantity: '' }, 'quantity', 'lines.validation.quantityRequired'],
    [{ rate: '1,5' }, 'rate', 'lines.validation.notANumber'],
    [{ quantity: '1.234' }, 'quantity', 'lines.validation.tooManyDecimals'],
    [{ amount: '336' }, 'amount', 'lines.validation.amountMismatch'],
    [{ amount: '336', adjusted: true }, 'adjustReason', 'lines.validation.adjustReasonRequired'],
    [{ paidOn: '2025/6/30' }, 'paidOn', 'lines.validation.paidOnFormat'],
  ] as const)('refuses %j at %s', (values, field, key) => {
    const result = validateLineForm(form(values), '亩');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]?.key).toBe(key);
  });

  it('keeps an adjusted amount with its reason, and drops a reason the line no longer needs', () => {
    const adjusted = validateLineForm(
      form({ amount: '336', adjusted: true, adjustReason: ' 补发 ' }),
      '亩',
    );
    expect(adjusted).toMatchObject({
      ok: true,
      value: { amountFen: 33_600, adjustReason: '补发' },
    });
    const plain = validateLineForm(form({ adjustReason: '旧原因' }), '亩');
    expect(plain).toMatchObject({ ok: true, value: { adjusted: false, adjustReason: '' } });
  });
});
