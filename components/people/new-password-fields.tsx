import { Field, describedBy, fieldClass } from './form-bits';

/**
 * A new password and its confirmation, as the invitation, reset and account forms ask for them
 * (usePasswordPair checks that the two agree before sending).
 */
export function NewPasswordFields({ idPrefix, name, label, confirmLabel, passwordRules, err }: {
  idPrefix: string;
  /** The form field of the new password; its confirmation is always `confirmPassword`. */
  name: string;
  label: string;
  confirmLabel: string;
  passwordRules: string;
  err: (field: string) => string | undefined;
}) {
  const id = `${idPrefix}-${name}`;
  const confirmId = `${idPrefix}-confirmPassword`;
  return (
    <>
      <Field id={id} label={label} hint={passwordRules} error={err(name)}>
        <input name={name} type="password" autoComplete="new-password" required minLength={12} className={fieldClass} {...describedBy(id, err(name))} />
      </Field>
      <Field id={confirmId} label={confirmLabel} error={err('confirmPassword')}>
        <input name="confirmPassword" type="password" autoComplete="new-password" required className={fieldClass} {...describedBy(confirmId, err('confirmPassword'))} />
      </Field>
    </>
  );
}
