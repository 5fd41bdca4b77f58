import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../../../site/catalog';
import { answerFinder } from '../../../../../features/finder/answer';
import { answerMarkup } from '../../../../../features/finder/answer-view';

/**
 * The finder's answer for each Windows entry with no .NET version ticked (`none`) or one, as
 * markup: a shared link fetches its answer here, far smaller than the finder's code and table,
 * and shows it before they arrive. Other choices are answered in the browser by the same renderer.
 */
export const getStaticPaths = (async () => {
  const { fixTables } = await loadCatalog();
  // Every bulletin's table lists the same Windows and .NET entries.
  const [entries] = fixTables;
  return entries.operatingSystems.flatMap((os) =>
    [undefined, ...entries.frameworks.map((f) => f.id)].map((framework) => {
      const frameworks = framework ? [framework] : [];
      return {
        params: { release: os.release, arch: os.architecture, choice: framework ?? 'none' },
        props: {
          markup: answerMarkup(
            answerFinder(fixTables, {
              release: os.release,
              architecture: os.architecture,
              frameworks,
            }),
            frameworks.length,
          ),
        },
      };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.markup), { headers: { 'content-type': 'application/json' } });
