// The example school's ICT policy plan and training plan: fictitious, but written the
// way a careful Flemish secondary school would, so every screen shows something true to
// life. Dates fall in the Digiplan term; the 2025-2026 evaluation is recorded.
import type { Assessment, ScoreCounts } from '../policy/assessment.ts';
import type { Evaluations, Goal } from '../policy/goals.ts';
import type { Sections } from '../policy/sections.ts';
import { richTextFrom } from '../richtext/schema.ts';
import type { Activity, LevelCounts, TrainingSettings } from '../training/schema.ts';

export const exampleSections: Sections = {
  vision: {
    text: richTextFrom(`## Leren eerst, digitaal waar het iets toevoegt
Voorbeeldschool zet digitale leermiddelen in waar ze aantoonbaar leerwinst opleveren: oefenen met directe feedback, differentiëren, samenwerken aan een gedeeld document, en vakken waarin digitale vaardigheden zelf het leerdoel zijn.
Pen en papier blijven de norm voor notities nemen, leren schrijven in de eerste graad, en voor toetsen waarin we begrijpend lezen en redeneren willen zien.
- De vakgroep kiest per leerjaar bewust welke lessen digitaal verlopen en legt dat vast in het vakwerkplan.
- Schermtijd is geen doel op zich: elke les met laptop heeft een didactische reden.
- We evalueren jaarlijks met het team en de leerlingenraad of de keuzes nog kloppen.`),
    checklist: { learningGain: true, penAndPaper: true, teamDiscussed: true, councilInformed: true },
  },
  didactics: {
    text: richTextFrom(`We kiezen leermiddelen op kwaliteit, toegankelijkheid en gebruiksgemak, en we letten op de keurmerken die het kenniscentrum Digisprong en Leerpunt uitwerken.
- Eén leerplatform voor de hele school, zodat leerlingen en ouders niet door vijf omgevingen moeten zoeken.
- Voorleessoftware en aanpasbare lettergrootte voor leerlingen met dyslexie of een visuele beperking.
- Elke vakgroep bespreekt eens per jaar welke digitale oefenomgevingen echt werken en schrapt wat niet werkt.`),
    checklist: { qualityLabels: true, accessibility: true, platformReview: true, platforms: 'Smartschool, Bookwidgets, Diddit' },
  },
  cybersecurity: {
    text: richTextFrom(`## Een verantwoord minimumniveau
We volgen het actieplan cybersecurity van het kenniscentrum Digisprong (2023) en kijken jaarlijks na waar we staan.
- Back-ups van de schoolserver en de cloudomgeving, met een offline kopie die elk trimester teruggezet wordt als test.
- Meervoudige authenticatie voor alle personeelsaccounts sinds september 2025.
- Updates worden automatisch geïnstalleerd; de ICT-coördinator controleert maandelijks het beheerplatform.
- Accounts van personeel en leerlingen die de school verlaten, worden binnen een week afgesloten.
## Bij een incident
Wie een verdachte mail of een datalek opmerkt, meldt het meteen aan het aanspreekpunt informatieveiligheid. Het draaiboek staat op het personeelsplatform en wordt bij de start van elk schooljaar overlopen.`),
    checklist: {
      backups: true,
      mfa: true,
      patching: true,
      leaverAccounts: true,
      awarenessTraining: true,
      actionPlanChecked: true,
      incidentContact: 'Aanspreekpunt informatieveiligheid (ICT-coördinator), ict@voorbeeldschool.be',
    },
  },
  wellbeing: {
    text: richTextFrom(`Leerlingen leren op een verantwoorde en veilige manier met digitale media omgaan, en we bewaken de balans tussen schermtijd en beweging.
- Het protocol cyberpesten beschrijft wie wat doet, binnen welke termijn, en hoe we slachtoffers ondersteunen.
- Smartphones blijven in de boekentas tijdens de lesuren en op de speelplaats van de eerste graad.
- Afspraken over sociale media voor leerlingen en personeel, onder meer over foto's van leerlingen.
- Afspraken over het verantwoord gebruik van AI: wat mag bij taken, en hoe vermelden leerlingen dat ze AI gebruikten.`),
    checklist: { cyberbullyingProtocol: true, smartphoneRules: true, socialMediaPolicy: true, aiGuidelines: true, screenBalance: true },
  },
  workload: {
    text: richTextFrom(`Digitale middelen moeten werk wegnemen, niet toevoegen. We bundelen communicatie met ouders in één platform, automatiseren de afwezigheidsregistratie en geven nieuwe collega's een korte startopleiding zodat ze de tools meteen juist gebruiken.`),
    checklist: { adminAutomation: true, toolTraining: true, fewerPlatforms: true },
  },
  infrastructure: {
    text: richTextFrom(`De school beschikt over wifi in alle lokalen, een beheerd netwerk met gescheiden netwerken voor personeel, leerlingen en gasten, en digitale borden in 38 van de 42 klaslokalen.
- Beheer en onderhoud gebeuren door de ICT-coördinator samen met een externe partner (raamovereenkomst van de scholengemeenschap).
- Beveiligingssoftware en een centraal beheerplatform voor alle toestellen.
- Randapparatuur (projectoren, printers, routers) staat in de inventaris met aankoopdatum en garantie.`),
    checklist: {
      network: true,
      securitySoftware: true,
      peripherals: true,
      maintenance: true,
      managedBy: 'ICT-coördinator met externe partner (raamovereenkomst scholengemeenschap)',
    },
  },
  access: {
    text: richTextFrom(`Elke leerling heeft op school toegang tot digitale leermiddelen: in de eerste graad via laptopkarren, vanaf de tweede graad via een toestel uit de uitleendienst of een eigen toestel dat aan de minimumvereisten voldoet.
Omdat we in de tweede en derde graad vragen om taken thuis digitaal af te werken, biedt de school een uitleendienst aan. Wie geen toestel kan betalen, krijgt via de sociale correcties een oplossing.`),
    checklist: { accessAtSchool: true, afterHoursUse: true, loanService: true, ownDeviceOption: true },
  },
  sustainability: {
    text: richTextFrom(`We gebruiken toestellen zo lang het verantwoord is en wegen bij elke aankoop de alternatieven af.
- Batterijen en toetsenborden worden vervangen in plaats van hele toestellen.
- Bij de vervanging van de leerlingenlaptops in 2026 vergeleken we kopen, leasen en refurbished; de afweging staat in het aankoopdossier.
- Afgeschreven toestellen gaan naar een erkende refurbisher of worden gerecycleerd, met attest.`),
    checklist: {
      lifetimeExtension: true,
      leasing: true,
      minimumLifetime: true,
      maintenanceContracts: true,
      refurbishing: true,
      recycling: true,
    },
  },
  dataProtection: {
    text: richTextFrom(`De school beschermt de gegevens van leerlingen en personeel en laat ze niet commercieel gebruiken.
- Een verwerkingsregister en verwerkersovereenkomsten met elke leverancier van een leerplatform.
- Nieuwe tools worden pas gebruikt na een korte privacytoets door het aanspreekpunt informatieveiligheid.
- Recht op deconnectie: geen berichten van school naar personeel, leerlingen of ouders tussen 20 uur en 7 uur, noch in het weekend, behalve bij dringende veiligheidsredenen.`),
    checklist: {
      processingRegister: true,
      processorAgreements: true,
      noCommercialUse: true,
      rightToDisconnect: true,
      securityContact: 'Aanspreekpunt informatieveiligheid van de scholengemeenschap',
    },
  },
  monitoring: {
    text: richTextFrom(`Elk doel in dit plan heeft een indicator, een beginwaarde en een streefwaarde per schooljaar. In mei evalueert de ICT-werkgroep de doelen met cijfers uit het leerplatform, de inventaris en een korte bevraging van leerlingen en personeel. De evaluatie gaat naar de directie, de pedagogische raad en de schoolraad.`),
    checklist: { yearlyEvaluation: true, stakeholders: true, evaluationMoment: 'Mei, evaluatie door de ICT-werkgroep' },
  },
};

