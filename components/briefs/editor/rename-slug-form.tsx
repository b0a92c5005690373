'use client';

import { useActionState } from 'react';
import { renameSlugAction, type BriefFormState } from '@/lib/briefs/actions/editing';
import { inputClass } from '@/components/ui/field';

/** Editors only: a new address for the brief; the old one keeps working as a redirect. */
export function RenameSlugForm({ briefId, slug, formerSlugs }: { briefId: string; slug: string; formerSlugs: string[] }) {
  const [state, action, pending] = useActionState<BriefFormState | null, FormData>(renameSlugAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <h2 className="font-serif text-xl font-semibold">Address</h2>
      <p className="text-sm">
        Readers find this brief at <code>/briefs/{slug}</code>.
        {formerSlugs.length > 0 ? ` Former addresses that redirect here: ${formerSlugs.map((s) => `/briefs/${s}`).join(', ')}.` : ''}
      </p>
      {state ? (
        <p role={state.ok ? 'status' : 'alert'} className={`text-sm ${state.ok ? '' : 'text-csto'}`}>
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="briefId" value={briefId} />
      <label className="block text-sm">
        New address
        <span className="mt-1 flex items-center gap-1">
          <span className="text-muted">/briefs/</span>
          <input
            name="slug"
            required
            defaultValue={state?.values?.slug ?? slug}
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            maxLength={80}
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={errors?.slug ? true : undefined}
            aria-describedby="slug-help"
            className={`${inputClass} mt-0`}
          />
        </span>
        <span id="slug-help" className="mt-1 block text-muted">
          Lower-case letters, digits and hyphens. The old address keeps redirecting (308).
        </span>
        {errors?.slug ? <span className="mt-1 block text-csto">{errors.slug[0]}</span> : null}
      </label>
      <label className="block text-sm">
        Why the address changes <span className="text-muted">(optional)</span>
        <input name="reason" defaultValue={state?.values?.reason ?? ''} maxLength={1000} className={inputClass} />
      </label>
      <button type="submit" disabled={pending} className="rounded border border-rule px-3 py-2 text-sm font-medium hover:border-accent disabled:opacity-60">
        {pending ? 'Changing…' : 'Change address'}
      </button>
    </form>
  );
}
