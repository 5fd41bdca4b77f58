import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { inlineScript } from '../../../src/site/inline-script';

const SOURCE = `
  // A comment that a visitor never needs.
  (function () {
    var greeting = 'hello';
    result = greeting + ' world';
  })();
`;

describe('inlineScript', () => {
  it('ships fewer bytes than the readable source', () => {
    expect(inlineScript(SOURCE).code.length).toBeLessThan(SOURCE.length / 2);
  });

  it('keeps what the script does', () => {
    const context: { result?: string } = {};
    runInNewContext(inlineScript(SOURCE).code, context);
    expect(context.result).toBe('hello world');
  });

  it('drops comments, which only the source needs', () => {
    expect(inlineScript(SOURCE).code).not.toContain('visitor');
  });

  it('gives the CSP the SHA-256 of exactly the code the page carries', () => {
    const { code, hash } = inlineScript(SOURCE);
    expect(hash).toBe(`sha256-${createHash('sha256').update(code).digest('base64')}`);
  });
});
