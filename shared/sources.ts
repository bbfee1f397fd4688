// The source passages the rules rest on, so a user can see *why* a finding exists. Quotes
// from government texts are verbatim (the seed folder); a `public-practice` entry is our
// own summary of public Flemish practice, marked as such.

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
  'digiplan.A.budget': {
    ref: 'Conceptnota Digiplan, §A',
    document: 'digiplan-2025',
    quote: 'We stellen de volgende budgettering voor over de volledige legislatuur heen.',
  },
  'digiplan.C5.theme1': {
    ref: 'Conceptnota Digiplan, §C.5 (thema 1)',
    document: 'digiplan-2025',
    quote:
      'Hiermee worden scholen voor voormelde groepen met gekleurde middelen werkingsmiddelen voorzien ten bedrage van 628 euro per personeelslid.',
  },
  'digiplan.C5.theme2': {
    ref: 'Conceptnota Digiplan, §C.5 (thema 2)',
    document: 'digiplan-2025',
    quote:
      'We stappen voor het basisonderwijs af van de idee dat basisscholen een laptop en digitale leermiddelen moeten voorzien voor kinderen.',
  },
  'digiplan.C5.theme3': {
    ref: 'Conceptnota Digiplan, §C.5 (thema 3)',
    document: 'digiplan-2025',
    quote:
      'We voorzien ook in een bedrag van 100 miljoen euro in het secundair onderwijs, waarbij deze middelen als gekleurde middelen worden voorzien, waarbij we 90 miljoen voorzien voor IT-infrastructuur en 10 miljoen euro voorzien voor bijkomende steun aan digitaal intensieve studierichtingen.',
  },
  'digiplan.B3.sustainability': {
    ref: 'Conceptnota Digiplan, §B.3',
    document: 'digiplan-2025',
    quote:
      'Elke school dient in diens ICT-beleidsplan rekening te houden met initiatieven om de levensduur van toestellen te verlengen en efficiënter gebruik te stimuleren.',
  },
  'digiplan.B3.agodi': {
    ref: 'Conceptnota Digiplan, §B.3',
    document: 'digiplan-2025',
    quote:
      'AGODI zal via steekproeven kijken of de digitaliseringsmiddelen werkelijk zijn ingezet voor digitalisering, of de overheidsopdrachtenwetgeving is nageleefd en of de overheidsopdrachtenwetgeving is ingezet op een manier die de prijzen drukt en alternatieve contractsvormen zijn afgewogen.',
  },
  'digiplan.B3.market': {
    ref: 'Conceptnota Digiplan, §B.3',
    document: 'digiplan-2025',
    quote: 'Het kan bijvoorbeeld niet de bedoeling zijn dat bijvoorbeeld één aanbieder via één overeenkomst de markt beheerst.',
  },
  'digiplan.B3.prices': {
    ref: 'Conceptnota Digiplan, §B.3',
    document: 'digiplan-2025',
    quote: 'Er worden door het kenniscentrum Digisprong referentieprijzen aan de scholen en via hun website meegedeeld.',
  },
  'digiplan.C2': {
    ref: 'Conceptnota Digiplan, §C.2',
    document: 'digiplan-2025',
    quote:
      'Daarnaast is er een stijgende dataverzameling- en gebruik, die niet meteen gepaard gaat met een stijgende datageletterdheid bij leerkrachten.',
  },
  'digiplan.C3': {
    ref: 'Conceptnota Digiplan, §C.3',
    document: 'digiplan-2025',
    quote:
      'Bij het aanbieden van leerplatformen en lesmateriaal moet er aandacht zijn voor kwaliteit, toegankelijkheid, digitale inclusie en gebruiksgemak.',
  },
  'digiplan.C4.cyber': {
    ref: 'Conceptnota Digiplan, §C.4 (cybersecurity)',
    document: 'digiplan-2025',
    quote:
      'Naast een effectieve respons is het cruciaal om sterker in te zetten op preventieve maatregelen om datalekken en schoolonderbrekingen te voorkomen.',
  },
  'digiplan.C4.wellbeing': {
    ref: 'Conceptnota Digiplan, §C.4 (welzijn en mediawijsheid)',
    document: 'digiplan-2025',
    quote:
      'Scholen moeten duidelijke protocollen en preventieve maatregelen implementeren tegen cyberpesten, inclusief het bevorderen van een respectvolle onlinecultuur en het bieden van adequate ondersteuning voor slachtoffers.',
  },
  'digiplan.C4.workload': {
    ref: 'Conceptnota Digiplan, §C.4 (planlastverlaging)',
    document: 'digiplan-2025',
    quote:
      'Door administratieve processen te automatiseren en scholen te ondersteunen met een sterk ICT-beleid, verminderen we de planlast en verhogen we de effectiviteit van digitale tools.',
  },
  'digiplan.C5': {
    ref: 'Conceptnota Digiplan, §C.5',
    document: 'digiplan-2025',
    quote:
      'Naast de aanwezigheid van deze infrastructuur, zijn ook het beheer en het onderhoud een belangrijk deel van deze randvoorwaarde.',
  },
  'digiplan.D': {
    ref: 'Conceptnota Digiplan, §D',
    document: 'digiplan-2025',
    quote:
      'Dit dient gestoeld te zijn op de huidige doelstellingen, vervat in meetbare indicatoren, zodat resultaten verzekerd kunnen worden.',
  },
  'policy.dataProtection': {
    ref: 'Beleidsnota 2024-2029, geciteerd in de conceptnota Digiplan',
    document: 'digiplan-2025',
    quote:
      'We waken er ook dat de leer- en schoolgegevens van onze leerlingen beschermd worden en niet zonder meer gecommercialiseerd kunnen worden zonder uitdrukkelijke toestemming van de betrokkenen en de daartoe bevoegde instanties.',
  },
  'digiplan.B3.loan': {
    ref: 'Conceptnota Digiplan, §B.3',
    document: 'digiplan-2025',
    quote:
      'Wanneer de school vereist dat de digitale leermiddelen na de schooluren worden gebruikt, wordt een uitleendienst via bruikleen aangeboden aan de leerlingen.',
  },
  'digiplan.B3.fees': {
    ref: 'Conceptnota Digiplan, §B.3',
    document: 'digiplan-2025',
    quote:
      'Scholen mogen aan ouders die ervoor kiezen om via de uitleendienst van de school te werken, een huurprijs voor het gebruik alsook eventueel een waarborg aanrekenen.',
  },
  'digiplan.B3.council': {
    ref: 'Conceptnota Digiplan, §B.3',
    document: 'digiplan-2025',
    quote:
      'Wanneer de school er voor kiest kosten voor IT-materiaal door te rekenen, neemt de schoolraad een gemotiveerde beslissing over de bedragen en worden deze opgenomen in de bijdrageregeling in het schoolreglement, dat wordt overgemaakt aan het kenniscentrum Digisprong.',
  },
  'digiplan.B3.appeal': {
    ref: 'Conceptnota Digiplan, §B.3',
    document: 'digiplan-2025',
    quote:
      'Het schoolreglement bevat een heldere vermelding van de opdracht van de Commissie Zorgvuldig Bestuur als beroepsinstantie voor een vermeende onrechtmatige doorrekening van kosten voor digitalisering.',
  },
  'practice.czb': {
    ref: 'Commissie Zorgvuldig Bestuur, uitspraken over digitale toestellen',
    document: 'public-practice',
    quote:
      'Een school mag ouders niet verplichten een toestel via de school te kopen: de keuze tussen een eigen toestel dat aan de vereisten voldoet, de uitleendienst of een aankoop moet echt blijven.',
  },
  'practice.maximumfactuur': {
    ref: 'Onderwijs Vlaanderen, kosteloosheid en maximumfactuur in het basisonderwijs',
    document: 'public-practice',
    quote:
      'In het basisonderwijs valt ICT onder de kosteloosheid; alleen de begrensde extra kosten van de maximumfactuur mogen aan ouders gevraagd worden.',
  },
  'practice.bijdrageregeling': {
    ref: 'Onderwijs Vlaanderen, bijdrageregeling in het schoolreglement (secundair onderwijs)',
    document: 'public-practice',
    quote:
      'De bijdrageregeling vermeldt de bedragen, de uitzonderingen, hoe en wanneer ze geïnd worden, dat ouders de betaling kunnen spreiden en bij wie ze daarvoor terechtkunnen.',
  },
  'practice.instellingsnummer': {
    ref: 'Vlaamse onderwijsadministratie: instellingsnummer',
    document: 'public-practice',
    quote: 'Elke school heeft een instellingsnummer van hoogstens zes cijfers.',
  },
} as const satisfies Record<string, SourcePassage>;

export type SourceId = keyof typeof sources;