/** Coordinator mode: one answer per statement (a 1 at the chosen score). */
function coordinator(scores: Record<string, number>): Record<string, ScoreCounts> {
  return Object.fromEntries(
    Object.entries(scores).map(([statement, score]) => {
      const counts: ScoreCounts = [0, 0, 0, 0, 0];
      counts[score - 1] = 1;
      return [statement, counts];
    }),
  );
}

const scores2024 = {
  'vision.1': 3, 'vision.2': 2, 'vision.3': 3, 'vision.4': 2,
  'didactics.1': 3, 'didactics.2': 2, 'didactics.3': 3, 'didactics.4': 2,
  'cybersecurity.1': 2, 'cybersecurity.2': 1, 'cybersecurity.3': 2, 'cybersecurity.4': 2,
  'wellbeing.1': 3, 'wellbeing.2': 3, 'wellbeing.3': 2, 'wellbeing.4': 1,
  'workload.1': 2, 'workload.2': 3, 'workload.3': 2,
  'infrastructure.1': 4, 'infrastructure.2': 3, 'infrastructure.3': 3, 'infrastructure.4': 3,
  'access.1': 4, 'access.2': 3, 'access.3': 3,
  'sustainability.1': 2, 'sustainability.2': 2, 'sustainability.3': 3,
  'dataProtection.1': 3, 'dataProtection.2': 2, 'dataProtection.3': 2,
};

