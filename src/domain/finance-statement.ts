// The 财务收支 statement carried by a finance notice: income and expense lines in 分,
// with totals computed, never typed, so the published sums always match the lines.
import { z } from 'zod';
import { MAX_FEN } from './money';

export const statementLineSchema = z.object({
  id: z.string().min(1).max(40),
  label: z.string().max(200),
  amountFen: z.number().int().nonnegative().max(MAX_FEN),
});
export type StatementLine = z.infer<typeof statementLineSchema>;

export const financeStatementSchema = z.object({
  income: z.array(statementLineSchema).max(200),
  expense: z.array(statementLineSchema).max(200),
});
export type FinanceStatement = z.infer<typeof financeStatementSchema>;

export interface StatementTotals {
  incomeFen: number;
  expenseFen: number;
  /** income minus expense; negative when the period spent more than it took in */
  balanceFen: number;
}

export function statementTotals(statement: FinanceStatement): StatementTotals {
  const sum = (lines: StatementLine[]) => lines.reduce((total, l) => total + l.amountFen, 0);
  const incomeFen = sum(statement.income);
  const expenseFen = sum(statement.expense);
  return { incomeFen, expenseFen, balanceFen: incomeFen - expenseFen };
}
