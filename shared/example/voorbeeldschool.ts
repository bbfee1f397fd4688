// The example plan every new installation starts with: a realistic Flemish secondary
// school, fictitious and marked as an example everywhere it appears. Later areas add
// their part of the example here.
import type { Profile } from '../profile/schema.ts';

export const examplePlanName = 'Voorbeeldschool (voorbeeld)';

export const exampleProfile: Profile = {
  schoolName: 'Voorbeeldschool Campus Zuid',
  institutionNumber: '012345',
  address: { street: 'Schoolstraat 12', postalCode: '9000', municipality: 'Gent' },
  levels: ['secundair'],
  pupils: { s1: 142, s2: 138, s3: 126, s4: 119, s5: 104, s6: 98, s7: 21 },
  staff: { teaching: 86, other: 19 },
  digitallyIntensiveProgrammes: [
    { name: 'Informatica- en communicatiewetenschappen', pupils: 34 },
    { name: 'Grafische media', pupils: 27 },
  ],
  group: { kind: 'scholengemeenschap', name: 'Scholengemeenschap Voorbeeldregio' },
  contact: { name: 'An Peeters', role: 'ICT-coördinator', email: 'ict@voorbeeldschool.be', phone: '09 123 45 67' },
};
