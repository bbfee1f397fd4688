// One i18next set-up for the UI, the CLI and (later) the documents. Dutch is the default;
// English is the second language. Interpolation does not escape: React escapes on
// render, and the CLI and documents are not HTML.
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import type { Language } from '../contract.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';

export const catalogs = { nl, en } as const;

export function createI18n(language: Language = 'nl'): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

export type Translate = TFunction;

/** A finding or error message with its parameters, e.g. for the CLI. */
export function translateKey(t: TFunction, key: string, params?: Record<string, string | number>): string {
  return t(key, params ?? {});
}
