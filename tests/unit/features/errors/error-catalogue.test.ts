import { describe, expect, it } from 'vitest';
import { buildErrorCatalogue } from '../../../../src/features/errors/error-catalogue';
import { loadContent } from '../../content-model/load-content';

const catalogue = buildErrorCatalogue(loadContent().errors.map((entry) => entry.data));

describe('buildErrorCatalogue', () => {
  it('keys 1935 by its decimal number, with its page', () => {
    expect(catalogue['1935']).toMatchObject({
      code: 1935,
      url: '/errors/1935/',
      title: 'Error 1935 in a setup log',
    });
  });

  it("keeps Microsoft's 1935 message with its [2]…[6] placeholders for the log reader", () => {
    expect(catalogue['1935']?.meanings.find((m) => m.kind === 'log-message')?.text).toBe(
      'An error occurred installing assembly [6]. HRESULT [3]. Assembly interface [4], function [5], component [2].',
    );
  });

  it('gives 1609 a log-message meaning that says its text is not restated, not a made-up one', () => {
    const text = catalogue['1609']?.meanings.find((m) => m.kind === 'log-message')?.text;
    expect(text).toContain('do not restate its text');
  });

  it('gives exit code 1618 its symbolic name', () => {
    expect(catalogue['1618']?.meanings[0]).toMatchObject({
      kind: 'exit-code',
      name: 'ERROR_INSTALL_ALREADY_RUNNING',
    });
  });

  it('has no entry for 1655', () => {
    expect(catalogue['1655']).toBeUndefined();
  });
});
