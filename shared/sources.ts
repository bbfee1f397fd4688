// The source passages the rules rest on. Quotes are verbatim from the texts in the
// product's seed folder, so a user can see *why* a finding exists, in the words of the
// government text itself.

export interface SourcePassage {
  /** Short reference shown next to a finding. */
  ref: string;
  /** Which source document (see the seeds README). */
  document: 'digiplan-2025' | 'digisprong-2021' | 'kwetsbaar-weerbaar-2021' | 'public-practice';
  quote: string;
}

export const sources = {
  'digiplan.B1': {
    ref: 'Conceptnota Digiplan, §B.1',
    document: 'digiplan-2025',
    quote:
      'Om die reden wordt het hebben van een ICT-beleidsplan een voorwaarde om beroep te kunnen doen op ondersteuning uit Digiplan.',
  },
  'digiplan.B2': {
    ref: 'Conceptnota Digiplan, §B.2',
    document: 'digiplan-2025',
    quote:
      'Deelname aan een professionaliseringsprogramma’s voor de didactisch-pedagogische inzet van digitale leermiddelen wordt aan de Digiplanmiddelen verbonden verplichting.',
  },
  'digiplan.B3': {
    ref: 'Conceptnota Digiplan, §B.3',
    document: 'digiplan-2025',
    quote:
      'Scholen die digitale leermiddelen wensen in te zetten zorgen ervoor dat iedere leerling toegang heeft tot digitale leermiddelen op school.',
  },
  'digiplan.A.theme1': {
    ref: 'Conceptnota Digiplan, §A (thema 1)',
    document: 'digiplan-2025',
    quote: 'Digitale werkmiddelen voor het onderwijzend personeel: 110 miljoen euro.',
  },
  'digiplan.A.theme3b': {
    ref: 'Conceptnota Digiplan, §A (thema 3)',
    document: 'digiplan-2025',
    quote: 'Bijkomende ondersteuning voor digitaal intensieve studierichtingen: 10 miljoen euro.',
  },
  'practice.instellingsnummer': {
    ref: 'Vlaamse onderwijsadministratie: instellingsnummer',
    document: 'public-practice',
    quote: 'Elke school heeft een instellingsnummer van hoogstens zes cijfers.',
  },
} as const satisfies Record<string, SourcePassage>;

export type SourceId = keyof typeof sources;
