// Funding handlers: funding.update and funding.importParameters replace the parameters of the themes it names, spending.create/update/delete change one line of the spending plan, each returns the findings it causes, refused input stores nothing, and each write is undone in one step.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleFunding } from '../../../../shared/example/funding.ts';
import { defaultFundingParameters, fundingParametersFile } from '../../../../shared/funding/schema.ts';
import shipped from '../../../../shared/funding/parameters.json' with { type: 'json' };
import { openTestBackend, type TestBackend } from '../../../builders/backend.ts';

const EXAMPLE_ID = '00000000-0000-4000-8000-000000000001';
const NOW = '2026-11-23T10:00:00.000Z';

describe('funding handlers', () => {
  let backend: TestBackend;
  beforeEach(() => {
    backend = openTestBackend();
    backend.clock.set(NOW);
  });
  afterEach(() => {
    backend.dispose();
  });

  const funding = () => backend.store.getPlan(EXAMPLE_ID).funding;
  const undo = () => backend.call('undo.undo', { scope: EXAMPLE_ID });

  it('starts from the example spending plan, which has no blocking funding finding', async () => {
    expect(funding()).toEqual(exampleFunding());
    const state = await backend.call('plans.get', { planId: EXAMPLE_ID });
    expect(state.findings.filter((f) => f.step === 'funding' && f.severity !== 'tip')).toEqual([]);
    expect(state.steps.find((s) => s.step === 'funding')?.state).toBe('done');
  });

  describe('funding.update', () => {
    it('replaces the named theme’s parameters whole and keeps the other themes', async () => {
      const theme3 = { centsPerUnit: 21_000, estimate: false, source: 'Omzendbrief 2026', date: '2026-09-01' };
      const state = await backend.call('funding.update', { planId: EXAMPLE_ID, patch: { parameters: { '3': theme3 } } });
      expect(state.plan.funding.parameters).toEqual({ ...defaultFundingParameters(), '3': theme3 });
      expect(funding().spending).toEqual(exampleFunding().spending);
      expect(state.undo.undoLabelKey).toBe('undo.editFunding');
    });

    it('refuses a negative amount, a date that does not exist and an unknown theme, storing nothing', async () => {
      const before = funding();
      const good = defaultFundingParameters()['3'];
      for (const parameters of [{ '3': { ...good, centsPerUnit: -1 } }, { '3': { ...good, date: '2026-02-30' } }, { '4': good }]) {
        expect((await backend.fail('funding.update', { planId: EXAMPLE_ID, patch: { parameters } })).code).toBe('INVALID_INPUT');
      }
      expect(funding()).toEqual(before);
    });

    it('is undone in one step', async () => {
      const before = funding();
      await backend.call('funding.update', { planId: EXAMPLE_ID, patch: { parameters: { '1': { ...before.parameters['1'], centsPerUnit: 70_000 } } } });
      await undo();
      expect(funding()).toEqual(before);
    });
  });

  describe('funding.importParameters', () => {
    const file = (content: unknown, fileName = 'financiering-2026.json') => ({
      fileName,
      contentBase64: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content), 'utf8').toString('base64'),
    });
    const theme2 = { centsPerUnit: 16_120, estimate: false, source: 'Kenniscentrum Digisprong, parameters 2026', date: '2026-09-01' };

    it('the app’s defaults are its own shipped parameters file, which reads as an import file', () => {
      expect(defaultFundingParameters()).toEqual(shipped.parameters);
      expect(fundingParametersFile(defaultFundingParameters())).toEqual(shipped);
    });

    it('replaces the themes the file names, keeps the others and the spending plan, and says which it took', async () => {
      const state = await backend.call('funding.importParameters', { planId: EXAMPLE_ID, file: file(fundingParametersFile({ '2': theme2 })) });
      expect(state.importedThemes).toEqual(['2']);
      expect(state.plan.funding.parameters).toEqual({ ...defaultFundingParameters(), '2': theme2 });
      expect(funding().spending).toEqual(exampleFunding().spending);
      expect(state.undo.undoLabelKey).toBe('undo.importFundingParameters');
    });

    it('reads a file with a byte-order mark, as Windows editors write it', async () => {
      const state = await backend.call('funding.importParameters', {
        planId: EXAMPLE_ID,
        file: file(`\ufeff${JSON.stringify(fundingParametersFile({ '1': { ...theme2, centsPerUnit: 63_000 } }))}`),
      });
      expect(state.plan.funding.parameters['1'].centsPerUnit).toBe(63_000);
    });

    it('refuses an empty file, broken JSON, another format, an unknown version, no themes, a wrong value or a huge file, storing nothing', async () => {
      const before = funding();
      const cases: [unknown, string][] = [
        ['', 'errors.fundingFileEmpty'],
        ['{"format": "digiplan-funding-parameters", ', 'errors.fundingFileBadJson'],
        [{ format: 'something-else', version: 1, parameters: { '2': theme2 } }, 'errors.fundingFileInvalid'],
        [{ ...fundingParametersFile({ '2': theme2 }), version: 2 }, 'errors.fundingFileInvalid'],
        [fundingParametersFile({}), 'errors.fundingFileInvalid'],
        [fundingParametersFile({ '2': { ...theme2, centsPerUnit: -5 } }), 'errors.fundingFileInvalid'],
        [{ ...fundingParametersFile({ '2': theme2 }), extra: true }, 'errors.fundingFileInvalid'],
        [' '.repeat(300 * 1024), 'validation.fileTooLarge'],
      ];
      for (const [content, messageKey] of cases) {
        const error = await backend.fail('funding.importParameters', { planId: EXAMPLE_ID, file: file(content) });
        expect(error.code).toBe('INVALID_INPUT');
        expect(error.messageKey).toBe(messageKey);
      }
      expect(funding()).toEqual(before);
    });

    it('names the field that is wrong', async () => {
      const error = await backend.fail('funding.importParameters', {
        planId: EXAMPLE_ID,
        file: file(fundingParametersFile({ '3b': { ...theme2, date: '2026-02-30' } })),
      });
      expect(error.details?.issues).toEqual([{ path: ['parameters', '3b', 'date'], messageKey: 'validation.date' }]);
    });

    it('is undone in one step', async () => {
      const before = funding();
      await backend.call('funding.importParameters', { planId: EXAMPLE_ID, file: file(fundingParametersFile({ '2': theme2, '3': theme2 })) });
      await undo();
      expect(funding()).toEqual(before);
    });
  });

  describe('spending.create', () => {
    it('adds a line with defaults and returns its id', async () => {
      const state = await backend.call('spending.create', {
        planId: EXAMPLE_ID,
        line: { theme: '3', schoolYear: '2027-2028', description: 'Projectoren in de labo’s', purpose: 'boards' },
      });
      const created = state.plan.funding.spending.find((line) => line.id === state.createdId);
      expect(created).toEqual({
        id: state.createdId,
        theme: '3',
        schoolYear: '2027-2028',
        description: 'Projectoren in de labo’s',
        purpose: 'boards',
        deviceClass: null,
        plannedCents: 0,
        spentCents: 0,
        link: null,
      });
      expect(state.undo.undoLabelKey).toBe('undo.createSpending');
    });

    it('refuses a line without a description, from an unknown school year or with a negative amount, storing nothing', async () => {
      const before = funding();
      for (const line of [
        { theme: '3', schoolYear: '2026-2027', description: '  ' },
        { theme: '3', schoolYear: '2028-2029', description: 'x' },
        { theme: '3', schoolYear: '2026-2027', description: 'x', plannedCents: -5 },
        { theme: '5', schoolYear: '2026-2027', description: 'x' },
      ]) {
        expect((await backend.fail('spending.create', { planId: EXAMPLE_ID, line })).code).toBe('INVALID_INPUT');
      }
      expect(funding()).toEqual(before);
    });

    it('is undone in one step', async () => {
      const before = funding();
      await backend.call('spending.create', { planId: EXAMPLE_ID, line: { theme: '1', schoolYear: '2026-2027', description: 'Pennen' } });
      await undo();
      expect(funding()).toEqual(before);
    });
  });

  describe('spending.update', () => {
    it('merges the fields given into the one line and returns the finding it causes', async () => {
      const state = await backend.call('spending.update', { planId: EXAMPLE_ID, lineId: 'spend-wifi', patch: { theme: '1' } });
      expect(state.plan.funding.spending.find((line) => line.id === 'spend-wifi')).toEqual({ ...exampleFunding().spending.find((line) => line.id === 'spend-wifi'), theme: '1' });
      expect(state.findings).toContainEqual(expect.objectContaining({ ruleId: 'funding.theme1-outside-purpose', field: 'funding.spending.spend-wifi.purpose', severity: 'blocking' }));
      expect(state.steps.find((s) => s.step === 'funding')?.state).toBe('blocked');
      expect(state.undo.undoLabelKey).toBe('undo.editSpending');
    });

    it('reports an unknown line as not found and refuses invalid patches, storing nothing', async () => {
      const before = funding();
      expect((await backend.fail('spending.update', { planId: EXAMPLE_ID, lineId: 'nope', patch: { plannedCents: 1 } })).code).toBe('NOT_FOUND');
      for (const patch of [{ plannedCents: 1.5 }, { purpose: 'holiday' }, { link: { kind: 'supplier', id: 'x' } }, { id: 'other' }]) {
        expect((await backend.fail('spending.update', { planId: EXAMPLE_ID, lineId: 'spend-wifi', patch })).code).toBe('INVALID_INPUT');
      }
      expect(funding()).toEqual(before);
    });

    it('is undone in one step', async () => {
      const before = funding();
      await backend.call('spending.update', { planId: EXAMPLE_ID, lineId: 'spend-wifi', patch: { spentCents: 1_480_000, link: { kind: 'goal', id: 'goal-backup' } } });
      await undo();
      expect(funding()).toEqual(before);
    });
  });

  describe('spending.delete', () => {
    it('removes the line, and undo brings it back in its place', async () => {
      const before = funding();
      const state = await backend.call('spending.delete', { planId: EXAMPLE_ID, lineId: 'spend-carts' });
      expect(state.plan.funding.spending.map((line) => line.id)).not.toContain('spend-carts');
      expect(state.undo.undoLabelKey).toBe('undo.deleteSpending');
      await undo();
      expect(funding()).toEqual(before);
    });

    it('reports an unknown line as not found', async () => {
      expect((await backend.fail('spending.delete', { planId: EXAMPLE_ID, lineId: 'nope' })).code).toBe('NOT_FOUND');
    });
  });
});