const scores2025 = {
  ...scores2024,
  'vision.2': 3, 'vision.4': 3,
  'didactics.2': 3,
  'cybersecurity.1': 3, 'cybersecurity.2': 3, 'cybersecurity.3': 3, 'cybersecurity.4': 2,
  'wellbeing.4': 3,
  'workload.1': 3,
  'sustainability.1': 3, 'sustainability.2': 3,
  'dataProtection.2': 3,
};

const scores2026 = {
  ...scores2025,
  'cybersecurity.2': 4, 'cybersecurity.4': 3,
  'didactics.4': 3,
  'dataProtection.3': 3,
};

export const exampleAssessment: Assessment = {
  mode: 'coordinator',
  years: {
    '2024-2025': coordinator(scores2024),
    '2025-2026': coordinator(scores2025),
    '2026-2027': coordinator(scores2026),
  },
};

export const exampleGoals: Goal[] = [
  {
    id: 'goal-mfa',
    sectionId: 'cybersecurity',
    title: 'Alle personeelsaccounts beveiligd met meervoudige authenticatie',
    indicator: 'Aandeel personeelsaccounts met MFA',
    unit: 'percent',
    baseline: 35,
    targets: { '2025-2026': 90, '2026-2027': 100, '2027-2028': 100 },
    owner: 'ict-coordinator',
    actions: [
      { id: 'a1', description: 'MFA verplicht maken in het beheerplatform', year: '2025-2026', period: 'sep-dec', costCents: 0 },
      { id: 'a2', description: 'Inloopmoment voor collega’s die hulp nodig hebben', year: '2025-2026', period: 'sep-dec', costCents: 0 },
      { id: 'a3', description: 'Hardwaresleutels voor directie en secretariaat', year: '2026-2027', period: 'sep-dec', costCents: 45_000 },
    ],
    evaluations: {
      '2025-2026': { measured: 94, status: 'achieved', note: 'Vijf accounts van tijdelijke leraren nog zonder MFA; opgevolgd bij de start van het schooljaar.' },
    },
  },
  {
    id: 'goal-backup',
    sectionId: 'cybersecurity',
    title: 'Back-ups elk trimester getest',
    indicator: 'Aantal geslaagde hersteltesten per schooljaar',
    unit: 'count',
    baseline: 0,
    targets: { '2025-2026': 3, '2026-2027': 3, '2027-2028': 3 },
    owner: 'ict-coordinator',
    actions: [{ id: 'a1', description: 'Hersteltest inplannen in de jaarkalender', year: '2025-2026', period: 'whole-year', costCents: 0 }],
    evaluations: { '2025-2026': { measured: 2, status: 'behind', note: 'De test in het derde trimester viel weg door de examens.' } },
  },
  {
    id: 'goal-didactics',
    sectionId: 'didactics',
    title: 'Elke vakgroep legt vast waar digitaal leerwinst brengt',
    indicator: 'Aandeel vakgroepen met een digitale paragraaf in het vakwerkplan',
    unit: 'percent',
    baseline: 20,
    targets: { '2025-2026': 50, '2026-2027': 80, '2027-2028': 100 },
    owner: 'pedagogisch-coordinator',
    actions: [
      { id: 'a1', description: 'Sjabloon voor de digitale paragraaf', year: '2025-2026', period: 'sep-dec', costCents: 0 },
      { id: 'a2', description: 'Vakgroepvergadering rond digitale didactiek met begeleiding', year: '2025-2026', period: 'jan-mar', costCents: 120_000 },
    ],
    evaluations: { '2025-2026': { measured: 55, status: 'on-track', note: '' } },
  },
  {
    id: 'goal-cyberbullying',
    sectionId: 'wellbeing',
    title: 'Het protocol cyberpesten is gekend door leerlingen en personeel',
    indicator: 'Aandeel leerlingen dat weet bij wie ze cyberpesten melden (bevraging)',
    unit: 'percent',
    baseline: 48,
    targets: { '2025-2026': 70, '2026-2027': 80, '2027-2028': 90 },
    owner: 'leerlingenbegeleiding',
    actions: [
      { id: 'a1', description: 'Klasgesprek in elke klas van de eerste graad', year: '2025-2026', period: 'jan-mar', costCents: 0 },
      { id: 'a2', description: 'Affiches en een pagina op het leerplatform', year: '2025-2026', period: 'sep-dec', costCents: 15_000 },
    ],
    evaluations: { '2025-2026': { measured: 72, status: 'achieved', note: 'Bevraging bij 612 leerlingen.' } },
  },
  {
    id: 'goal-lifetime',
    sectionId: 'sustainability',
    title: 'Laptops van de uitleendienst gaan minstens vijf jaar mee',
    indicator: 'Gemiddelde leeftijd van toestellen bij afschrijving (jaren)',
    unit: 'count',
    baseline: 3.5,
    targets: { '2025-2026': 4, '2026-2027': 4.5, '2027-2028': 5 },
    owner: 'ict-werkgroep',
    actions: [
      { id: 'a1', description: 'Batterijwissels in eigen beheer', year: '2025-2026', period: 'whole-year', costCents: 180_000 },
      { id: 'a2', description: 'Onderhoudscontract met minimale levensduur bij de nieuwe aankoop', year: '2026-2027', period: 'sep-dec', costCents: 0 },
    ],
    evaluations: { '2025-2026': { measured: 4.2, status: 'achieved', note: '' } },
  },
  {
    id: 'goal-disconnect',
    sectionId: 'dataProtection',
    title: 'Afspraken over het recht op deconnectie worden nageleefd',
    indicator: 'Aandeel berichten van school buiten de afgesproken uren (steekproef)',
    unit: 'percent',
    baseline: 18,
    targets: { '2025-2026': 10, '2026-2027': 5, '2027-2028': 5 },
    owner: 'directie',
    actions: [{ id: 'a1', description: 'Uitgestelde verzending instellen in het leerplatform', year: '2025-2026', period: 'sep-dec', costCents: 0 }],
    evaluations: { '2025-2026': { measured: 9, status: 'achieved', note: '' } },
  },
  {
    id: 'goal-training',
    sectionId: 'didactics',
    title: 'Leraren nemen deel aan vorming rond digitale didactiek',
    indicator: 'Aandeel leraren dat deelnam aan minstens één activiteit',
    unit: 'percent',
    baseline: 40,
    targets: { '2025-2026': 60, '2026-2027': 75, '2027-2028': 85 },
    owner: 'directie',
    actions: [
      { id: 'a1', description: 'Pedagogische studiedag rond digitale didactiek', year: '2025-2026', period: 'jan-mar', costCents: 250_000 },
      { id: 'a2', description: 'Lerende netwerken per graad', year: '2026-2027', period: 'whole-year', costCents: 80_000 },
    ],
    evaluations: { '2025-2026': { measured: 67, status: 'achieved', note: '' } },
  },
];

