/** Set by the production server on SIGTERM; the health route then answers 503 so proxies stop sending. */
const state = globalThis as unknown as { caspianDraining?: boolean };

export const isDraining = () => state.caspianDraining === true;

export function markDraining(): void {
  state.caspianDraining = true;
}
