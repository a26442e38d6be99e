import { describe, expect, it } from 'vitest';
import { validateBatchForm, type BatchFormValues } from './batch-form-validation';

const valid: BatchFormValues = { year: '2025', item: 'item', unit: 'unit', rateText: ' 112.5 ' };

describe('validateBatchForm', () => {
  it.each([
    ['empty year', { year: '  ' }, { year: 'batch.validation.yearRequired' }],
    ['year with letters', { year: '20x5' }, { year: 'batch.validation.yearRange' }],
    ['year too early', { year: '1999' }, { year: 'batch.validation.yearRange' }],
    ['year too late', { year: '2101' }, { year: 'batch.validation.yearRange' }],
    ['empty item', { item: ' ' }, { item: 'batch.validation.itemRequired' }],
    ['empty unit', { unit: '' }, { unit: 'batch.validation.unitRequired' }],
    [
      'everything empty',
      { year: '', item: '', unit: '', rateText: '' },
      {
        year: 'batch.validation.yearRequired',
        item: 'batch.validation.itemRequired',
        unit: 'batch.validation.unitRequired',
      },
    ],
  ])('refuses %s', (_name, change, errors) => {
    expect(validateBatchForm({ ...valid, ...change })).toEqual({ ok: false, errors });
  });

  it('accepts full-width digits and trims the text fields', () => {
    expect(validateBatchForm({ ...valid, year: '\uff12\uff10\uff12\uff15', item: ' a ' })).toEqual({
      ok: true,
      value: { year: 2025, item: 'a', unit: 'unit', rateText: '112.5' },
    });
  });
});
