/**
 * "Stuur naar de beheerder": for a school without git. One link does both halves: it
 * downloads the route file and opens an e-mail to the beheerder (content/site.json) with the
 * subject and body filled in. A mailto link cannot carry a file, so the text says to attach it.
 */
import site from 'virtual:routekaart/site';
import { type MouseEvent, useId } from 'react';
import { todayIso } from '../../../core/dates.ts';
import { blocksPublishing, checkDraft } from '../../../core/editor/check-draft.ts';
import { routeFileName, routeFileText } from '../../../core/editor/route-file.ts';
import { mailtoHref } from '../../../core/mail/mailto.ts';
import { submissionMail } from '../../../core/mail/submission-mail.ts';
import { useEditorApi } from '../editor-context.ts';
import { optionsToRefs } from '../editor-options.ts';
import { downloadText } from '../export/download.ts';
import { countProblems, countsText } from '../problem-counts.ts';

export function SendSection({ publishedSlug }: { publishedSlug?: string }) {
  const api = useEditorApi();
  const id = useId();
  const { organisation, email } = site.beheerder;
  const fileName = routeFileName(api.route, publishedSlug);
  const href = mailtoHref(submissionMail(email, api.route, fileName));
  const blocked = countsText(countProblems(api.problems), false) !== '';

  const send = (event: MouseEvent<HTMLAnchorElement>) => {
    // The list may lag a keystroke behind (it is checked in a deferred render): check now.
    const now = checkDraft(api.route, optionsToRefs(api.options), todayIso());
    if (now.some(blocksPublishing)) {
      event.preventDefault();
      api.showTab('controle');
      api.announce(`Versturen kan nog niet: ${countsText(countProblems(now), false)}.`);
      return;
    }
    // The link itself then opens the e-mail.
    downloadText(routeFileText(api.route), fileName, 'application/json');
  };

  return (
    <section aria-labelledby={`${id}-titel`} className="panel-section">
      <h3 id={`${id}-titel`}>Stuur naar de beheerder</h3>
      <p className="field-hint" id={`${id}-uitleg`}>
        Het routebestand {fileName} wordt gedownload en je e-mailprogramma opent een e-mail aan{' '}
        {organisation} ({email}), met onderwerp en tekst al ingevuld. Voeg het bestand als bijlage
        toe, schrijf erbij wat er veranderd is en verstuur de e-mail.
      </p>
      <p>
        <a
          className="button"
          href={href}
          onClick={send}
          aria-disabled={blocked || undefined}
          aria-describedby={`${id}-uitleg`}
        >
          Stuur naar de beheerder
        </a>
      </p>
    </section>
  );
}
