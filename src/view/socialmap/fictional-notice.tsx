import type { Region } from '../../core/socialmap/social-map-schema.ts';

/** Every page of the social map says plainly that the region and its organisations are made up. */
export function FictionalNotice({ region }: { region: Pick<Region, 'fictional' | 'note'> }) {
  if (!region.fictional) return null;
  return (
    <p className="fictional-notice" role="note">
      <strong>Fictief voorbeeld.</strong> {region.note}
    </p>
  );
}
