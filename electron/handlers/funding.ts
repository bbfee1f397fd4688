// The funding step: the parameters per theme (replaced per theme, whole) and the spending
// plan's lines. Lines live in the funding part, like the fee lines in the fees part; every
// write goes through the journal, so each one is undone in one step.
import {
  FundingParametersFileSchema,
  FundingSchema,
  newSpendingLine,
  themes,
  type Funding,
} from '../../shared/funding/schema.ts';
import { AppError } from '../../shared/result.ts';
import { issuesFromZod } from '../../shared/validation.ts';
import { decodeText } from '../import/read.ts';
import { decodeBase64 } from '../store/attachments.ts';
import { putPart, readPart } from '../store/content.ts';
import { editPlan, notFound, parseOrThrow } from './edit.ts';
import type { HandlerDeps, PartialHandlers } from './types.ts';

type FundingChannels = 'funding.update' | 'funding.importParameters' | 'spending.create' | 'spending.update' | 'spending.delete';

export function fundingHandlers({ store, newId }: HandlerDeps): PartialHandlers<FundingChannels> {
  const read = (planId: string): Funding => readPart(store.db, planId, 'funding');
  const lineOf = (funding: Funding, lineId: string) => {
    const line = funding.spending.find((candidate) => candidate.id === lineId);
    if (!line) throw notFound('errors.spendingNotFound', { lineId });
    return line;
  };

  return {
    'funding.update': ({ planId, patch }) => {
      store.planRow(planId);
      const current = read(planId);
      const next = parseOrThrow(FundingSchema, { ...current, parameters: { ...current.parameters, ...patch.parameters } });
      const fields = Object.keys(patch.parameters ?? {}).sort().join(',');
      return editPlan(store, planId, { labelKey: 'undo.editFunding', coalesceKey: `funding:${fields}` }, (w) => putPart(w, planId, 'funding', next));
    },

    'funding.importParameters': ({ planId, file }) => {
      store.planRow(planId);
      const imported = readParametersFile(file.contentBase64);
      const current = read(planId);
      const next = parseOrThrow(FundingSchema, { ...current, parameters: { ...current.parameters, ...imported } });
      const state = editPlan(store, planId, { labelKey: 'undo.importFundingParameters' }, (w) => putPart(w, planId, 'funding', next));
      return { ...state, importedThemes: themes.filter((theme) => imported[theme] !== undefined) };
    },

    'spending.create': ({ planId, line }) => {
      store.planRow(planId);
      const current = read(planId);
      const id = newId();
      const next = parseOrThrow(FundingSchema, { ...current, spending: [...current.spending, newSpendingLine(id, line)] });
      const state = editPlan(store, planId, { labelKey: 'undo.createSpending' }, (w) => putPart(w, planId, 'funding', next));
      return { ...state, createdId: id };
    },

    'spending.update': ({ planId, lineId, patch }) => {
      store.planRow(planId);
      const current = read(planId);
      const line = lineOf(current, lineId);
      const next = parseOrThrow(FundingSchema, {
        ...current,
        spending: current.spending.map((candidate) => (candidate === line ? { ...line, ...patch } : candidate)),
      });
      const fields = Object.keys(patch).sort().join(',');
      return editPlan(store, planId, { labelKey: 'undo.editSpending', coalesceKey: `spending:${lineId}:${fields}` }, (w) =>
        putPart(w, planId, 'funding', next),
      );
    },

    'spending.delete': ({ planId, lineId }) => {
      store.planRow(planId);
      const current = read(planId);
      const line = lineOf(current, lineId);
      const next = { ...current, spending: current.spending.filter((candidate) => candidate !== line) };
      return editPlan(store, planId, { labelKey: 'undo.deleteSpending' }, (w) => putPart(w, planId, 'funding', next));
    },
  };
}

/** A parameters file is a few hundred bytes; anything near this size is something else. */
export const MAX_PARAMETERS_FILE_BYTES = 256 * 1024;

/** Reads a funding-parameters file strictly: one wrong key refuses the whole file. */
function readParametersFile(contentBase64: string) {
  const bytes = decodeBase64(contentBase64);
  if (bytes.length > MAX_PARAMETERS_FILE_BYTES) throw new AppError('INVALID_INPUT', 'validation.fileTooLarge');
  const { text } = decodeText(bytes);
  if (text.trim() === '') throw new AppError('INVALID_INPUT', 'errors.fundingFileEmpty');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    throw new AppError('INVALID_INPUT', 'errors.fundingFileBadJson');
  }
  const parsed = FundingParametersFileSchema.safeParse(json);
  if (!parsed.success) throw new AppError('INVALID_INPUT', 'errors.fundingFileInvalid', { issues: issuesFromZod(parsed.error) });
  return parsed.data.parameters;
}
