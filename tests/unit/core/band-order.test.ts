import { describe, expect, it } from 'vitest';
import { groupsInFlowOrder } from '../../../src/core/route/band-order.ts';

const groups = ['eerste', 'tweede', 'buiten', 'wettelijk'].map((id) => ({ id }));
const nodes = [
  { id: 'mentor', group: 'eerste' },
  { id: 'zat', group: 'tweede' },
  { id: 'veilig-thuis', group: 'buiten' },
  { id: 'huisarts', group: 'buiten' },
  { id: 'meldcode', group: 'wettelijk' },
];

describe('the order of the bands', () => {
  it('keeps the file order when the flow goes down it', () => {
    const edges = [
      { from: 'mentor', to: 'zat' },
      { from: 'zat', to: 'huisarts' },
    ];
    expect(groupsInFlowOrder(groups, nodes, edges)).toEqual([
      'eerste',
      'tweede',
      'buiten',
      'wettelijk',
    ]);
  });

  it('puts a group that only hands over to the group above it higher, so no arrow climbs', () => {
    const edges = [
      { from: 'mentor', to: 'meldcode' },
      { from: 'meldcode', to: 'veilig-thuis' },
    ];
    expect(groupsInFlowOrder(groups, nodes, edges)).toEqual([
      'eerste',
      'tweede',
      'wettelijk',
      'buiten',
    ]);
  });

  it('keeps two groups that hand over both ways in file order', () => {
    const edges = [
      { from: 'meldcode', to: 'veilig-thuis' },
      { from: 'huisarts', to: 'meldcode' },
    ];
    expect(groupsInFlowOrder(groups, nodes, edges).slice(2)).toEqual(['buiten', 'wettelijk']);
  });
});
