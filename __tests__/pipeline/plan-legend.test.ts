import { planLegend } from '../../src/pipeline/preview-present.js';

describe('planLegend', () => {
  const inputs = { prune: false, confirmPrune: false };

  it('says the plans use the live cluster when every plan was built from it', () => {
    const text = planLegend(inputs, 'live');
    expect(text).toContain("Plans use the live cluster: create, update and prune are relative to what the app's destination holds now");
    expect(text).not.toContain('base revision');
  });

  it('says the base render stands in for live without cluster access', () => {
    const text = planLegend(inputs, 'base');
    expect(text).toContain("No cluster access: plans treat the base revision's render as what the last sync left live");
    expect(text).not.toContain('Plans use the live cluster');
  });

  it('names both sources when only some apps could be read from the cluster', () => {
    const text = planLegend(inputs, 'mixed');
    expect(text).toContain('Plans use the live cluster where it could be read');
    expect(text).toContain("for the other apps the base revision's render stands in");
  });

  it('keeps the prune rule after the source', () => {
    expect(planLegend({ prune: true, confirmPrune: true }, 'live')).toMatch(
      /holds now; prunes happen because the prune input is set; Prune=confirm objects are pruned because the confirm-prune input is set\.$/,
    );
    expect(planLegend(inputs, 'base')).toMatch(/relative to it; prunes are skipped unless the app's automated sync prunes \(or the prune input is set\)\.$/);
  });
});
