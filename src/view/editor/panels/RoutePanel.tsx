/** The route's own fields: what it is, for which school, and who keeps it current. */
import { useEditorApi } from '../editor-context.ts';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { CONTEXT_OPTIONS, ROUTE_KIND_OPTIONS, SECTOR_OPTIONS } from '../kind-options.ts';
import type { RouteKind, Sector, GlossaryContext } from '../../../core/route/route-schema.ts';

export function RoutePanel() {
  const { route } = useEditorApi();
  const school = route.school;
  return (
    <div className="panel-fields">
      <SelectField
        pointer="/kind"
        label="Soort route"
        value={route.kind}
        options={ROUTE_KIND_OPTIONS}
        toEdit={(kind) => ({
          type: 'updateRoute',
          patch: { kind: (kind ?? 'school') as RouteKind },
        })}
      />
      <TextField
        pointer="/title"
        label="Titel"
        required
        value={route.title}
        toEdit={(title) => ({ type: 'updateRoute', patch: { title: title ?? '' } })}
      />
      <TextField
        pointer="/summary"
        label="Samenvatting"
        multiline
        hint="Eén alinea, hoogstens 600 tekens."
        value={route.summary}
        toEdit={(summary) => ({ type: 'updateRoute', patch: { summary } })}
      />
      <SelectField
        pointer="/sector"
        label="Onderwijssoort"
        value={route.sector}
        options={SECTOR_OPTIONS}
        emptyLabel="(geen: alleen bij een zorgroute)"
        toEdit={(sector) => ({
          type: 'updateRoute',
          patch: { sector: sector as Sector | undefined },
        })}
      />
      <SelectField
        pointer="/context"
        label="Begrippen lezen in de context van"
        value={route.context}
        options={CONTEXT_OPTIONS}
        emptyLabel="(standaard: onderwijs, of ggz bij een zorgroute)"
        toEdit={(context) => ({
          type: 'updateRoute',
          patch: { context: context as GlossaryContext | undefined },
        })}
      />
      {(route.kind === 'school' || school) && (
        <fieldset>
          <legend>School</legend>
          <TextField
            pointer="/school/name"
            label="Naam van de school"
            required
            autoComplete="organization"
            value={school?.name}
            toEdit={(name) => ({ type: 'updateSchool', patch: { name: name ?? '' } })}
          />
          <TextField
            pointer="/school/municipality"
            label="Gemeente"
            required
            value={school?.municipality}
            toEdit={(municipality) => ({
              type: 'updateSchool',
              patch: { municipality: municipality ?? '' },
            })}
          />
          <TextField
            pointer="/school/brin"
            label="BRIN-code"
            hint="4 tekens (bijv. 12AB), of 6 met het vestigingsnummer."
            value={school?.brin}
            toEdit={(brin) => ({ type: 'updateSchool', patch: { brin } })}
          />
          <TextField
            pointer="/school/website"
            label="Website"
            type="url"
            value={school?.website}
            toEdit={(website) => ({ type: 'updateSchool', patch: { website } })}
          />
          <TextField
            pointer="/school/samenwerkingsverband"
            label="Samenwerkingsverband"
            value={school?.samenwerkingsverband}
            toEdit={(samenwerkingsverband) => ({
              type: 'updateSchool',
              patch: { samenwerkingsverband },
            })}
          />
        </fieldset>
      )}
      <TextField
        pointer="/verified"
        label="Gecontroleerd op"
        type="date"
        required
        value={route.verified}
        toEdit={(verified) => ({ type: 'updateRoute', patch: { verified: verified ?? '' } })}
      />
      <TextField
        pointer="/maintainer"
        label="Bijgehouden door (een rol, geen naam)"
        required
        hint="Bijvoorbeeld: zorgcoördinator. Nooit de naam van een persoon."
        value={route.maintainer}
        toEdit={(maintainer) => ({ type: 'updateRoute', patch: { maintainer: maintainer ?? '' } })}
      />
      <TextField
        pointer="/maintainerEmail"
        label="E-mailadres voor opmerkingen (functieadres)"
        type="email"
        hint="Lezers die een fout zien, mailen hierheen. Bijvoorbeeld zorg@school.nl, nooit een persoonlijk adres. Leeg: de beheerder van Routekaart."
        value={route.maintainerEmail}
        toEdit={(maintainerEmail) => ({ type: 'updateRoute', patch: { maintainerEmail } })}
      />
    </div>
  );
}
