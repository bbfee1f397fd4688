// Devices handlers: inventory edits one by one and in bulk with exact undo/redo, the step's settings, contract comparisons, procurement files with content-addressed documents, and deleting price lists.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_REFERENCE_LIST_ID } from '../../../../electron/handlers/plans.ts';
import { exampleDocuments } from '../../../../shared/example/devices.ts';
import { openTestBackend, type TestBackend } from '../../../builders/backend.ts';

const EXAMPLE_ID = '00000000-0000-4000-8000-000000000001';
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('devices handlers', () => {
  let backend: TestBackend;
  beforeEach(() => {
    backend = openTestBackend();
  });
  afterEach(() => {
    backend.dispose();
  });

  const plan = () => backend.store.getPlan(EXAMPLE_ID);
  /** The inventory table's raw rows of the example plan: what undo must restore exactly. */
  const rawInventory = () => backend.store.db.prepare('SELECT * FROM inventory WHERE plan_id = ? ORDER BY id').all(EXAMPLE_ID);
  const attachmentFiles = () => readdirSync(join(backend.dataDir, 'attachments')).filter((name) => !name.endsWith('.tmp'));
  const undo = () => backend.call('undo.undo', { scope: EXAMPLE_ID });
  const redo = () => backend.call('undo.redo', { scope: EXAMPLE_ID });

  describe('inventory', () => {
    it('creates a line with defaults after the last one, and undoes it', async () => {
      const before = rawInventory();
      const state = await backend.call('inventory.create', {
        planId: EXAMPLE_ID,
        line: { type: 'projector', brandModel: 'Epson EB-L210W', unitPriceCents: 89_900, startDate: '2026-09-01' },
      });
      const page = await backend.call('inventory.query', { planId: EXAMPLE_ID, filter: { text: 'EB-L210W' }, sort: null, offset: 0, limit: 10 });
      expect(page.rows).toEqual([
        expect.objectContaining({ id: state.createdId, type: 'projector', quantity: 1, status: 'in-use', contract: 'bought', funding: 'own', vatIncluded: true }),
      ]);
      expect(state.plan.fleet.some((cohort) => cohort.type === 'projector' && cohort.startYear === '2026-2027')).toBe(true);
      await undo();
      expect(rawInventory()).toEqual(before);
    });

    it('updates a line and refuses a patch that would make it invalid', async () => {
      const [line] = (await backend.call('inventory.query', { planId: EXAMPLE_ID, filter: {}, sort: null, offset: 0, limit: 1 })).rows;
      await backend.call('inventory.update', { planId: EXAMPLE_ID, lineId: line!.id, patch: { status: 'repair', note: 'Scherm gebarsten' } });
      const after = await backend.call('inventory.query', { planId: EXAMPLE_ID, filter: { text: 'Scherm gebarsten' }, sort: null, offset: 0, limit: 5 });
      expect(after.rows.map((row) => [row.id, row.status])).toEqual([[line!.id, 'repair']]);
      const before = rawInventory();
      for (const patch of [{ quantity: 0 }, { startDate: '2026-02-30' }, { unitPriceCents: -1 }, { lifetimeYears: 40 }]) {
        expect((await backend.fail('inventory.update', { planId: EXAMPLE_ID, lineId: line!.id, patch })).code).toBe('INVALID_INPUT');
      }
      expect(rawInventory()).toEqual(before);
      expect((await backend.fail('inventory.update', { planId: EXAMPLE_ID, lineId: 'nope', patch: { note: 'x' } })).code).toBe('NOT_FOUND');
    });

    it('changes every line a filter matches in one step, and undo/redo restore the exact rows', async () => {
      const before = rawInventory();
      const state = await backend.call('inventory.bulkUpdate', {
        planId: EXAMPLE_ID,
        target: { filter: { type: ['projector'], status: ['in-use'] } },
        patch: { status: 'retired', supplier: 'AV Partners (afgeschreven)' },
      });
      expect(state.affected).toBe(6);
      expect(state.undo.undoLabelKey).toBe('undo.bulkEditLines');
      const changed = rawInventory();
      expect(changed).not.toEqual(before);
      const projectors = await backend.call('inventory.query', { planId: EXAMPLE_ID, filter: { type: ['projector'], status: ['in-use'] }, sort: null, offset: 0, limit: 50 });
      expect(projectors.total).toBe(0);
      await undo();
      expect(rawInventory()).toEqual(before);
      await redo();
      expect(rawInventory()).toEqual(changed);
    });

    it('deletes picked lines in one step and brings them back exactly, positions included', async () => {
      const before = rawInventory();
      const ids = (await backend.call('inventory.query', { planId: EXAMPLE_ID, filter: { type: ['board'] }, sort: null, offset: 0, limit: 5 })).rows.map((row) => row.id);
      const state = await backend.call('inventory.delete', { planId: EXAMPLE_ID, target: { ids } });
      expect(state.affected).toBe(5);
      expect(rawInventory()).toHaveLength(before.length - 5);
      const deleted = rawInventory();
      await undo();
      expect(rawInventory()).toEqual(before);
      await redo();
      expect(rawInventory()).toEqual(deleted);
    });

    it('deletes everything a filter matches', async () => {
      const state = await backend.call('inventory.delete', { planId: EXAMPLE_ID, target: { filter: { status: ['recycled'] } } });
      expect(state.affected).toBe(8);
      expect(state.plan.fleet.some((cohort) => cohort.status === 'recycled')).toBe(false);
    });
  });

  describe('devices.update', () => {
    it('merges a patch into the settings, coalescing quick edits of the same field into one undo step', async () => {
      const before = plan().devices;
      await backend.call('devices.update', { planId: EXAMPLE_ID, patch: { quoteThresholdCents: 10_000_00 } });
      backend.clock.advance(500);
      const state = await backend.call('devices.update', { planId: EXAMPLE_ID, patch: { quoteThresholdCents: 15_000_00 } });
      expect(state.plan.devices).toEqual({ ...before, quoteThresholdCents: 15_000_00 });
      await undo();
      expect(plan().devices).toEqual(before);
    });

    it('refuses a supplier share above 100 % and no minimum of quotes, storing nothing', async () => {
      const before = plan().devices;
      for (const patch of [{ supplierSharePercent: 101 }, { minimumQuotes: 0 }, { quoteThresholdCents: -1 }]) {
        expect((await backend.fail('devices.update', { planId: EXAMPLE_ID, patch })).code).toBe('INVALID_INPUT');
      }
      expect(plan().devices).toEqual(before);
    });

    it('follows the supplier-share threshold with its finding', async () => {
      const low = await backend.call('devices.update', { planId: EXAMPLE_ID, patch: { supplierSharePercent: 50 } });
      expect(low.findings.filter((f) => f.ruleId === 'procurement.supplier-dominates').map((f) => f.params?.supplier)).toEqual(['Schoolnet Solutions bv']);
      const high = await backend.call('devices.update', { planId: EXAMPLE_ID, patch: { supplierSharePercent: 90 } });
      expect(high.findings.map((f) => f.ruleId)).not.toContain('procurement.supplier-dominates');
    });
  });

  describe('tcos', () => {
    const option = {
      id: 'o1',
      kind: 'buy' as const,
      label: 'Kopen',
      purchaseCents: 50_000,
      leaseCentsPerMonth: 0,
      lifetimeYears: 4,
      repairsPerThousand: 100,
      repairCostCents: 8_000,
      insuranceCentsPerYear: 0,
      managementCentsPerYear: 0,
      energyCentsPerYear: 0,
      residualCents: 5_000,
      recyclingCents: 0,
    };

    it('creates, updates and deletes a comparison', async () => {
      const created = await backend.call('tcos.create', { planId: EXAMPLE_ID, tco: { title: 'Digitale borden 2027' } });
      expect(created.plan.tcos.find((tco) => tco.id === created.createdId)).toEqual({
        id: created.createdId,
        title: 'Digitale borden 2027',
        quantity: 1,
        years: 4,
        options: [],
        chosenOptionId: null,
        motivation: '',
      });
      const updated = await backend.call('tcos.update', { planId: EXAMPLE_ID, tcoId: created.createdId, patch: { options: [option], chosenOptionId: 'o1' } });
      expect(updated.plan.tcos.find((tco) => tco.id === created.createdId)?.chosenOptionId).toBe('o1');
      const deleted = await backend.call('tcos.delete', { planId: EXAMPLE_ID, tcoId: created.createdId });
      expect(deleted.plan.tcos.map((tco) => tco.id)).toEqual(['tco-2026-laptops']);
      await undo();
      expect(plan().tcos.map((tco) => tco.id)).toEqual(['tco-2026-laptops', created.createdId]);
    });

    it('refuses a residual value above the purchase price and a choice that is not an option', async () => {
      const before = plan().tcos;
      const residual = await backend.fail('tcos.update', { planId: EXAMPLE_ID, tcoId: 'tco-2026-laptops', patch: { options: [{ ...option, residualCents: 60_000 }] } });
      expect(residual.details?.issues).toContainEqual(expect.objectContaining({ path: ['patch', 'options', 0, 'residualCents'], messageKey: 'validation.residualAbovePrice' }));
      const choice = await backend.fail('tcos.update', { planId: EXAMPLE_ID, tcoId: 'tco-2026-laptops', patch: { chosenOptionId: 'opt-none' } });
      expect(choice.code).toBe('INVALID_INPUT');
      expect((await backend.fail('tcos.create', { planId: EXAMPLE_ID, tco: { title: '' } })).code).toBe('INVALID_INPUT');
      expect((await backend.fail('tcos.delete', { planId: EXAMPLE_ID, tcoId: 'nope' })).code).toBe('NOT_FOUND');
      expect(plan().tcos).toEqual(before);
    });
  });

  describe('procurements', () => {
    it('creates a file with defaults from a title and a date', async () => {
      const state = await backend.call('procurements.create', { planId: EXAMPLE_ID, procurement: { title: 'Projectoren 2026', date: '2026-10-01' } });
      expect(state.plan.procurements.find((p) => p.id === state.createdId)).toEqual({
        id: state.createdId,
        title: 'Projectoren 2026',
        date: '2026-10-01',
        procedure: 'limited-value',
        framework: '',
        funding: 'own',
        estimatedCents: 0,
        quotes: [],
        chosenSupplier: '',
        reason: '',
        items: [],
        documents: [],
      });
      expect(state.undo.undoLabelKey).toBe('undo.createProcurement');
    });

    it('updates quotes and items, and the findings follow', async () => {
      const quotes = [{ id: 'q1', supplier: 'Campus IT nv', amountCents: 3_400_000, received: true }];
      const state = await backend.call('procurements.update', {
        planId: EXAMPLE_ID,
        procurementId: 'proc-2026-laptops',
        patch: { quotes, items: [{ id: 'i1', type: 'non-ict', description: 'Kasten', quantity: 2, unitPriceCents: 45_000, priceUnit: 'once', vatIncluded: true, referenceCode: '' }] },
      });
      const saved = state.plan.procurements.find((p) => p.id === 'proc-2026-laptops');
      expect(saved?.quotes).toEqual(quotes);
      expect(saved?.documents).toHaveLength(1);
      const fields = state.findings.map((f) => [f.ruleId, f.field]);
      expect(fields).toContainEqual(['procurement.too-few-quotes', 'procurements.proc-2026-laptops.quotes']);
      expect(fields).toContainEqual(['procurement.non-ict-from-ict-funds', 'procurements.proc-2026-laptops.funding']);
    });

    it('refuses invalid quotes and items, and a document list in a patch', async () => {
      const before = plan().procurements;
      for (const patch of [
        { quotes: [{ id: 'q', supplier: '', amountCents: 1, received: true }] },
        { items: [{ id: 'i', type: 'laptop', description: '', quantity: 0, unitPriceCents: 1, priceUnit: 'once', vatIncluded: true, referenceCode: '' }] },
        { date: '2026-13-01' },
        { documents: [] },
      ]) {
        expect((await backend.fail('procurements.update', { planId: EXAMPLE_ID, procurementId: 'proc-2023-wifi', patch })).code).toBe('INVALID_INPUT');
      }
      expect(plan().procurements).toEqual(before);
    });

    it('deletes a file and undo brings it back with its documents', async () => {
      const before = plan().procurements;
      const state = await backend.call('procurements.delete', { planId: EXAMPLE_ID, procurementId: 'proc-2026-laptops' });
      expect(state.plan.procurements.map((p) => p.id)).not.toContain('proc-2026-laptops');
      await undo();
      expect(plan().procurements).toEqual(before);
      expect((await backend.fail('procurements.delete', { planId: EXAMPLE_ID, procurementId: 'nope' })).code).toBe('NOT_FOUND');
    });
  });

  describe('documents', () => {
    const text = 'Offerte Campus IT nv\n150 laptops aan EUR 549,00 excl. btw\n';

    it('stores an attached file once under its SHA-256, and a second identical attach reuses it', async () => {
      const filesBefore = attachmentFiles();
      backend.clock.set('2026-05-02T08:00:00.000Z');
      const first = await backend.call('procurements.attach', { planId: EXAMPLE_ID, procurementId: 'proc-2023-wifi', fileName: 'offerte.txt', contentBase64: base64(text) });
      const second = await backend.call('procurements.attach', { planId: EXAMPLE_ID, procurementId: 'proc-2026-laptops', fileName: 'offerte (kopie).txt', contentBase64: base64(text) });
      expect(attachmentFiles().sort()).toEqual([...filesBefore, sha256(text)].sort());
      expect(readFileSync(join(backend.dataDir, 'attachments', sha256(text)), 'utf8')).toBe(text);
      const wifi = first.plan.procurements.find((p) => p.id === 'proc-2023-wifi');
      expect(wifi?.documents).toHaveLength(1);
      expect(wifi?.documents[0]).toMatchObject({ fileName: 'offerte.txt', sha256: sha256(text), size: Buffer.byteLength(text), addedAt: '2026-05-02T08:00:00.000Z' });
      const laptops = second.plan.procurements.find((p) => p.id === 'proc-2026-laptops');
      expect(laptops?.documents.map((d) => d.sha256)).toEqual([exampleDocuments[0].sha256, sha256(text)]);
      expect(second.undo.undoLabelKey).toBe('undo.attachDocument');
    });

    it('reads an attached document back byte for byte', async () => {
      await backend.call('procurements.attach', { planId: EXAMPLE_ID, procurementId: 'proc-2023-wifi', fileName: 'offerte.txt', contentBase64: base64(text) });
      const read = await backend.call('attachments.read', { planId: EXAMPLE_ID, sha256: sha256(text) });
      expect(Buffer.from(read.contentBase64, 'base64').toString('utf8')).toBe(text);
      const example = await backend.call('attachments.read', { planId: EXAMPLE_ID, sha256: exampleDocuments[1].sha256 });
      expect(Buffer.from(example.contentBase64, 'base64').toString('utf8')).toBe(exampleDocuments[1].content);
    });

    it('refuses to read a stored file that the plan does not reference', async () => {
      const other = (await backend.call('plans.create', { schoolName: 'Basisschool De Linde' })).id;
      await backend.call('procurements.create', { planId: other, procurement: { title: 'Tablets', date: '2026-03-01' } });
      const error = await backend.fail('attachments.read', { planId: other, sha256: exampleDocuments[0].sha256 });
      expect(error).toMatchObject({ code: 'NOT_FOUND', messageKey: 'errors.attachmentMissing' });
      expect((await backend.fail('attachments.read', { planId: EXAMPLE_ID, sha256: 'a'.repeat(64) })).code).toBe('NOT_FOUND');
    });

    it('refuses a document whose file changed on disk since it was attached', async () => {
      const file = join(backend.dataDir, 'attachments', exampleDocuments[0].sha256);
      writeFileSync(file, `${exampleDocuments[0].content}Gunning gewijzigd.\n`);
      const error = await backend.fail('attachments.read', { planId: EXAMPLE_ID, sha256: exampleDocuments[0].sha256 });
      expect(error).toMatchObject({ code: 'DB_CORRUPT', messageKey: 'errors.attachmentChanged' });
    });

    it('refuses content that is not base64, storing nothing', async () => {
      const before = attachmentFiles();
      const error = await backend.fail('procurements.attach', { planId: EXAMPLE_ID, procurementId: 'proc-2023-wifi', fileName: 'x.txt', contentBase64: 'niet base64!' });
      expect(error).toMatchObject({ code: 'INVALID_INPUT', messageKey: 'errors.invalidFileContent' });
      expect(attachmentFiles()).toEqual(before);
      expect(plan().procurements.find((p) => p.id === 'proc-2023-wifi')?.documents).toEqual([]);
    });

    it('detaches a document but keeps the file, so undo brings the document back readable', async () => {
      const state = await backend.call('procurements.detach', { planId: EXAMPLE_ID, procurementId: 'proc-2026-laptops', attachmentId: 'doc-quotes-2026' });
      expect(state.plan.procurements.find((p) => p.id === 'proc-2026-laptops')?.documents).toEqual([]);
      expect(state.undo.undoLabelKey).toBe('undo.detachDocument');
      expect(existsSync(join(backend.dataDir, 'attachments', exampleDocuments[0].sha256))).toBe(true);
      // No longer referenced by the plan: not readable through the plan.
      expect((await backend.fail('attachments.read', { planId: EXAMPLE_ID, sha256: exampleDocuments[0].sha256 })).code).toBe('NOT_FOUND');
      await undo();
      expect(plan().procurements.find((p) => p.id === 'proc-2026-laptops')?.documents.map((d) => d.id)).toEqual(['doc-quotes-2026']);
      const read = await backend.call('attachments.read', { planId: EXAMPLE_ID, sha256: exampleDocuments[0].sha256 });
      expect(Buffer.from(read.contentBase64, 'base64').toString('utf8')).toBe(exampleDocuments[0].content);
      expect((await backend.fail('procurements.detach', { planId: EXAMPLE_ID, procurementId: 'proc-2023-wifi', attachmentId: 'doc-quotes-2026' })).code).toBe('NOT_FOUND');
    });
  });

  describe('prices', () => {
    it('deletes a price list in the library’s history, and undo brings it back', async () => {
      const [example] = await backend.call('prices.list', {});
      expect(example?.id).toBe(EXAMPLE_REFERENCE_LIST_ID);
      await backend.call('prices.delete', { listId: EXAMPLE_REFERENCE_LIST_ID });
      expect(await backend.call('prices.list', {})).toEqual([]);
      expect((await backend.call('undo.state', { scope: 'library' })).undoLabelKey).toBe('undo.deletePriceList');
      await backend.call('undo.undo', { scope: 'library' });
      expect(await backend.call('prices.list', {})).toEqual([example]);
      expect((await backend.fail('prices.delete', { listId: 'nope' })).code).toBe('NOT_FOUND');
    });
  });
});
