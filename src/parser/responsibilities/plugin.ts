import type { VFile } from 'vfile';
import '../file-data.ts';
import { extractResponsibilities } from './index.ts';

/** The unified plugin that reads who does what from the sections (`file.data.responsibilities`). */
export function policyResponsibilities() {
  return (_tree: unknown, file: VFile): void => {
    file.data.responsibilities = extractResponsibilities(file.data.sections ?? []);
  };
}
