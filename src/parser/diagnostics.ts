import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Diagnostic } from '../schema/policy-document.ts';

/** The `source` of every message the parser reports, as `vfile-reporter` prints it. */
export const DIAGNOSTIC_SOURCE = 'styrdokument';

export type Severity = Diagnostic['severity'];

/**
 * Report a problem at a place in the source, as a vfile message with a rule id: `warning` for
 * doubt a person should look at, `info` for what the parser did that a reader may want to know,
 * `fatal` for input that cannot be parsed at all (the build stops).
 */
export function report(file: VFile, severity: Severity, ruleId: string, reason: string, line?: number, column?: number): VFileMessage {
  const place = line === undefined ? undefined : { line, column: column ?? 1 };
  const options = { ruleId, source: DIAGNOSTIC_SOURCE, ...(place ? { place } : {}) };
  const message = severity === 'info' ? file.info(reason, options) : file.message(reason, options);
  if (severity === 'fatal') message.fatal = true;
  return message;
}

export function toDiagnostics(file: VFile): Diagnostic[] {
  return file.messages.map((message) => ({
    severity: message.fatal === true ? 'fatal' : message.fatal === false ? 'warning' : 'info',
    message: message.reason,
    line: message.line ?? null,
    column: message.column ?? null,
    ruleId: message.ruleId ?? 'unknown',
  }));
}

export function hasFatal(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true);
}
