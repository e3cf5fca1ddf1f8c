/**
 * A link that holds the whole draft (also an unfinished one) in its fragment: the route
 * never goes to a server. Opening it starts a new draft, next to any existing ones.
 * Once made, the link follows every later edit, so the link shown is always this draft.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { encodeShareFragment } from '../../../core/editor/share-link.ts';
import type { Route } from '../../../core/route/route-schema.ts';
import { ShareLinkField } from '../../components/share-link-field.tsx';
import { useEditorApi } from '../editor-context.ts';

export const SHARE_PAGE = '/bewerken/concept';

type Made = { route: Route; link: string } | { route: Route; message: string };

export function ShareSection() {
  const api = useEditorApi();
  const id = useId();
  const [wanted, setWanted] = useState(false);
  const [made, setMade] = useState<Made | null>(null);
  const route = api.route;
  // The button goes once the link is there: focus moves to the link, not to <body>.
  const linkField = useRef<HTMLInputElement>(null);
  const focusLink = useRef(false);

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    encodeShareFragment(route).then(
      (encoded) => {
        if (!current) return;
        setMade(
          encoded.ok
            ? { route, link: `${window.location.origin}${SHARE_PAGE}#${encoded.fragment}` }
            : { route, message: encoded.message },
        );
      },
      () => current && setMade({ route, message: 'De deellink kon niet worden gemaakt.' }),
    );
    return () => {
      current = false;
    };
  }, [wanted, route]);

  const upToDate = made !== null && made.route === route;
  const link = made && 'link' in made ? made.link : '';
  useEffect(() => {
    if (!link || !focusLink.current) return;
    focusLink.current = false;
    linkField.current?.focus();
  }, [link]);

  return (
    <section aria-labelledby={`${id}-titel`} className="panel-section">
      <h3 id={`${id}-titel`}>Delen met een link</h3>
      <p className="field-hint">
        De hele route staat in de link zelf; er wordt niets naar een server gestuurd. Wie de link
        opent, krijgt een eigen concept. De link past zich aan als je verder werkt.
      </p>
      {!wanted && (
        <button
          type="button"
          className="button"
          onClick={() => {
            focusLink.current = true;
            setWanted(true);
          }}
        >
          Deellink maken
        </button>
      )}
      {made && 'message' in made && (
        <p className="field-problem field-problem--error" role="alert">
          {made.message}
        </p>
      )}
      {link && <ShareLinkField link={link} updating={!upToDate} fieldRef={linkField} />}
    </section>
  );
}
