/** Recovery codes as they are shown, this once only (only their hashes are kept). */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  return (
    <>
      <h2 id="recovery-heading" className="font-serif text-xl font-semibold">
        Your recovery codes
      </h2>
      <p className="text-sm">
        Each signs you in once without your phone. Keep them somewhere safe, away from it: they are shown <strong>only now</strong>.
      </p>
      <ol aria-label="Recovery codes" className="grid grid-cols-2 gap-1 font-mono text-sm">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </>
  );
}
