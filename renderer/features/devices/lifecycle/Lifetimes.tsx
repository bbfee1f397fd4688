// The expected lifetime per device type, for devices whose inventory line names none.
import { useTranslation } from 'react-i18next';
import { deviceTypes } from '../../../../shared/devices/schema.ts';
import type { PartEditor } from '../../../api/use-part-editor.ts';
import { TextField } from '../../../components/Field.tsx';

export function Lifetimes({ editor }: { editor: PartEditor }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="lifecycle-lifetimes" className="lifecycle__section">
      <h2 id="lifecycle-lifetimes">{t('lifecycle.lifetimesHeading')}</h2>
      <p className="lifecycle__text">{t('lifecycle.lifetimesIntro')}</p>
      <div className="lifetime-grid">
        {deviceTypes.map((type) => (
          <TextField
            key={type}
            editor={editor}
            path={`defaultLifetimes.${type}`}
            kind="count"
            width="short"
            label={t('lifecycle.lifetimeOf', { type: t(`devices.types.${type}`) })}
          />
        ))}
      </div>
    </section>
  );
}