export const exampleEvaluations: Evaluations = {
  '2025-2026': {
    recordedAt: '2026-06-24T14:00:00.000Z',
    reflection:
      'Vijf van de zeven doelen zijn gehaald. De hersteltest van de back-ups blijft achter; we plannen hem volgend jaar buiten de examenperiode. Het protocol cyberpesten is beter gekend dan verwacht. Volgend jaar ligt de nadruk op evaluatie met digitale middelen, het zwakste domein in het DigCompEdu-profiel.',
  },
};

const profile2025: Record<string, LevelCounts> = {
  'professional-engagement': [6, 14, 30, 24, 9, 3],
  'digital-resources': [8, 18, 32, 20, 6, 2],
  'teaching-learning': [12, 22, 28, 17, 5, 2],
  assessment: [20, 27, 24, 11, 3, 1],
  'empowering-learners': [14, 24, 28, 15, 4, 1],
  'learner-competence': [16, 25, 26, 14, 4, 1],
};
const profile2026: Record<string, LevelCounts> = {
  'professional-engagement': [4, 12, 30, 27, 10, 3],
  'digital-resources': [5, 15, 33, 23, 8, 2],
  'teaching-learning': [8, 19, 31, 20, 6, 2],
  assessment: [15, 25, 28, 13, 4, 1],
  'empowering-learners': [10, 22, 31, 17, 5, 1],
  'learner-competence': [12, 24, 29, 15, 5, 1],
};

