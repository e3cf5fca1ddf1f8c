import { describe, expect, it } from 'vitest';
import { feedbackMail } from '../../../src/core/mail/feedback-mail.ts';
import { mailtoHref } from '../../../src/core/mail/mailto.ts';
import { submissionMail } from '../../../src/core/mail/submission-mail.ts';
import { makeRoute } from '../factories.ts';

/** Reads a mailto link back the way a mail program does. */
function parse(href: string) {
  const url = new URL(href);
  return {
    protocol: url.protocol,
    to: decodeURIComponent(url.pathname),
    fields: [...url.searchParams.keys()],
    subject: url.searchParams.get('subject'),
    body: url.searchParams.get('body'),
    hash: url.hash,
  };
}

describe('mail links', () => {
  it('keep &, ?, # and = inside the subject and body', () => {
    const href = mailtoHref({
      to: 'zorg@school.example',
      subject: 'Route van Kind & Co? #1 = top',
      body: 'a&b=c?d#e',
    });
    expect(parse(href)).toEqual({
      protocol: 'mailto:',
      to: 'zorg@school.example',
      fields: ['subject', 'body'],
      subject: 'Route van Kind & Co? #1 = top',
      body: 'a&b=c?d#e',
      hash: '',
    });
    expect(href).not.toMatch(/[ #]|&(?!body=)/);
  });

  it('write line breaks as CRLF in the body and keep the subject on one line', () => {
    const href = mailtoHref({
      to: 'a@b.example',
      subject: 'een\ntwee\r\ndrie',
      body: 'regel 1\nregel 2\r\nregel 3',
    });
    expect(href).toContain('body=regel%201%0D%0Aregel%202%0D%0Aregel%203');
    expect(parse(href).subject).toBe('een twee drie');
    expect(href).not.toMatch(/%0D%0A.*&body=|subject=[^&]*%0A/);
  });

  it('encode an address that holds reserved characters', () => {
    expect(
      parse(mailtoHref({ to: 'zorg?cc=x@school.example', subject: '', body: '' })).fields,
    ).toEqual(['subject', 'body']);
  });
});

describe('the feedback mail', () => {
  it('names the page, the step and the date', () => {
    const mail = feedbackMail({
      to: 'zorg@school.example',
      pageTitle: 'Ondersteuningsroute De Regenboog',
      pageUrl: 'https://routekaart.example/school/de-regenboog#ib',
      step: 'Intern begeleider',
      today: '2026-12-02',
    });
    expect(mail.subject).toBe(
      'Klopt er iets niet? Intern begeleider in Ondersteuningsroute De Regenboog',
    );
    expect(mail.body).toContain('Adres: https://routekaart.example/school/de-regenboog#ib');
    expect(mail.body).toContain('Stap: Intern begeleider');
    expect(mail.body).toContain('Datum: 2 december 2026');
    expect(parse(mailtoHref(mail)).body).toContain(
      'Stap: Intern begeleider\r\nDatum: 2 december 2026',
    );
  });

  it('leaves the step out when the remark is about the whole page', () => {
    const mail = feedbackMail({
      to: 'a@b.example',
      pageTitle: 'MDO',
      pageUrl: '/begrippen/mdo',
      today: '2026-12-02',
    });
    expect(mail.body).not.toContain('Stap:');
  });
});

describe('the mail that sends a route to the beheerder', () => {
  it('names the school and the file to attach', () => {
    const route = makeRoute({
      kind: 'school',
      school: { name: 'Kind & Co', municipality: 'Voorbeeldstad' },
    });
    const mail = submissionMail('routekaart@swv.example', route, 'kind-co-voorbeeldstad.json');
    expect(mail.subject).toBe('Route voor Routekaart: Kind & Co');
    expect(mail.body).toContain('Kind & Co (Voorbeeldstad)');
    expect(mail.body).toMatch(
      /voeg het gedownloade bestand kind-co-voorbeeldstad\.json zelf toe als bijlage/,
    );
    expect(parse(mailtoHref(mail)).subject).toBe('Route voor Routekaart: Kind & Co');
  });
});
