/**
 * The font the chart's text is drawn in. src/layout/char-widths.ts estimates widths
 * from Arial/Helvetica metrics, so the drawing asks for those fonts first; the generic
 * fallback is about as wide or narrower, which the layout's safety margin covers.
 */
export const FONT_FAMILY = 'Arial, Helvetica, "Liberation Sans", sans-serif';
