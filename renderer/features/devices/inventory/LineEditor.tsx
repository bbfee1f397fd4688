// One inventory line in a dialog: every field, saved as you go (the part editor over the
// line, through inventory.update), with the same Dutch messages as everywhere else.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contractForms,
  deviceStatuses,
  deviceTypes,
  deviceUses,
  fundingSources,
  InventoryLinePatchSchema,
  priceUnits,
  type DevicesSettings,
  type InventoryLine,
} from '../../../../shared/devices/schema.ts';
import { useWrite } from '../../../api/hooks.tsx';
import { usePartEditor } from '../../../api/use-part-editor.ts';
import { Button } from '../../../components/Button.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { CheckboxField, DateField, SelectField, TextField } from '../../../components/Field.tsx';
import { invalidateInventory } from './queries.ts';

interface LineEditorProps {
  planId: string;
  line: InventoryLine;
  isNew: boolean;
  settings: DevicesSettings;
  onClose: () => void;
  onDelete: (line: InventoryLine) => void;
}

export function LineEditor({ planId, line, isNew, settings, onClose, onDelete }: LineEditorProps) {
  const { t } = useTranslation();
  const write = useWrite();
  const client = useQueryClient();
  const [value, setValue] = useState(line);
  const latest = useRef(line);

  const save = useCallback(
    async (patch: Record<string, unknown>) => {
      await write('inventory.update', { planId, lineId: line.id, patch });
      // The handler applied the patch to the stored line; the same merge is the saved line.
      const saved = { ...latest.current, ...patch };
      latest.current = saved;
      setValue(saved);
      void invalidateInventory(client, planId);
      return saved;
    },
    [client, line.id, planId, write],
  );
  const editor = usePartEditor<InventoryLine>({ value, patchSchema: InventoryLinePatchSchema, save });
  const scope = `inventory.${line.id}`;
  const options = <T extends string>(values: readonly T[], group: string) => values.map((v) => ({ value: v, label: t(`devices.${group}.${v}`) }));
  const type = editor.valueOf('type') as InventoryLine['type'];

  const close = () => {
    editor.flush();
    onClose();
  };

  return (
    <Dialog
      open
      title={isNew ? t('inventory.editor.newTitle') : t('inventory.editor.title')}
      onClose={close}
      onSubmit={close}
      actions={
        <>
          <Button variant="ghost" className="danger-text" onClick={() => onDelete(value)}>
            {t('inventory.editor.delete')}
          </Button>
          <Button type="submit" variant="primary">
            {t('inventory.editor.done')}
          </Button>
        </>
      }
    >
      <div className="line-editor">
        <p className="field__hint">{t('inventory.editor.autosave')}</p>
        <div className="line-editor__grid">
          <SelectField editor={editor} scope={scope} path="type" label={t('inventory.columns.type')} options={options(deviceTypes, 'types')} />
          <TextField editor={editor} scope={scope} path="brandModel" label={t('inventory.columns.brandModel')} selectOnFocus={isNew} />
          <TextField editor={editor} scope={scope} path="quantity" kind="count" width="short" label={t('inventory.columns.quantity')} hint={t('inventory.editor.quantityHint')} />
          <TextField editor={editor} scope={scope} path="serial" label={t('inventory.columns.serial')} />
          <DateField editor={editor} scope={scope} path="startDate" label={t('inventory.columns.startDate')} />
          <DateField editor={editor} scope={scope} path="warrantyEnd" label={t('inventory.editor.warrantyEnd')} />
          <TextField editor={editor} scope={scope} path="unitPriceCents" kind="optionalMoney" width="short" label={t('inventory.columns.unitPrice')} hint={t('inventory.editor.priceHint')} />
          <SelectField editor={editor} scope={scope} path="priceUnit" label={t('inventory.editor.priceUnit')} options={options(priceUnits, 'priceUnits')} />
          <CheckboxField editor={editor} scope={scope} path="vatIncluded" label={t('inventory.editor.vatIncluded')} className="line-editor__checkbox" />
          <SelectField editor={editor} scope={scope} path="contract" label={t('inventory.columns.contract')} options={options(contractForms, 'contracts')} />
          <TextField editor={editor} scope={scope} path="supplier" label={t('inventory.columns.supplier')} />
          <TextField editor={editor} scope={scope} path="framework" label={t('inventory.editor.framework')} />
          <SelectField editor={editor} scope={scope} path="use" label={t('inventory.columns.use')} options={options(deviceUses, 'uses')} />
          <SelectField editor={editor} scope={scope} path="status" label={t('inventory.columns.status')} options={options(deviceStatuses, 'statuses')} />
          <TextField
            editor={editor}
            scope={scope}
            path="lifetimeYears"
            kind="optionalCount"
            width="short"
            label={t('inventory.editor.lifetime')}
            hint={t('inventory.editor.lifetimeHint', { count: settings.defaultLifetimes[type] })}
          />
          <SelectField editor={editor} scope={scope} path="funding" label={t('inventory.columns.funding')} options={options(fundingSources, 'funding')} />
        </div>
        <TextField editor={editor} scope={scope} path="note" multiline label={t('inventory.editor.note')} hint={t('inventory.editor.noteHint')} />
      </div>
    </Dialog>
  );
}
