/** Where the texts of a samenwerken page come from: every page credits its sources. */
import type { Source } from '../../core/samenwerken/content-schema.ts';

export function SourcesList({ sources, id }: { sources: readonly Source[]; id: string }) {
  return (
    <section aria-labelledby={id} className="sources">
      <h2 id={id}>Bronnen</h2>
      <p>
        De teksten op deze pagina zijn in eigen woorden geschreven door de redactie van Routekaart,
        op basis van:
      </p>
      <ul>
        {sources.map((source) => (
          <li key={source.title}>
            {source.url ? <a href={source.url}>{source.title}</a> : <cite>{source.title}</cite>},{' '}
            {source.publisher}.{source.note ? ` ${source.note}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
