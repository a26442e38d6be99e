import { useTranslation } from 'react-i18next';
import { divisionName } from '../../domain/divisions';

/** The official name of a division code, or the code itself in words when unknown. */
export function useDivisionName(code: string): string {
  const { t } = useTranslation();
  return divisionName(code) ?? t('division.unknown', { code });
}
