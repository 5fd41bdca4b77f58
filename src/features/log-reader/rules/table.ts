/**
 * Every line rule, in the order the analyser tries them: the first rule that claims a line is the
 * only one that reads it, so where two forms could match one line, the earlier row wins. Rules of
 * one form stay together and the specific cases come before the rule that claims the rest of the
 * form. A new form of line is one rule in the file of its kind and one row here.
 */
import {
  recordOtherActionEnd,
  findActionCancelled,
  findActionFailed,
  recordActionStart,
} from './action-rules';
import {
  claimDdsetExitSuccess,
  findCustomActionError,
  findDdsetError,
  findDdsetExitFailure,
  findIgnoredCustomAction,
} from './custom-action-rules';
import {
  claimOtherDotnetSetupLine,
  findComponentFailed,
  findSetupErrorlog,
} from './dotnet-setup-rules';
import {
  claimOtherInstallerMessage,
  findFileInUse,
  findInstallerError,
  claimInstallerNote,
  findInternalError,
} from './installer-rules';
import type { LineRule } from './line-rule';
import { findMissingLocalPatch, findResolvingPatchSource } from './patch-rules';
import {
  endOnEngineReturn,
  endOnInstallationStatus,
  endOnProductResult,
  findUpdateNotInstalled,
} from './result-rules';
import { findCbsFailure, findWindowsUpdateError } from './servicing-rules';
import {
  claimOtherUpdateExeLine,
  findUpdateExeExtended,
  findUpdateExeFailure,
  findUpdateExeMasked,
} from './update-exe-rules';

export const LINE_RULES: readonly LineRule[] = [
  recordActionStart,
  findActionFailed,
  findActionCancelled,
  recordOtherActionEnd,
  claimInstallerNote,
  endOnInstallationStatus,
  endOnProductResult,
  findUpdateNotInstalled,
  findFileInUse,
  findInstallerError,
  claimOtherInstallerMessage,
  findIgnoredCustomAction,
  findCustomActionError,
  findDdsetError,
  findDdsetExitFailure,
  claimDdsetExitSuccess,
  endOnEngineReturn,
  findMissingLocalPatch,
  findResolvingPatchSource,
  findInternalError,
  findUpdateExeMasked,
  findUpdateExeExtended,
  findUpdateExeFailure,
  claimOtherUpdateExeLine,
  findSetupErrorlog,
  findComponentFailed,
  claimOtherDotnetSetupLine,
  findCbsFailure,
  findWindowsUpdateError,
];
