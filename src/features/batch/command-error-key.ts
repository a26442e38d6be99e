// Maps a failed local write on the batch screen to the sentence the person reads: a rule
// the device checked (the batch was submitted meanwhile, the line is gone) or a storage
// failure (full disk, another tab upgrading).
import { CommandError, toStorageError } from '../../data/storage-errors';
import { saveErrorKey, type SaveErrorKey } from '../village/save-error-key';

export type CommandErrorKey = SaveErrorKey | `errors.${CommandError['code']}`;

export function commandErrorKey(error: unknown): CommandErrorKey {
  if (error instanceof CommandError) return `errors.${error.code}`;
  return saveErrorKey(toStorageError(error));
}
