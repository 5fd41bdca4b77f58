/** What MDX content renders its elements with, the same on every page that shows content. */
import CodeBlock from './CodeBlock.astro';
import MdxH2 from './MdxH2.astro';
import MdxH3 from './MdxH3.astro';
import MdxLink from './MdxLink.astro';
import SiteReading from './SiteReading.astro';
import Unconfirmed from './Unconfirmed.astro';

// ESLint's TypeScript cannot read .astro modules (astro check types these lines).
/* eslint-disable @typescript-eslint/no-unsafe-assignment */
export const mdxComponents = {
  pre: CodeBlock,
  h2: MdxH2,
  h3: MdxH3,
  a: MdxLink,
  Unconfirmed,
  SiteReading,
};
/* eslint-enable @typescript-eslint/no-unsafe-assignment */
