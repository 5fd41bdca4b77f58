/**
 * Lines that state how a product, an update or the whole run ended: the last of them says how
 * the log ended when no action failed.
 */
import { outcomeOfCode } from '../finding';
import { engineReturn, installationStatus, productResult, updateNotInstalled } from '../line-rules';
import type { LineRule } from './line-rule';

export const endOnInstallationStatus: LineRule = (line, account) => {
  const status = installationStatus(line.message);
  if (status === null) return false;
  account.end(
    account.finding('installation-status', line, { code: status }),
    outcomeOfCode(status),
  );
  return true;
};

export const endOnProductResult: LineRule = (line, account) => {
  const product = productResult(line.message);
  if (!product) return false;
  account.end(
    account.finding('product-result', line, {
      subject: product.product,
      outcome: product.outcome,
    }),
    product.outcome,
  );
  return true;
};

export const endOnEngineReturn: LineRule = (line, account) => {
  const code = engineReturn(line.message);
  if (code === null) return false;
  account.end(account.finding('engine-return', line, { code }), outcomeOfCode(code));
  return true;
};

/** Event 1023's text: an update failed, though the log may not say where. */
export const findUpdateNotInstalled: LineRule = (line, account) => {
  const notInstalled = updateNotInstalled(line.message);
  if (!notInstalled) return false;
  account.failureLine(
    account.finding('update-not-installed', line, {
      subject: notInstalled.update,
      code: notInstalled.code,
    }),
  );
  return true;
};
