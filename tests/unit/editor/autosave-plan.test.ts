import { describe, expect, it } from 'vitest';
import { planAutosave } from '../../../src/core/editor/autosave-plan.ts';
import { createEditorState, editorReducer } from '../../../src/core/editor/editor-state.ts';
import { hasBeenEdited } from '../../../src/core/editor/history.ts';
import { makeRoute } from '../factories.ts';

describe('planAutosave', () => {
  const published = makeRoute({ title: 'Gepubliceerd' });

  it('stores nothing for a published route opened but not edited', () => {
    expect(planAutosave({ edited: false, route: published, published })).toBe('wait');
  });

  it('stores a changed published route', () => {
    const route = { ...published, title: 'Gewijzigd' };
    expect(planAutosave({ edited: true, route, published })).toBe('save');
  });

  it('drops the draft after undo back to the published route, so a reload does not bring the edit back', () => {
    const edited = editorReducer(createEditorState(published), {
      type: 'edit',
      edit: { type: 'updateRoute', patch: { title: 'Gewijzigd' } },
    });
    const undone = editorReducer(edited, { type: 'undo' });
    expect(hasBeenEdited(undone)).toBe(true);
    expect(planAutosave({ edited: hasBeenEdited(undone), route: undone.present, published })).toBe(
      'discard',
    );
  });

  it('drops the draft when the text typed back equals the published route', () => {
    const typedBack = { ...published, title: 'Gepubliceerd' };
    expect(planAutosave({ edited: true, route: typedBack, published })).toBe('discard');
  });

  it('saves a stored draft after undo back to how it was opened (the store may hold a later edit)', () => {
    const stored = makeRoute({ title: 'Mijn concept' });
    expect(planAutosave({ edited: true, route: stored })).toBe('save');
    expect(planAutosave({ edited: true, route: stored, published })).toBe('save');
  });

  it('leaves a stored draft alone until it is edited', () => {
    expect(planAutosave({ edited: false, route: makeRoute() })).toBe('wait');
  });
});
