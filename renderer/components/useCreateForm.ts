// The submit of a small "add …" dialog: issues found before writing are shown at their
// fields and the first one gets the focus; one write at a time; a refusal from the
// backend comes back as field issues, so nothing typed is lost.
import { useState } from 'react';
import { AppError, type IssueDetail } from '../../shared/result.ts';

export interface CreateForm {
  issues: IssueDetail[];
  busy: boolean;
  issueAt: (field: string) => IssueDetail | undefined;
  /** Shows `found`; with none, runs `create` (which closes the dialog when it succeeds). */
  submit: (found: IssueDetail[], create: () => Promise<void>) => Promise<void>;
}

/** `fieldId` is the prefix of the dialog's field ids: `${fieldId}-${name}`. */
export function useCreateForm(fieldId: string): CreateForm {
  const [issues, setIssues] = useState<IssueDetail[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async (found: IssueDetail[], create: () => Promise<void>) => {
    setIssues(found);
    if (found.length > 0 || busy) {
      const first = found[0]?.path[0];
      if (first !== undefined) document.getElementById(`${fieldId}-${String(first)}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await create();
    } catch (error) {
      setIssues(error instanceof AppError ? (error.details?.issues ?? [{ path: ['title'], messageKey: error.messageKey }]) : []);
      setBusy(false);
    }
  };
  return { issues, busy, issueAt: (field) => issues.find((issue) => issue.path.join('.') === field), submit };
}
