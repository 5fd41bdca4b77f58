import { describe, expect, it } from 'vitest';
import * as actionRules from '../../../../../src/features/log-reader/rules/action-rules';
import * as customActionRules from '../../../../../src/features/log-reader/rules/custom-action-rules';
import * as dotnetSetupRules from '../../../../../src/features/log-reader/rules/dotnet-setup-rules';
import * as installerRules from '../../../../../src/features/log-reader/rules/installer-rules';
import * as patchRules from '../../../../../src/features/log-reader/rules/patch-rules';
import * as resultRules from '../../../../../src/features/log-reader/rules/result-rules';
import * as servicingRules from '../../../../../src/features/log-reader/rules/servicing-rules';
import { LINE_RULES } from '../../../../../src/features/log-reader/rules/table';
import * as updateExeRules from '../../../../../src/features/log-reader/rules/update-exe-rules';

const RULE_FILES = {
  actionRules,
  customActionRules,
  dotnetSetupRules,
  installerRules,
  patchRules,
  resultRules,
  servicingRules,
  updateExeRules,
};

describe('the table of line rules', () => {
  it('has a row for every rule the rule files export, and one only', () => {
    const written = Object.values(RULE_FILES).flatMap((file) => Object.values(file));
    expect(LINE_RULES).toHaveLength(written.length);
    expect(new Set(LINE_RULES)).toEqual(new Set(written));
  });
});
