'use client';

import { mergeEntityAction, renameSlugAction, retireEntityAction } from '@/lib/knowledge-base/actions/entities';
import { described, Field, inputClass } from '@/components/ui/field';
import { SmallForm } from './small-form';

interface Props {
  entityId: string;
  version: number;
  slug: string;
  href: string;
  retired: boolean;
}

/** The entity's address, merging a duplicate into it, and retiring it: each keeps old links working. */
export function AddressForms({ entityId, version, slug, href, retired }: Props) {
  const hidden = { entityId, version: String(version) };
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <SmallForm action={renameSlugAction} label="Change the address" hidden={hidden} submit="Change address" className="space-y-2">
        {({ values, errors }) => (
          <Field id="slug" label="Address" hint={`Now ${href}. The old address will redirect to the new one.`} errors={errors.slug}>
            <input id="slug" name="slug" maxLength={120} defaultValue={values.slug ?? slug} {...described('slug', errors)} className={inputClass} />
          </Field>
        )}
      </SmallForm>
      <SmallForm action={mergeEntityAction} label="Merge a duplicate" hidden={hidden} submit="Merge into this one" className="space-y-2">
        {({ values, errors }) => (
          <Field id="duplicate" label="Duplicate’s address" hint="Its names, facts, mentions, summary and old addresses move here; its address redirects here." errors={errors.duplicate}>
            <input id="duplicate" name="duplicate" maxLength={300} defaultValue={values.duplicate ?? ''} {...described('duplicate', errors)} className={inputClass} />
          </Field>
        )}
      </SmallForm>
      <SmallForm action={retireEntityAction} label={retired ? 'Restore' : 'Retire'} hidden={{ ...hidden, retire: retired ? 'no' : 'yes' }} submit={retired ? 'Restore entity' : 'Retire entity'} className="space-y-2">
        {({ values, errors }) => (
          <Field id="reason" label={retired ? 'Reason to restore (optional)' : 'Why retire it'} hint="Retired entities leave lists and search; their page says so. Nothing is deleted." errors={errors.reason}>
            <input id="reason" name="reason" maxLength={500} defaultValue={values.reason ?? ''} {...described('reason', errors)} className={inputClass} />
          </Field>
        )}
      </SmallForm>
    </div>
  );
}
