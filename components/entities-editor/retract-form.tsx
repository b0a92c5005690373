'use client';

import { retractFactAction } from '@/lib/knowledge-base/actions/facts';
import { Field, inputClass } from '@/components/ui/field';
import { SmallForm } from './small-form';

/** Retracting takes the fact off readers' pages and /compare; its history keeps every version. */
export function RetractForm({ entityId, factId, version, label }: { entityId: string; factId: string; version: number; label: string }) {
  return (
    <SmallForm action={retractFactAction} label={`Retract: ${label}`} hidden={{ entityId, factId, version: String(version) }} submit="Retract fact" className="space-y-2">
      {({ values, errors }) => (
        <Field id={`retract-${factId}`} label="Why retract it" errors={errors.reason}>
          <input id={`retract-${factId}`} name="reason" maxLength={500} defaultValue={values.reason ?? ''} className={inputClass} />
        </Field>
      )}
    </SmallForm>
  );
}