export const exampleTraining: TrainingSettings = {
  digcomp: { '2025-2026': profile2025, '2026-2027': profile2026 },
  teachersReached: { '2025-2026': 58 },
  participationThresholdPercent: 60,
};

export const exampleActivities: Activity[] = [
  {
    id: 'act-studiedag',
    title: 'Pedagogische studiedag: digitaal waar het leerwinst brengt',
    provider: 'Pedagogische begeleidingsdienst',
    keurmerk: false,
    theme: 'didactics',
    areas: ['teaching-learning', 'digital-resources'],
    minutes: 360,
    participants: 84,
    startDate: '2026-02-04',
    endDate: '2026-02-04',
    costCents: 250_000,
    status: 'done',
  },
  {
    id: 'act-feedback',
    title: 'Formatief evalueren met digitale oefenomgevingen',
    provider: 'Hogeschool Gent, lerarenopleiding',
    keurmerk: true,
    theme: 'didactics',
    areas: ['assessment'],
    minutes: 540,
    participants: 18,
    startDate: '2025-10-08',
    endDate: '2025-12-10',
    costCents: 162_000,
    status: 'done',
  },
  {
    id: 'act-phishing',
    title: 'Phishing herkennen: bewustmaking voor het hele personeel',
    provider: 'Kenniscentrum Digisprong (webinar)',
    keurmerk: false,
    theme: 'cybersecurity',
    areas: ['professional-engagement'],
    minutes: 90,
    participants: 97,
    startDate: '2025-09-24',
    endDate: '2025-09-24',
    costCents: 0,
    status: 'done',
  },
  {
    id: 'act-data',
    title: 'Leerlingengegevens lezen en gebruiken in de klassenraad',
    provider: 'Interne werkgroep met externe begeleiding',
    keurmerk: false,
    theme: 'data-literacy',
    areas: ['assessment', 'empowering-learners'],
    minutes: 180,
    participants: 32,
    startDate: '2026-03-18',
    endDate: '2026-03-18',
    costCents: 60_000,
    status: 'done',
  },
  {
    id: 'act-netwerk',
    title: 'Lerend netwerk eerste graad: digitaal differentiëren',
    provider: 'Scholengemeenschap Voorbeeldregio',
    keurmerk: false,
    theme: 'didactics',
    areas: ['empowering-learners', 'teaching-learning'],
    minutes: 480,
    participants: 24,
    startDate: '2026-10-07',
    endDate: '2027-04-21',
    costCents: 80_000,
    status: 'planned',
  },
  {
    id: 'act-evaluatie',
    title: 'Digitaal toetsen en evalueren: van quiz tot portfolio',
    provider: 'Hogeschool Gent, lerarenopleiding',
    keurmerk: true,
    theme: 'didactics',
    areas: ['assessment'],
    minutes: 600,
    participants: 22,
    startDate: '2027-01-20',
    endDate: '2027-03-24',
    costCents: 198_000,
    status: 'planned',
  },
  {
    id: 'act-ai',
    title: 'AI in de klas: verantwoord en doordacht',
    provider: 'Kenniscentrum Mediawijs',
    keurmerk: false,
    theme: 'other',
    areas: ['learner-competence', 'professional-engagement'],
    minutes: 150,
    participants: 40,
    startDate: '2026-11-26',
    endDate: '2026-11-26',
    costCents: 35_000,
    status: 'planned',
  },
];
