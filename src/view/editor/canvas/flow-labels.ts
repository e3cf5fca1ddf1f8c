/** React Flow's own texts for screen readers and controls, in Dutch (its ariaLabelConfig). */
import type { AriaLabelConfig } from '@xyflow/react';

export const DUTCH_FLOW_LABELS: Partial<AriaLabelConfig> = {
  'node.a11yDescription.default':
    'Druk op Enter of spatie om deze stap te kiezen en te bewerken. Delete verwijdert hem (na een vraag), Escape heft de keuze op.',
  'node.a11yDescription.keyboardDisabled':
    'Druk op Enter of spatie om deze stap te kiezen en te bewerken. Delete verwijdert hem (na een vraag), Escape heft de keuze op.',
  'node.a11yDescription.ariaLiveMessage': ({ direction }) => `Stap verschoven naar ${direction}.`,
  'edge.a11yDescription.default': 'Druk op Enter of spatie om deze verbinding te kiezen.',
  'controls.ariaLabel': 'Zoomknoppen',
  'controls.zoomIn.ariaLabel': 'Inzoomen',
  'controls.zoomOut.ariaLabel': 'Uitzoomen',
  'controls.fitView.ariaLabel': 'Passend maken',
  'controls.interactive.ariaLabel': 'Interactie aan of uit',
  'minimap.ariaLabel': 'Overzichtskaart',
  'handle.ariaLabel': 'Verbindingspunt: sleep naar een andere stap om te verbinden',
};
