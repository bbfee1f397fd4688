// The example school's spending plan over the term: theme 1 for teachers' laptops in three
// series (64 of its 86 teachers; the others got one from the school in 2024), theme 3 for
// the loan-service laptops (the Digiplan share the cost basis names), the tablet lease,
// wifi, a laptop cart and the server, and theme 3b for the two digitally intensive
// programmes. Within every allocation, each line for its theme's purpose.
import { emptyFunding, type Funding, type SpendingLine } from '../funding/schema.ts';

const line = (fields: Omit<SpendingLine, 'deviceClass' | 'link' | 'spentCents'> & Partial<SpendingLine>): SpendingLine => ({
  deviceClass: null,
  link: null,
  spentCents: 0,
  ...fields,
});

export function exampleFunding(): Funding {
  return {
    ...emptyFunding(),
    spending: [
      line({ id: 'spend-staff-1', theme: '1', schoolYear: '2025-2026', description: 'Laptops voor leraren, eerste reeks (20 toestellen)', purpose: 'staff-tools', deviceClass: 'laptop', plannedCents: 1_160_000, spentCents: 1_160_000, link: { kind: 'goal', id: 'goal-didactics' } }),
      line({ id: 'spend-staff-2', theme: '1', schoolYear: '2026-2027', description: 'Laptops voor leraren, tweede reeks (20 toestellen)', purpose: 'staff-tools', deviceClass: 'laptop', plannedCents: 1_160_000, link: { kind: 'goal', id: 'goal-didactics' } }),
      line({ id: 'spend-staff-3', theme: '1', schoolYear: '2027-2028', description: 'Laptops voor leraren, laatste reeks (24 toestellen)', purpose: 'staff-tools', deviceClass: 'laptop', plannedCents: 1_392_000, link: { kind: 'goal', id: 'goal-didactics' } }),
      line({ id: 'spend-loan-laptops', theme: '3', schoolYear: '2025-2026', description: 'Leerlingenlaptops uitleendienst: Digiplan-deel van € 300 per toestel', purpose: 'pupil-devices', deviceClass: 'laptop', plannedCents: 4_500_000, spentCents: 4_500_000, link: { kind: 'procurement', id: 'proc-2026-laptops' } }),
      line({ id: 'spend-tablets-1', theme: '3', schoolYear: '2025-2026', description: 'Tablets eerste graad, lease jaar 1', purpose: 'shared-devices', deviceClass: 'tablet', plannedCents: 870_000, spentCents: 870_000, link: { kind: 'procurement', id: 'proc-2025-tablets' } }),
      line({ id: 'spend-tablets-2', theme: '3', schoolYear: '2026-2027', description: 'Tablets eerste graad, lease jaar 2', purpose: 'shared-devices', deviceClass: 'tablet', plannedCents: 870_000, link: { kind: 'procurement', id: 'proc-2025-tablets' } }),
      line({ id: 'spend-tablets-3', theme: '3', schoolYear: '2027-2028', description: 'Tablets eerste graad, lease jaar 3', purpose: 'shared-devices', deviceClass: 'tablet', plannedCents: 870_000, link: { kind: 'procurement', id: 'proc-2025-tablets' } }),
      line({ id: 'spend-wifi', theme: '3', schoolYear: '2026-2027', description: 'Wifi: extra access points in de sporthal en het atelier', purpose: 'network', deviceClass: 'network', plannedCents: 1_500_000 }),
      line({ id: 'spend-carts', theme: '3', schoolYear: '2027-2028', description: 'Een laptopkar met 24 laptops voor de eerste graad', purpose: 'shared-devices', deviceClass: 'laptop', plannedCents: 1_300_000 }),
      line({ id: 'spend-servers', theme: '3', schoolYear: '2027-2028', description: 'Vervanging van de server en de back-upoplossing', purpose: 'servers', deviceClass: 'server', plannedCents: 1_000_000, link: { kind: 'goal', id: 'goal-backup' } }),
      line({ id: 'spend-graphics', theme: '3b', schoolYear: '2026-2027', description: 'Grafische werkstations met tekentablets (Grafische media)', purpose: 'shared-devices', deviceClass: 'desktop', plannedCents: 600_000 }),
      line({ id: 'spend-licences', theme: '3b', schoolYear: '2027-2028', description: 'Licenties ontwikkelsoftware (Informatica- en communicatiewetenschappen)', purpose: 'software', plannedCents: 300_000 }),
    ],
  };
}
