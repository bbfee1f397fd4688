// Dutch first, English second; the choice is stored with the app's settings.
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../shared/contract.ts';
import { useApi } from '../api/hooks.tsx';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const change = async (language: Language) => {
    await i18n.changeLanguage(language);
    document.documentElement.lang = language;
    await api.run('settings.update', { language });
  };
  return (
    <div className="language-switch">
      <label htmlFor="language" className="visually-hidden">
        {t('app.language')}
      </label>
      <select id="language" value={i18n.language} onChange={(event) => void change(event.target.value as Language)}>
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`app.languageNames.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
