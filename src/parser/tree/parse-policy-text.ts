import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.ts';
import '../file-data.ts';
import { normaliseLines, type SourceLine } from '../lines.ts';
import { removeNoise } from '../noise/index.ts';
import { parseBlocks } from './parse-blocks.ts';

/**
 * A unified parser plugin for steering documents as they arrive: plain text with a little
 * Markdown. The file's text is read line by line (`normaliseLines`), its noise removed and
 * recorded (`removeNoise`; the results in `file.data.sourceLines`, `.noise` and `.removed`), and
 * the lines left are parsed into blocks (`parseBlocks`).
 */
export function parsePolicyText(this: Processor): void {
  this.parser = (document, file) => {
    const source = normaliseLines(document);
    reportNormalisation(file, source);
    const noise = removeNoise(source);
    file.data.sourceLines = source;
    file.data.noise = noise;
    file.data.removed = [...noise.removed];
    return parseBlocks(noise.lines);
  };
}

function reportNormalisation(file: VFile, source: readonly SourceLine[]): void {
  for (const line of source) {
    if (line.htmlTags.length > 0) {
      report(
        file,
        'info',
        'html-tag',
        `HTML-taggar reducerades till text: ${line.htmlTags.slice(0, 3).join(' ')}${line.htmlTags.length > 3 ? ' …' : ''}`,
        line.line,
        1,
      );
    }
    if (line.controlsRemoved > 0) {
      report(
        file,
        'warning',
        'invisible-characters',
        `${line.controlsRemoved} osynliga styrtecken (nollbreddstecken eller riktningsmarkeringar) togs bort.`,
        line.line,
        1,
      );
    }
  }
}
