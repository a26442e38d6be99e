import { getDatabase } from '../../data';
import type { Notice } from '../../domain/notice';
import { CorrectionLinks } from '../corrections/CorrectionLinks';
import { startNoticeCorrection } from './notice-commands';
import type { NoticeCorrectionLinks as Links } from './notice-queries';
import { noticeSaveErrorKey } from './save-error';

interface Props {
  notice: Notice;
  links: Links;
  /** a village cadre (or this device's local author before sign-in) */
  isCadre: boolean;
  authorId: string;
}

/** A notice's links to its corrections (更正): the new version starts as a linked draft. */
export function NoticeCorrectionLinks({ notice, links, isCadre, authorId }: Props) {
  return (
    <CorrectionLinks
      item={notice}
      corrected={links.corrected}
      correction={links.correction}
      texts="notices.correction"
      pathOf={(id) => `/village/${notice.villageCode}/notices/${id}`}
      titleOf={(version) => version.title}
      isCadre={isCadre}
      canStart
      startCorrection={async () =>
        (await startNoticeCorrection(getDatabase(), notice.id, authorId)).id
      }
      errorKeyOf={noticeSaveErrorKey}
    />
  );
}
