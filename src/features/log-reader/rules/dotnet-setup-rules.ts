/** The .NET Framework setup's own logs: `[03/12/09,10:23:45] Component: …` (reference §4.2). */
import { componentFailed, dotnetSetupLine, errorlogEvent } from '../line-rules';
import type { LineRule } from './line-rule';

/** `***ERRORLOG EVENT***`: Microsoft's advice is to search for it; it names the component that failed. */
export const findSetupErrorlog: LineRule = (line, account) => {
  const dotnet = dotnetSetupLine(line.raw);
  const errorlog = dotnet && errorlogEvent(dotnet.text);
  if (!dotnet || errorlog === null) return false;
  const component = componentFailed(errorlog);
  account.failureLine(
    account.finding('setup-errorlog', line, {
      subject: component?.component ?? dotnet.source,
      ...(component?.code != null ? { code: component.code } : {}),
    }),
  );
  return true;
};

export const findComponentFailed: LineRule = (line, account) => {
  const dotnet = dotnetSetupLine(line.raw);
  const component = dotnet && componentFailed(dotnet.text);
  if (!component) return false;
  account.failureLine(
    account.finding('component-failed', line, {
      subject: component.component,
      ...(component.code != null ? { code: component.code } : {}),
    }),
  );
  return true;
};

/** The setup's other lines are no other log's forms. */
export const claimOtherDotnetSetupLine: LineRule = (line) => dotnetSetupLine(line.raw) !== null;
