'use client';

import { useMemo } from 'react';
import { zonedLocalToUtc } from '@/lib/briefs/service/schedule';
import { inputClass } from '@/components/ui/field';

function zoneList(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  zones.add(current);
  return [...zones].sort();
}

function utcText(instant: Date): string {
  return `${instant.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Date, time and IANA zone of a scheduled publication, with the instant spelled out in UTC. */
export function ScheduleFields({ local, zone, onLocal, onZone, errors }: {
  local: string;
  zone: string;
  onLocal: (value: string) => void;
  onZone: (value: string) => void;
  errors?: Record<string, string[]>;
}) {
  const zones = useMemo(() => zoneList(zone), [zone]);
  const instant = local ? zonedLocalToUtc(local, zone) : null;
  const localError = errors?.scheduledLocal?.[0] ?? errors?.scheduledFor?.[0];
  const zoneError = errors?.scheduledTz?.[0];
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="mb-1 text-sm font-medium">When to publish</legend>
      <label className="block text-sm">
        Date and time
        <input
          type="datetime-local"
          name="scheduledLocal"
          required
          value={local}
          onChange={(e) => onLocal(e.target.value)}
          aria-invalid={localError ? true : undefined}
          aria-describedby="schedule-utc"
          className={inputClass}
        />
        {localError ? <span className="mt-1 block text-csto">{localError}</span> : null}
      </label>
      <label className="block text-sm">
        Time zone
        <select name="scheduledTz" value={zone} onChange={(e) => onZone(e.target.value)} aria-invalid={zoneError ? true : undefined} className={inputClass}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
        {zoneError ? <span className="mt-1 block text-csto">{zoneError}</span> : null}
      </label>
      <p id="schedule-utc" aria-live="polite" className="text-sm text-muted sm:col-span-2">
        {instant ? `That is ${utcText(instant)}.` : 'Choose a date and time to see it in UTC.'}
      </p>
    </fieldset>
  );
}
