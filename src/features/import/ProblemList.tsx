// Every problem of the sheet, grouped by row, each naming its column as the spreadsheet
// does ("第 7 行 · G 列“补贴金额（元）”"), so the cadre can find and fix it in Excel.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../domain/import/import-types';
import { columnLetter } from './column-letter';

function groupByRow(problems: readonly ImportProblem[]): [number, ImportProblem[]][] {
  const byRow = new Map<number, ImportProblem[]>();
  for (const problem of problems) {
    const list = byRow.get(problem.row);
    if (list) list.push(problem);
    else byRow.set(problem.row, [problem]);
  }
  return [...byRow.entries()].sort((a, b) => a[0] - b[0]);
}

export function ProblemList({
  problems,
  headers,
}: {
  problems: readonly ImportProblem[];
  headers: readonly string[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{t('import.preview.problemsHeading', { count: problems.length })}</h4>
      <ul className="import-problems">
        {groupByRow(problems).map(([row, rowProblems]) => (
          <li key={row}>
            <strong>{t('import.preview.rowLabel', { row })}</strong>
            <ul>
              {rowProblems.map((problem, index) => (
                <li key={`${problem.code}-${index}`}>
                  {problem.column === null
                    ? t(`import.problems.${problem.code}`, problem.params ?? {})
                    : t('import.preview.problemInColumn', {
                        column: t('import.preview.columnLabel', {
                          letter: columnLetter(problem.column),
                          header: headers[problem.column] ?? '',
                        }),
                        message: t(`import.problems.${problem.code}`, problem.params ?? {}),
                      })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
