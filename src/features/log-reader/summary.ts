/**
 * Turns an analysis into what a person reads: a summary first (what failed, where, the likely
 * cause, what to do, with links), then each finding with its line, context and linked codes.
 * Every cause and fix stated here comes from the reference (shared/reference/: the notes on
 * Windows Installer errors and logs, and the first bulletin's facts) with its source named; where
 * none applies, the summary says so. Each
 * section of the report is built by its own module under summary/.
 */
import type { LogAnalysis } from './analyse';
import type { CodeCatalogue } from './code-catalogue';
import type { DetectedEncoding } from './decode';
import { aboutTheLog } from './summary/about';
import { causes } from './summary/causes';
import { leftOut, reportFindings } from './summary/findings';
import { headline } from './summary/headline';
import type { Report } from './summary/report';
import { todo } from './summary/todo';
import { unreadableReport } from './summary/unreadable';
import { whatFailed } from './summary/what-failed';

export interface SummaryInput {
  analysis: LogAnalysis;
  /** Absent for pasted text. */
  encoding?: DetectedEncoding;
  /** The file ends in half a character, which the decoder dropped. */
  endsMidCharacter?: boolean;
  catalogue: CodeCatalogue;
  fileName?: string;
}

export function summarise({
  analysis,
  encoding,
  endsMidCharacter,
  catalogue,
  fileName,
}: SummaryInput): Report {
  if (analysis.binary) return unreadableReport('binary', fileName);
  if (analysis.lineCount === 0) return unreadableReport('empty', fileName);
  return {
    outcome: analysis.outcome,
    headline: headline(analysis),
    about: aboutTheLog(analysis, encoding, endsMidCharacter),
    whatFailed: whatFailed(analysis, catalogue),
    causes: causes(analysis, catalogue),
    todo: todo(analysis, catalogue),
    findings: reportFindings(analysis, catalogue),
    leftOut: leftOut(analysis),
  };
}
