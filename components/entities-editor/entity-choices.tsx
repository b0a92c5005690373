'use client';

import { useEffect, useState } from 'react';
import { TYPE_LABELS } from '@/lib/entities/paths';
import type { EntityChoice } from '@/lib/knowledge-base/list';

const WAIT_MS = 150;

/**
 * The datalist behind every input that names it (`list={id}`), filled as the editor types from the
 * suggestions endpoint, rather than the page carrying every entity's name.
 */
export function EntityChoices({ id }: { id: string }) {
  const [choices, setChoices] = useState<EntityChoice[]>([]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: AbortController | undefined;
    const onInput = (event: Event) => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement) || target.getAttribute('list') !== id) return;
      clearTimeout(timer);
      const typed = target.value.trim();
      timer = setTimeout(() => {
        pending?.abort();
        if (!typed) return setChoices([]);
        const controller = new AbortController();
        pending = controller;
        fetch(`/api/editor/entity-choices?q=${encodeURIComponent(typed)}`, { signal: controller.signal })
          .then((res) => (res.ok ? (res.json() as Promise<{ choices: EntityChoice[] }>) : { choices: [] }))
          .then((body) => setChoices(body.choices))
          // A suggestion that fails to arrive leaves the field as typed; the form still checks it.
          .catch(() => {});
      }, WAIT_MS);
    };
    document.addEventListener('input', onInput);
    return () => {
      document.removeEventListener('input', onInput);
      clearTimeout(timer);
      pending?.abort();
    };
  }, [id]);
  return (
    <datalist id={id}>
      {choices.map((c) => (
        <option key={c.slug} value={c.slug}>
          {`${c.name} (${TYPE_LABELS[c.type].one})`}
        </option>
      ))}
    </datalist>
  );
}
