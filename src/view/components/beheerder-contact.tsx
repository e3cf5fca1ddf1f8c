import site from 'virtual:routekaart/site';

/**
 * Who runs this Routekaart and how to reach them, from content/site.json. A fictional
 * beheerder says so, as the example schools and region do.
 */
export function BeheerderContact() {
  const { organisation, email, phone, region, fictional } = site.beheerder;
  return (
    <>
      Deze Routekaart voor {region} wordt beheerd door {organisation}
      {fictional && ' (een verzonnen voorbeeld)'}. Mail naar <a href={`mailto:${email}`}>{email}</a>
      {phone && (
        <>
          {' '}
          of bel <a href={`tel:${phone.replace(/[^0-9+]/g, '')}`}>{phone}</a>
        </>
      )}
      .
    </>
  );
}
