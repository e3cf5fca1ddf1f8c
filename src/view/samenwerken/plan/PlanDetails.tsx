/** The form's head: the practice, gemeente, date, the network's contact, and who filled it in. */
import { WorkTextField } from '../work/fields.tsx';
import { usePendingFocus } from '../work/use-pending-focus.ts';
import type { PlanApi } from './plan-api.ts';

export function PlanDetails({ work }: { work: PlanApi }) {
  const plan = work.value;
  const focus = usePendingFocus();
  const detail = (key: 'practice' | 'municipality' | 'date' | 'contact') => ({
    onChange: (value: string) =>
      work.edit(
        {
          type: 'updateDetails',
          patch: { [key]: key === 'practice' ? value : value || undefined },
        },
        `/${key}`,
      ),
    onBlur: work.mark,
  });
  return (
    <section aria-labelledby="plan-gegevens" className="plan-part">
      <h2 id="plan-gegevens" tabIndex={-1}>
        Gegevens
      </h2>
      <WorkTextField
        label="Naam van de lerende praktijk of het team"
        hint="Bijvoorbeeld: Basisschool De Linde met wijkteam Noord."
        value={plan.practice}
        maxLength={200}
        {...detail('practice')}
      />
      <div className="field-pair">
        <WorkTextField
          label="Gemeente"
          required={false}
          value={plan.municipality ?? ''}
          maxLength={120}
          {...detail('municipality')}
        />
        <WorkTextField
          label="Datum"
          type="date"
          required={false}
          value={plan.date ?? ''}
          {...detail('date')}
        />
      </div>
      <WorkTextField
        label="Contactpersoon van het netwerk"
        required={false}
        hint="Bijvoorbeeld de adviseur die jullie begeleidt. Een functie is genoeg."
        value={plan.contact ?? ''}
        maxLength={200}
        {...detail('contact')}
      />
      <fieldset className="people">
        <legend>Ingevuld door</legend>
        <p className="field-hint">
          Functies zijn genoeg. Namen zijn niet nodig; vul je ze toch in, dan staan ze ook in het
          bestand, in de deellink en op papier.
        </p>
        {plan.filledBy.length === 0 && <p>Nog niemand toegevoegd.</p>}
        <ul className="people-list">
          {plan.filledBy.map((person, index) => (
            <li key={index} className="person">
              <WorkTextField
                id={`persoon-${index}-functie`}
                label={`Functie ${index + 1}`}
                value={person.role}
                maxLength={120}
                onChange={(role) =>
                  work.edit(
                    { type: 'updatePerson', index, patch: { role } },
                    `/filledBy/${index}/role`,
                  )
                }
                onBlur={work.mark}
              />
              <WorkTextField
                label={`Naam ${index + 1}`}
                required={false}
                value={person.name ?? ''}
                maxLength={120}
                onChange={(name) =>
                  work.edit(
                    { type: 'updatePerson', index, patch: { name: name || undefined } },
                    `/filledBy/${index}/name`,
                  )
                }
                onBlur={work.mark}
              />
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  work.mark();
                  work.edit({ type: 'removePerson', index });
                  work.announce(`Functie ${index + 1} verwijderd.`);
                  focus('persoon-toevoegen');
                }}
              >
                Verwijderen<span className="visually-hidden">: functie {index + 1}</span>
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          id="persoon-toevoegen"
          className="button"
          onClick={() => {
            work.mark();
            work.edit({ type: 'addPerson' });
            focus(`persoon-${plan.filledBy.length}-functie`);
          }}
        >
          Functie toevoegen
        </button>
      </fieldset>
    </section>
  );
}
