// The sections of the ICT policy plan (Digiplan §B.1, domain brief §2): each has guidance
// in the catalogs (`sections.<id>`), the source passage it rests on, a checklist where a
// checklist fits, and formatted free text.
import { z } from 'zod';
import { emptyRichText, RichTextSchema, type RichText } from '../richtext/schema.ts';
import type { SourceId } from '../sources.ts';
import { shortText } from '../validation.ts';

export const sectionIds = [
  'vision',
  'didactics',
  'cybersecurity',
  'wellbeing',
  'workload',
  'infrastructure',
  'access',
  'sustainability',
  'dataProtection',
  'monitoring',
] as const;
export type SectionId = (typeof sectionIds)[number];
export const SectionIdSchema = z.enum(sectionIds, { error: 'validation.invalidOption' });

export type ChecklistKind = 'check' | 'text';

export interface SectionDefinition {
  id: SectionId;
  source: SourceId;
  /** Checklist items in display order; labels live in the catalogs under `sections.<id>.items`. */
  checklist: Record<string, ChecklistKind>;
}

export const sectionDefinitions: Record<SectionId, SectionDefinition> = {
  vision: {
    id: 'vision',
    source: 'digiplan.B1',
    checklist: { learningGain: 'check', penAndPaper: 'check', teamDiscussed: 'check', councilInformed: 'check' },
  },
  didactics: {
    id: 'didactics',
    source: 'digiplan.C3',
    checklist: { qualityLabels: 'check', accessibility: 'check', platformReview: 'check', platforms: 'text' },
  },
  cybersecurity: {
    id: 'cybersecurity',
    source: 'digiplan.C4.cyber',
    checklist: {
      backups: 'check',
      mfa: 'check',
      patching: 'check',
      leaverAccounts: 'check',
      awarenessTraining: 'check',
      actionPlanChecked: 'check',
      incidentContact: 'text',
    },
  },
  wellbeing: {
    id: 'wellbeing',
    source: 'digiplan.C4.wellbeing',
    checklist: {
      cyberbullyingProtocol: 'check',
      smartphoneRules: 'check',
      socialMediaPolicy: 'check',
      aiGuidelines: 'check',
      screenBalance: 'check',
    },
  },
  workload: {
    id: 'workload',
    source: 'digiplan.C4.workload',
    checklist: { adminAutomation: 'check', toolTraining: 'check', fewerPlatforms: 'check' },
  },
  infrastructure: {
    id: 'infrastructure',
    source: 'digiplan.C5',
    checklist: {
      network: 'check',
      securitySoftware: 'check',
      peripherals: 'check',
      maintenance: 'check',
      managedBy: 'text',
    },
  },
  access: {
    id: 'access',
    source: 'digiplan.B3',
    checklist: { accessAtSchool: 'check', afterHoursUse: 'check', loanService: 'check', ownDeviceOption: 'check' },
  },
  sustainability: {
    id: 'sustainability',
    source: 'digiplan.B3.sustainability',
    checklist: {
      lifetimeExtension: 'check',
      leasing: 'check',
      minimumLifetime: 'check',
      maintenanceContracts: 'check',
      refurbishing: 'check',
      recycling: 'check',
    },
  },
  dataProtection: {
    id: 'dataProtection',
    source: 'policy.dataProtection',
    checklist: {
      processingRegister: 'check',
      processorAgreements: 'check',
      noCommercialUse: 'check',
      rightToDisconnect: 'check',
      securityContact: 'text',
    },
  },
  monitoring: {
    id: 'monitoring',
    source: 'digiplan.D',
    checklist: { yearlyEvaluation: 'check', stakeholders: 'check', evaluationMoment: 'text' },
  },
};

const checklistValue = z.union([z.boolean(), shortText()], { error: 'validation.invalidType' });

export const SectionSchema = z.strictObject({
  text: RichTextSchema,
  checklist: z.record(z.string().max(64), checklistValue),
});
export type Section = { text: RichText; checklist: Record<string, boolean | string> };

export const SectionPatchSchema = z.strictObject({
  text: RichTextSchema.optional(),
  checklist: z.record(z.string().max(64), checklistValue).optional(),
});

export function emptySection(): Section {
  return { text: emptyRichText(), checklist: {} };
}

/** A checklist key must belong to the section and carry the kind the section says. */
export function checklistIssues(sectionId: SectionId, checklist: Record<string, boolean | string>): string[] {
  const definition = sectionDefinitions[sectionId].checklist;
  return Object.entries(checklist)
    .filter(([key, value]) => {
      const kind = definition[key];
      return kind === undefined || (kind === 'check') !== (typeof value === 'boolean');
    })
    .map(([key]) => key);
}

export type Sections = Record<SectionId, Section>;

export function emptySections(): Sections {
  return Object.fromEntries(sectionIds.map((id) => [id, emptySection()])) as Sections;
}
