/** Part 3 of the form: what the plan leaves out, its risks, and what it needs. */
import { WorkTextField } from '../work/fields.tsx';
import type { PlanApi } from './plan-api.ts';
import { SCOPE_PARTS } from './plan-words.ts';

export function PlanScope({ work }: { work: PlanApi }) {
  return (
    <section aria-labelledby="plan-afbakening" className="plan-part">
      <h2 id="plan-afbakening">3. Afbakening, haalbaarheid en randvoorwaarden</h2>
      {(['afbakening', 'haalbaarheid', 'randvoorwaarden'] as const).map((key) => (
        <WorkTextField
          key={key}
          label={SCOPE_PARTS[key].label}
          hint={SCOPE_PARTS[key].question}
          required={false}
          multiline
          rows={3}
          maxLength={2000}
          value={work.value.scope[key] ?? ''}
          onChange={(value) =>
            work.edit({ type: 'updateScope', patch: { [key]: value } }, `/scope/${key}`)
          }
          onBlur={work.mark}
        />
      ))}
    </section>
  );
}
