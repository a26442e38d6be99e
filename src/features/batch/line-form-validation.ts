// Checks one household's line before saving, in the terms a cadre understands: which
// field, and what to do. Uses the shared rules (ID check digit, 分 parsing of full-width
// input, quantity × rate within 1 分) and returns i18n keys with their values; the form
// shows each next to its field.
import { validateBankAccount, validateIdNumber } from '../../domain/identity';
import {
  computeAmountFen,
  formatFen,
  isAmountConsistent,
  parseQuantityCenti,
  parseYuanToFen,
  type DecimalParseError,
} from '../../domain/money';
import { normalizeWidth, stripSpaces } from '../../domain/text';
import type { PayoutLine } from '../../domain/payout';
import type { LineInput } from '../subsidies/line-commands';

export interface LineFormValues {
  group: string;
  name: string;
  idNumber: string;
  account: string;
  quantity: string;
  rate: string;
  /** empty: computed from quantity × rate */
  amount: string;
  paidOn: string;
  remark: string;
  adjusted: boolean;
  adjustReason: string;
}

export type LineField = keyof LineFormValues;

type ValidationKey =
  | 'nameRequired'
  | 'idRequired'
  | 'idBadFormat'
  | 'idBadLength'
  | 'idBadChecksum'
  | 'idBadBirthdate'
  | 'idExcelMangled'
  | 'accountBadFormat'
  | 'accountBadLength'
  | 'accountBadChecksum'
  | 'accountExcelMangled'
  | 'quantityRequired'
  | 'rateRequired'
  | 'notANumber'
  | 'tooManyDecimals'
  | 'negative'
  | 'tooLarge'
  | 'amountMismatch'
  | 'adjustReasonRequired'
  | 'paidOnFormat';

export interface FieldError {
  key: `lines.validation.${ValidationKey}`;
  /** for amountMismatch: what quantity × rate gives, formatted */
  values?: { expected: string };
}

export type LineFormErrors = Partial<Record<LineField, FieldError>>;

/** In the order of the form, so focus goes to the first thing to fix. */
export const LINE_FIELD_ORDER: readonly LineField[] = [
  'group',
  'name',
  'idNumber',
  'account',
  'quantity',
  'rate',
  'amount',
  'paidOn',
  'remark',
  'adjusted',
  'adjustReason',
];

const err = (key: ValidationKey, values?: { expected: string }): FieldError => ({
  key: `lines.validation.${key}`,
  ...(values && { values }),
});

const ID_ERRORS = {
  'bad-format': 'idBadFormat',
  'bad-length': 'idBadLength',
  'bad-checksum': 'idBadChecksum',
  'bad-birthdate': 'idBadBirthdate',
  'excel-mangled': 'idExcelMangled',
} as const;

const ACCOUNT_ERRORS = {
  'bad-format': 'accountBadFormat',
  'bad-length': 'accountBadLength',
  'bad-checksum': 'accountBadChecksum',
  'excel-mangled': 'accountExcelMangled',
} as const;

const DECIMAL_ERRORS: Record<Exclude<DecimalParseError, 'empty'>, ValidationKey> = {
  'not-a-number': 'notANumber',
  'too-many-decimals': 'tooManyDecimals',
  negative: 'negative',
  'too-large': 'tooLarge',
};

/** The amount quantity × rate gives, in 分, or null while either is not a number yet. */
export function expectedAmountFen(
  values: Pick<LineFormValues, 'quantity' | 'rate'>,
): number | null {
  const quantity = parseQuantityCenti(values.quantity);
  const rate = parseYuanToFen(values.rate);
  return quantity.ok && rate.ok ? computeAmountFen(quantity.centi, rate.fen) : null;
}

export function emptyLineForm(previous?: Partial<LineFormValues>): LineFormValues {
  return {
    group: previous?.group ?? '',
    name: '',
    idNumber: '',
    account: '',
    quantity: '',
    rate: previous?.rate ?? '',
    amount: '',
    paidOn: previous?.paidOn ?? '',
    remark: '',
    adjusted: false,
    adjustReason: '',
  };
}

/** A saved line as the form shows it for editing. */
export function lineToForm(line: PayoutLine): LineFormValues {
  return {
    group: line.group,
    name: line.name,
    idNumber: line.idNumber,
    account: line.account,
    quantity: (line.quantityCenti / 100).toFixed(2),
    rate: formatFen(line.rateFen).replace(/,/g, ''),
    amount: formatFen(line.amountFen).replace(/,/g, ''),
    paidOn: line.paidOn ?? '',
    remark: line.remark,
    adjusted: line.adjusted,
    adjustReason: line.adjustReason,
  };
}

export function validateLineForm(
  values: LineFormValues,
  unit: string,
): { ok: true; value: LineInput } | { ok: false; errors: LineFormErrors } {
  const errors: LineFormErrors = {};
  const name = values.name.trim();
  if (name === '') errors.name = err('nameRequired');

  const id = validateIdNumber(values.idNumber);
  if (!id.ok) errors.idNumber = err(id.code === 'empty' ? 'idRequired' : ID_ERRORS[id.code]);

  let account = '';
  if (stripSpaces(values.account) !== '') {
    const result = validateBankAccount(values.account);
    if (result.ok) account = result.normalized;
    else if (result.code !== 'empty') errors.account = err(ACCOUNT_ERRORS[result.code]);
  }

  const quantity = parseQuantityCenti(values.quantity);
  if (!quantity.ok)
    errors.quantity = err(
      quantity.code === 'empty' ? 'quantityRequired' : DECIMAL_ERRORS[quantity.code],
    );
  const rate = parseYuanToFen(values.rate);
  if (!rate.ok)
    errors.rate = err(rate.code === 'empty' ? 'rateRequired' : DECIMAL_ERRORS[rate.code]);

  let amountFen: number | null = null;
  if (quantity.ok && rate.ok) {
    const expected = computeAmountFen(quantity.centi, rate.fen);
    const amount = parseYuanToFen(values.amount);
    if (!amount.ok && amount.code === 'empty') {
      // Left empty: the amount is what the rule says, so it can never be inconsistent.
      amountFen = expected;
    } else if (!amount.ok) {
      errors.amount = err(amount.code === 'empty' ? 'notANumber' : DECIMAL_ERRORS[amount.code]);
    } else if (!values.adjusted && !isAmountConsistent(quantity.centi, rate.fen, amount.fen)) {
      errors.amount = err('amountMismatch', { expected: formatFen(expected) });
    } else {
      amountFen = amount.fen;
    }
  }
  if (values.adjusted && values.adjustReason.trim() === '')
    errors.adjustReason = err('adjustReasonRequired');

  const paidOn = normalizeWidth(values.paidOn).trim();
  if (paidOn !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(paidOn)) errors.paidOn = err('paidOnFormat');

  if (Object.keys(errors).length > 0 || !id.ok || !quantity.ok || !rate.ok || amountFen === null)
    return { ok: false, errors };
  return {
    ok: true,
    value: {
      group: values.group.trim(),
      name,
      idNumber: id.normalized,
      account,
      quantityCenti: quantity.centi,
      unit,
      rateFen: rate.fen,
      amountFen,
      paidOn: paidOn === '' ? null : paidOn,
      remark: values.remark.trim(),
      adjusted: values.adjusted,
      adjustReason: values.adjusted ? values.adjustReason.trim() : '',
    },
  };
}
