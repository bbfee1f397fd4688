// Rules on the school profile: the facts every later step and the submission depend on.
import { finding, type Finding } from '../findings/finding.ts';
import { gradesByLevel, pupilTotal, type Profile } from './schema.ts';

export function profileFindings(profile: Profile): Finding[] {
  const found: Finding[] = [];
  const add = (...args: Parameters<typeof finding>) => found.push(finding(...args));

  if (profile.schoolName === '') {
    add('profile.school-name-missing', 'blocking', 'profile', 'digiplan.B1', { field: 'schoolName' });
  }
  if (profile.institutionNumber === '') {
    add('profile.institution-number-missing', 'blocking', 'profile', 'practice.instellingsnummer', {
      field: 'institutionNumber',
    });
  }
  if (profile.levels.length === 0) {
    add('profile.level-missing', 'blocking', 'profile', 'digiplan.B1', { field: 'levels' });
  } else if (pupilTotal(profile) === 0) {
    const firstGrade = gradesByLevel[profile.levels[0]!][0];
    add('profile.pupils-missing', 'warning', 'profile', 'digiplan.B3', { field: `pupils.${firstGrade}` });
  }
  if (profile.staff.teaching === 0) {
    add('profile.teaching-staff-missing', 'warning', 'profile', 'digiplan.A.theme1', { field: 'staff.teaching' });
  }
  if (profile.digitallyIntensiveProgrammes.length > 0 && !profile.levels.includes('secundair')) {
    add('profile.programmes-need-secondary', 'warning', 'profile', 'digiplan.A.theme3b', {
      field: 'digitallyIntensiveProgrammes',
    });
  }
  if (profile.group.kind !== 'none' && profile.group.name === '') {
    add('profile.group-name-missing', 'warning', 'profile', 'digiplan.B1', { field: 'group.name' });
  }
  if (profile.contact.email === '') {
    add('profile.contact-missing', 'warning', 'profile', 'digiplan.B3', { field: 'contact.email' });
  }
  if (profile.address.municipality === '' || profile.address.postalCode === '') {
    add('profile.address-incomplete', 'tip', 'profile', 'digiplan.B1', { field: 'address.postalCode' });
  }
  return found;
}
