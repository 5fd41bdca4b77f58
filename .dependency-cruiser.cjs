/**
 * The layers of the house, held by a tool rather than by memory (npm test runs it):
 *   src/content-model and src/identifiers  the ground floor: import no feature, frame or route
 *   src/features/* /client                  ships to the browser: no Node, build or content module
 *   tools/                                  Node-only: never imports the tests
 * and nowhere a cycle. .astro files are not read here; ESLint's no-restricted-imports covers them.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle means two modules cannot be understood, tested or moved apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'content-model-imports-no-feature',
      severity: 'error',
      comment: 'Schemas and collections are the truth every feature reads; they depend on none.',
      from: { path: '^src/(content-model|identifiers)/' },
      to: { path: '^src/(features|site|pages)/' },
    },
    {
      name: 'client-imports-no-build-module',
      severity: 'error',
      comment:
        'What ships to the browser cannot use Node, Astro build-time modules or the content loader.',
      from: { path: '^src/.*/client/' },
      to: {
        path: [
          '^astro:',
          '^node_modules/astro/',
          '^src/site/catalog',
          '^src/content-model/(collections|cross-entry-rules|entries)',
          '^tools/',
          '^tests/',
        ],
      },
    },
    {
      name: 'client-imports-no-node-builtin',
      severity: 'error',
      from: { path: '^src/.*/client/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'tools-import-no-tests',
      severity: 'error',
      comment: 'Tools run in CI and by hand; tests check them, never the other way round.',
      from: { path: '^tools/' },
      to: { path: '^tests/' },
    },
    {
      name: 'src-imports-no-tools-or-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tools|tests)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|dist-base|\\.astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.astro'] },
  },
};
