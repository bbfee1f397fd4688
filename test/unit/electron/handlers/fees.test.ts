// Loan-service, fee and school-council handlers: loan.update merges, fees.update replaces the top-level fields it gets (payment shares must add up to 100 %), decisions.record freezes the current fee policy at the injected clock, decisions.update leaves the snapshot alone, decisions.delete, and undo of each.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../shared/contract.ts';
import { exampleFees, exampleLoanService } from '../../../../shared/example/fees.ts';
import { openTestBackend, type TestBackend } from '../../../builders/backend.ts';

const EXAMPLE_ID = '00000000-0000-4000-8000-000000000001';
/** In 2026-2027, the school year the example's council decision is for. */
const NOW = '2026-11-23T10:00:00.000Z';

const meeting: ChannelInput<'decisions.record'>['decision'] = {
  schoolYear: '2026-2027',
  meetingDate: '2026-11-20',
  present: { parents: 3, staff: 4, community: 2, pupils: 2 },
  outcome: 'amended',
  votes: { for: 9, against: 0, abstain: 2 },
  motivation: 'De huur voor de volgende jaren gaat naar 55 euro: de herstellingen kosten meer dan gedacht.',
};

describe('fee handlers', () => {
  let backend: TestBackend;
  beforeEach(() => {
    backend = openTestBackend();
    backend.clock.set(NOW);
  });
  afterEach(() => {
    backend.dispose();
  });

  const plan = () => backend.store.getPlan(EXAMPLE_ID);
  const ruleIds = async () => (await backend.call('plans.get', { planId: EXAMPLE_ID })).findings.map((f) => f.ruleId);

  it('starts from the example plan, which the fee rules do not object to', async () => {
    expect(plan().loan).toEqual(exampleLoanService());
    expect(plan().fees).toEqual(exampleFees());
    expect((await ruleIds()).filter((id) => id.startsWith('fees.'))).toEqual([]);
  });

  describe('loan.update', () => {
    it('merges the fields given and keeps the others', async () => {
      const before = plan().loan;
      const state = await backend.call('loan.update', { planId: EXAMPLE_ID, patch: { takeHome: false, users: { s3: 120, s4: 100 } } });
      expect(state.plan.loan).toEqual({ ...before, takeHome: false, users: { s3: 120, s4: 100 } });
      expect(plan().loan).toEqual(state.plan.loan);
      expect(state.undo.undoLabelKey).toBe('undo.editLoanService');
    });

    it('returns the findings the change causes', async () => {
      const state = await backend.call('loan.update', { planId: EXAMPLE_ID, patch: { offered: false } });
      expect(state.findings).toContainEqual(expect.objectContaining({ ruleId: 'fees.loan-service-required', field: 'loan.offered', severity: 'blocking' }));
      const fixed = await backend.call('loan.update', { planId: EXAMPLE_ID, patch: { offered: true } });
      expect(fixed.findings.map((f) => f.ruleId)).not.toContain('fees.loan-service-required');
    });

    it('refuses unknown fields, negative counts and unknown grades, storing nothing', async () => {
      const before = plan().loan;
      for (const patch of [{ colour: 'blue' }, { users: { s3: -1 } }, { grades: ['s9'] }, { onDamage: 'x'.repeat(1001) }]) {
        expect((await backend.fail('loan.update', { planId: EXAMPLE_ID, patch })).code).toBe('INVALID_INPUT');
      }
      expect(plan().loan).toEqual(before);
    });

    it('is undone in one step', async () => {
      const before = plan().loan;
      await backend.call('loan.update', { planId: EXAMPLE_ID, patch: { purchaseThroughSchoolRequired: true, minimumSpecs: '' } });
      await backend.call('undo.undo', { scope: EXAMPLE_ID });
      expect(plan().loan).toEqual(before);
    });
  });

  describe('fees.update', () => {
    it('replaces the top-level fields given whole and keeps the others', async () => {
      const before = plan().fees;
      const lines = [{ ...before.lines[0]!, amountCents: 8_000 }];
      const state = await backend.call('fees.update', { planId: EXAMPLE_ID, patch: { lines, monthsPerSchoolYear: 9 } });
      expect(state.plan.fees).toEqual({ ...before, lines, monthsPerSchoolYear: 9 });
      expect(plan().fees.damageCharges).toEqual(before.damageCharges);
      expect(state.undo.undoLabelKey).toBe('undo.editFees');
    });

    it('blocks a rent above the cost basis and clears the block with a motivation', async () => {
      const lines = plan().fees.lines.map((line) => (line.id === 'fee-rent-first' ? { ...line, amountCents: 12_000 } : line));
      const raised = await backend.call('fees.update', { planId: EXAMPLE_ID, patch: { lines } });
      expect(raised.findings).toContainEqual(expect.objectContaining({ ruleId: 'fees.above-cost-basis', field: 'fees.lines.fee-rent-first.amountCents' }));
      const motivated = lines.map((line) => (line.id === 'fee-rent-first' ? { ...line, motivation: 'Toestel met pen voor de richting Grafische media.' } : line));
      const state = await backend.call('fees.update', { planId: EXAMPLE_ID, patch: { lines: motivated } });
      expect(state.findings.filter((f) => f.severity === 'blocking' && f.step === 'fees')).toEqual([]);
    });

    it('refuses payment shares that do not add up to 100 %, storing nothing', async () => {
      const before = plan().fees;
      const payment = { ...before.payment, moments: [{ ...before.payment.moments[0]!, shareBasisPoints: 6_000 }, before.payment.moments[1]!] };
      const error = await backend.fail('fees.update', { planId: EXAMPLE_ID, patch: { payment, monthsPerSchoolYear: 9 } });
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.details?.issues).toContainEqual(expect.objectContaining({ messageKey: 'validation.sharesNotWhole', path: expect.arrayContaining(['payment', 'moments']) as unknown }));
      expect(plan().fees).toEqual(before);
      expect((await backend.call('undo.state', { scope: EXAMPLE_ID })).undoLabelKey).toBeNull();
    });

    it('accepts shares that add up to exactly 100 % in three moments', async () => {
      const moments = [
        { id: 'm1', label: 'September', shareBasisPoints: 3_334 },
        { id: 'm2', label: 'Januari', shareBasisPoints: 3_333 },
        { id: 'm3', label: 'April', shareBasisPoints: 3_333 },
      ];
      const state = await backend.call('fees.update', { planId: EXAMPLE_ID, patch: { payment: { ...plan().fees.payment, moments } } });
      expect(state.plan.fees.payment.moments).toEqual(moments);
    });

    it('refuses a line without grades or a negative amount, storing nothing', async () => {
      const before = plan().fees;
      for (const change of [{ grades: [] }, { amountCents: -100 }, { amountCents: 12.5 }, { kind: 'gift' }]) {
        const lines = [{ ...before.lines[0]!, ...change }];
        expect((await backend.fail('fees.update', { planId: EXAMPLE_ID, patch: { lines } })).code).toBe('INVALID_INPUT');
      }
      expect(plan().fees).toEqual(before);
    });

    it('is undone in one step', async () => {
      const before = plan().fees;
      await backend.call('fees.update', { planId: EXAMPLE_ID, patch: { damageCharges: [], corrections: [] } });
      await backend.call('undo.undo', { scope: EXAMPLE_ID });
      expect(plan().fees).toEqual(before);
    });
  });

  describe('decisions.record', () => {
    it('freezes the current fees and expected users, recorded at the injected clock', async () => {
      const lines = plan().fees.lines.map((line) => (line.id === 'fee-rent-later' ? { ...line, amountCents: 5_500 } : line));
      await backend.call('fees.update', { planId: EXAMPLE_ID, patch: { lines } });
      await backend.call('loan.update', { planId: EXAMPLE_ID, patch: { users: { s3: 110, s4: 100 } } });
      expect(await ruleIds()).toContain('fees.decision-mismatch');

      backend.clock.set('2026-11-24T19:45:00.000Z');
      const state = await backend.call('decisions.record', { planId: EXAMPLE_ID, decision: meeting });
      const recorded = state.plan.decisions.find((decision) => decision.id === state.createdId);
      expect(recorded).toEqual({ ...meeting, id: state.createdId, snapshot: { fees: plan().fees, loanUsers: { s3: 110, s4: 100 } }, recordedAt: '2026-11-24T19:45:00.000Z' });
      expect(recorded!.snapshot.fees.lines.find((line) => line.id === 'fee-rent-later')!.amountCents).toBe(5_500);
      expect(state.findings.map((f) => f.ruleId)).not.toContain('fees.decision-mismatch');
      expect(state.undo.undoLabelKey).toBe('undo.recordDecision');
      // The example's earlier decision is kept beside it.
      expect(state.plan.decisions.map((decision) => decision.id)).toEqual(['decision-2025-06', 'decision-2026-06', state.createdId]);
    });

    it('refuses a snapshot or a recorded date sent along, and an impossible meeting date', async () => {
      const forged = { ...meeting, snapshot: { fees: { lines: [] }, loanUsers: {} }, recordedAt: '2020-01-01T00:00:00.000Z' };
      expect((await backend.fail('decisions.record', { planId: EXAMPLE_ID, decision: forged })).code).toBe('INVALID_INPUT');
      expect((await backend.fail('decisions.record', { planId: EXAMPLE_ID, decision: { ...meeting, meetingDate: '2026-02-30' } })).code).toBe('INVALID_INPUT');
      expect(plan().decisions).toHaveLength(2);
    });

    it('clears the missing decision of a school year', async () => {
      backend.clock.set('2028-01-15T09:00:00.000Z');
      expect(await ruleIds()).toContain('fees.no-decision');
      await backend.call('decisions.record', { planId: EXAMPLE_ID, decision: { ...meeting, schoolYear: '2027-2028', meetingDate: '2027-06-14' } });
      expect(await ruleIds()).not.toContain('fees.no-decision');
    });

    it('is undone, and redone with the same snapshot', async () => {
      const state = await backend.call('decisions.record', { planId: EXAMPLE_ID, decision: meeting });
      const recorded = state.plan.decisions.find((decision) => decision.id === state.createdId)!;
      await backend.call('undo.undo', { scope: EXAMPLE_ID });
      expect(plan().decisions.map((decision) => decision.id)).toEqual(['decision-2025-06', 'decision-2026-06']);
      await backend.call('undo.redo', { scope: EXAMPLE_ID });
      expect(plan().decisions.find((decision) => decision.id === state.createdId)).toEqual(recorded);
    });
  });

  describe('decisions.update', () => {
    it('corrects the meeting record and leaves the snapshot and its date untouched', async () => {
      const before = plan().decisions[0]!;
      const lines = plan().fees.lines.map((line) => ({ ...line, amountCents: line.amountCents + 500 }));
      await backend.call('fees.update', { planId: EXAMPLE_ID, patch: { lines } });
      backend.clock.set('2026-12-01T08:00:00.000Z');
      const state = await backend.call('decisions.update', {
        planId: EXAMPLE_ID,
        decisionId: before.id,
        patch: { votes: { for: 12, against: 1, abstain: 0 }, motivation: 'Gecorrigeerd na nalezen van het verslag.' },
      });
      const updated = state.plan.decisions[0]!;
      expect(updated).toEqual({ ...before, votes: { for: 12, against: 1, abstain: 0 }, motivation: 'Gecorrigeerd na nalezen van het verslag.' });
      expect(updated.snapshot).toEqual(before.snapshot);
      expect(updated.recordedAt).toBe(before.recordedAt);
      expect(state.findings.map((f) => f.ruleId)).toContain('fees.decision-mismatch');
      expect(state.undo.undoLabelKey).toBe('undo.editDecision');
    });

    it('refuses a snapshot in the patch and an unknown decision', async () => {
      const before = plan().decisions;
      const snapshot = { fees: plan().fees, loanUsers: {} };
      expect((await backend.fail('decisions.update', { planId: EXAMPLE_ID, decisionId: before[0]!.id, patch: { snapshot } })).code).toBe('INVALID_INPUT');
      const missing = await backend.fail('decisions.update', { planId: EXAMPLE_ID, decisionId: 'decision-none', patch: { motivation: 'x' } });
      expect(missing).toMatchObject({ code: 'NOT_FOUND', messageKey: 'errors.decisionNotFound' });
      expect(plan().decisions).toEqual(before);
    });

    it('is undone in one step', async () => {
      const before = plan().decisions;
      await backend.call('decisions.update', { planId: EXAMPLE_ID, decisionId: 'decision-2026-06', patch: { outcome: 'rejected' } });
      expect(await ruleIds()).toContain('fees.decision-rejected');
      await backend.call('undo.undo', { scope: EXAMPLE_ID });
      expect(plan().decisions).toEqual(before);
    });
  });

  describe('decisions.delete', () => {
    it('removes a decision, after which the fees lack one', async () => {
      const state = await backend.call('decisions.delete', { planId: EXAMPLE_ID, decisionId: 'decision-2026-06' });
      expect(state.plan.decisions.map((decision) => decision.schoolYear)).toEqual(['2025-2026']);
      expect(state.findings).toContainEqual(expect.objectContaining({ ruleId: 'fees.no-decision', field: 'decisions', params: { year: '2026-2027' } }));
      expect(state.undo.undoLabelKey).toBe('undo.deleteDecision');
    });

    it('refuses an unknown decision', async () => {
      expect(await backend.fail('decisions.delete', { planId: EXAMPLE_ID, decisionId: 'decision-none' })).toMatchObject({ code: 'NOT_FOUND', messageKey: 'errors.decisionNotFound' });
      expect(plan().decisions).toHaveLength(2);
    });

    it('is undone with the decision exactly as it was', async () => {
      const before = plan().decisions;
      await backend.call('decisions.delete', { planId: EXAMPLE_ID, decisionId: 'decision-2026-06' });
      await backend.call('undo.undo', { scope: EXAMPLE_ID });
      expect(plan().decisions).toEqual(before);
      expect(await ruleIds()).not.toContain('fees.no-decision');
    });
  });
});
